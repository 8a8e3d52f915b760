import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerRequests } from '../../../test-support/api';
import { asWeapp, pageScrollTo, setRouterParams } from '../../../test-support/taro';
import { WUCHENG } from '../../../test-support/fixtures';
import { setReadAloud } from '../../read-aloud';
import { recordingEngine } from '../../../test-support/read-aloud';
import { chapterEnds, policyText } from './document';
import { policySpeech, type PolicyDetail } from './format';
import PolicyDetailPage from '../../pages/policy/detail/index';

// A long plan: the contents, jumps to a section, 回到顶部, 从这里朗读, and opening at ?section=.

/** H5 in jsdom: no layout, so an element counts as shown unless it is inside [hidden] (an earlier page of Taro's stack). */
const scrolledTo: string[] = [];
beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolledTo.push(this.id);
  };
  Element.prototype.getClientRects = function getClientRects(this: Element) {
    return (this.closest('[hidden]') ? [] : [{}]) as unknown as DOMRectList;
  };
});
beforeEach(() => {
  scrolledTo.length = 0;
  setRouterParams({ id: WUCHENG.id });
});
afterEach(() => setReadAloud(undefined));

const anchor = (section: string) => `policy-${WUCHENG.id}-section-${section}`;
const TOP = `policy-${WUCHENG.id}-top`;

async function openPolicy(policy: PolicyDetail = WUCHENG) {
  answerRequests({ data: { policy } });
  const view = render(<PolicyDetailPage />);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('a long policy: contents and jumps', () => {
  it('lists the headings of the top two levels as links, chapters first and their parts under them', async () => {
    await openPolicy();
    const contents = screen.getByRole('navigation', { name: '目录' });
    expect(within(contents).getAllByRole('link').map((link) => [link.textContent, link.className.includes('entry--1') ? 'part' : 'chapter'])).toEqual([
      ['一、聚焦中心工作、重大事项，持续深化主动公开', 'chapter'],
      ['（一）加强高能级现代化都市核心区建设公开力度。', 'part'],
      ['二、聚焦政策发布、解读、回应，持续提升公开质量', 'chapter'],
    ]);
  });

  it('a long contents lists the chapters and folds their parts away until asked for', async () => {
    const CHAPTERS = ['一', '二', '三', '四'];
    const PARTS = ['（一）', '（二）', '（三）'];
    const sections = CHAPTERS.flatMap((chapter, c) => [
      { id: `${c + 1}`, level: 1, heading: `${chapter}、第${chapter}章`, text: '' },
      ...PARTS.map((part, p) => ({ id: `${c + 1}-${p + 1}`, level: 2, heading: `${part}第${chapter}章的一节。`, text: '正文。' })),
    ]);
    await openPolicy({ ...WUCHENG, sections, body: sections.map((section) => `${section.heading}\n${section.text}`).join('\n') });
    const contents = screen.getByRole('navigation', { name: '目录' });
    expect(within(contents).getAllByRole('link').map((link) => link.textContent)).toEqual(['一、第一章', '二、第二章', '三、第三章', '四、第四章']);
    fireEvent.click(within(contents).getByRole('button', { name: '也列出各章下的12节' }));
    expect(within(contents).getAllByRole('link')).toHaveLength(16);
    fireEvent.click(within(contents).getByRole('button', { name: '只列各章' }));
    expect(within(contents).getAllByRole('link')).toHaveLength(4);
  });

  it('H5: a tap on an entry shows that section’s heading at the top and gives it the focus', async () => {
    await openPolicy();
    fireEvent.click(within(screen.getByRole('navigation', { name: '目录' })).getByRole('link', { name: '（一）加强高能级现代化都市核心区建设公开力度。' }));
    await waitFor(() => expect(scrolledTo).toEqual([anchor('1-1')]));
    const heading = screen.getByRole('heading', { name: '（一）加强高能级现代化都市核心区建设公开力度。' });
    expect(heading.id).toBe(anchor('1-1'));
    expect(document.activeElement).toBe(heading);
  });

  it('H5: jumps within the page in view, not an earlier copy of it that Taro keeps hidden', async () => {
    answerRequests({ data: { policy: WUCHENG } });
    render(
      <>
        <div hidden>
          <PolicyDetailPage />
        </div>
        <PolicyDetailPage />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1, hidden: true })).toHaveLength(2));
    const shown = screen.getAllByRole('navigation', { name: '目录' });
    expect(shown).toHaveLength(1);
    fireEvent.click(within(shown[0]!).getByRole('link', { name: /^二、/ }));
    await waitFor(() => expect(document.activeElement?.id).toBe(anchor('2')));
    expect(document.activeElement?.closest('[hidden]')).toBeNull();
  });

  it('回到顶部 at the end shows the title again', async () => {
    await openPolicy();
    const back = screen.getAllByRole('button', { name: '回到顶部' });
    expect(back).toHaveLength(1); // this short plan: only at the end
    fireEvent.click(back[0]!);
    await waitFor(() => expect(scrolledTo).toEqual([TOP]));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('opens at the section the address names (?section=), as search results link', async () => {
    setRouterParams({ id: WUCHENG.id, section: '2' });
    await openPolicy();
    await waitFor(() => expect(scrolledTo).toEqual([anchor('2')]));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when the section in the address is not in the policy, and shows it from the top', async () => {
    setRouterParams({ id: WUCHENG.id, section: '9-9' });
    await openPolicy();
    expect(screen.getByRole('status').textContent).toBe('这份文件里没有找到要打开的那一节，下面从头显示全文。');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(scrolledTo).toEqual([]);
  });

  describe('weapp', () => {
    asWeapp();

    it('jumps with pageScrollTo to the section’s selector, at once (no scrolling animation)', async () => {
      setRouterParams({ id: WUCHENG.id, section: '1-1' });
      await openPolicy();
      await waitFor(() => expect(pageScrollTo).toHaveBeenCalledWith({ selector: `#${anchor('1-1')}`, duration: 0 }));
      fireEvent.click(screen.getByRole('button', { name: '回到顶部' }));
      expect(pageScrollTo).toHaveBeenLastCalledWith({ selector: `#${TOP}`, duration: 0 });
    });
  });
});

describe('the whole text is shown, each part once', () => {
  it('shows the cover letter before the first heading and the attachments’ list after the last section', async () => {
    await openPolicy();
    expect(screen.getByText('《2022年婺城区政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻执行。')).toBeTruthy();
    expect(screen.getByText('附件：2022年婺城区政务公开重点任务分解表')).toBeTruthy();
    expect(screen.getAllByText('政策文件与解读材料同步起草、同步审签、同步发布。')).toHaveLength(1);
  });

  it('shows the sections alone if the body and the sections ever disagree (no text twice)', () => {
    const odd = { title: WUCHENG.title, body: '另一份文件的正文。', sections: WUCHENG.sections };
    expect(policyText(odd)).toEqual({ opening: '', sections: WUCHENG.sections, closing: '' });
    expect(policyText({ title: '通知', body: '只有正文。', sections: [] })).toEqual({ opening: '只有正文。', sections: [], closing: '' });
  });

  it('leaves out the title where the text prints it again above the opening (the page’s heading is the title)', () => {
    const body = `（此件公开发布）\n${WUCHENG.title}\n${WUCHENG.body}`;
    expect(policyText({ ...WUCHENG, body }).opening.split('\n')).toEqual(['（此件公开发布）', '各乡镇人民政府、街道办事处，区政府各部门：', '《2022年婺城区政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻执行。']);
    expect(policySpeech({ ...WUCHENG, body }).filter((part) => part === WUCHENG.title)).toHaveLength(1);
  });

  it('leaves out the title printed again broken over lines, the organ on the first, as the importer keeps the 婺城 notice', async () => {
    const title = '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知';
    const printed = ['金华市婺城区人民政府办公室', '关于印发2022年婺城区政务公开工作', '要点的通知'];
    const body = [...printed, WUCHENG.body, '金华市婺城区人民政府办公室', '2022年6月28日'].join('\n');
    await openPolicy({ ...WUCHENG, title, body });
    expect(screen.queryByText('要点的通知')).toBeNull();
    expect(screen.queryByText('关于印发2022年婺城区政务公开工作')).toBeNull();
    // The organ signing under the text is not part of the title: it stays.
    expect(screen.getAllByText('金华市婺城区人民政府办公室').length).toBeGreaterThan(0);
    expect(policyText({ ...WUCHENG, title, body }).closing.split('\n').slice(-2)).toEqual(['金华市婺城区人民政府办公室', '2022年6月28日']);
    expect(policyText({ ...WUCHENG, title, body }).opening.split('\n')[0]).toBe('各乡镇人民政府、街道办事处，区政府各部门：');
  });

  it('puts 回到顶部 after each chapter of some length, and not after the last section (the end has its own)', () => {
    const long = '长'.repeat(700);
    const sections = [
      { id: '1', level: 1, heading: '一、总体要求', text: long },
      { id: '2', level: 1, heading: '二、短的一章', text: '短。' },
      { id: '3', level: 1, heading: '三、重点任务', text: '' },
      { id: '3-1', level: 2, heading: '（一）任务。', text: long },
      { id: '4', level: 1, heading: '四、保障措施', text: long },
    ];
    expect([...chapterEnds(sections)]).toEqual(['1', '3-1']);
  });
});

describe('朗读 from a chosen section', () => {
  it('reads the whole text, the opening and the closing included', () => {
    const parts = policySpeech(WUCHENG);
    expect(parts[0]).toBe(WUCHENG.title);
    expect(parts).toContain('《2022年婺城区政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻执行。');
    expect(parts).toContain('附件：2022年婺城区政务公开重点任务分解表');
  });

  it('从这里朗读 reads that section and everything after it, and its 暂停 / 停止 are right there', async () => {
    const engine = recordingEngine();
    await openPolicy();
    const second = screen.getByRole('group', { name: '朗读：二、聚焦政策发布、解读、回应，持续提升公开质量' });
    fireEvent.click(within(second).getByRole('button', { name: '从这里朗读：二、聚焦政策发布、解读、回应，持续提升公开质量' }));

    const [parts] = (engine.speak as jest.Mock).mock.calls[0] as [string[]];
    expect(parts[0]).toBe('二、聚焦政策发布、解读、回应，持续提升公开质量\n政策文件与解读材料同步起草、同步审签、同步发布。');
    expect(parts).not.toContain(WUCHENG.title);
    expect(parts).toContain('附件：2022年婺城区政务公开重点任务分解表');
    expect(parts.at(-1)).toBe('序号：2；任务：做好政策解读回应工作；牵头单位：区府办；完成时限：持续推进。');

    // The section it started at and the page's own 朗读 both offer 暂停 and 停止; the others still 从这里朗读.
    fireEvent.click(within(second).getByRole('button', { name: '暂停' }));
    expect(engine.pause).toHaveBeenCalled();
    expect(within(second).getByRole('button', { name: '继续' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: '朗读' })).getByRole('button', { name: '继续' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^从这里朗读/ })).toHaveLength(2);

    fireEvent.click(within(second).getByRole('button', { name: '停止' }));
    expect(engine.stop).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '朗读全文' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^从这里朗读/ })).toHaveLength(3);
  });

  it('another section’s 从这里朗读 moves the reading there; reading to the end makes every button as before', async () => {
    const engine = recordingEngine();
    await openPolicy();
    fireEvent.click(screen.getByRole('button', { name: /^从这里朗读：一、/ }));
    fireEvent.click(screen.getByRole('button', { name: /^从这里朗读：（一）/ }));
    expect((engine.speak as jest.Mock).mock.calls[1][0][0]).toMatch(/^（一）加强高能级/);
    expect(within(screen.getByRole('group', { name: /^朗读：（一）/ })).getByRole('button', { name: '暂停' })).toBeTruthy();
    act(() => engine.done!());
    expect(screen.getAllByRole('button', { name: /^从这里朗读/ })).toHaveLength(3);
    expect(screen.getByRole('button', { name: '朗读全文' })).toBeTruthy();
  });

  it('offers no 从这里朗读 where the device cannot read aloud (the page’s button says so)', async () => {
    await openPolicy();
    expect(screen.queryByRole('button', { name: /^从这里朗读/ })).toBeNull();
    expect(screen.getByRole('button', { name: '本设备不支持朗读' })).toBeTruthy();
  });
});

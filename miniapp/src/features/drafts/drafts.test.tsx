import { act, fireEvent, render, screen } from '@testing-library/react';
import { answerByOperation } from '../../../test-support/api';
import { navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { recordingEngine } from '../../../test-support/read-aloud';
import { setReadAloud } from '../../read-aloud';
import type { DraftPageQuery } from '../../generated/operations';
import { reloadSession, SESSION_KEY } from '../../session/store';
import MyDraftCommentsPage from '../../pages/drafts/mine/index';
import DraftPage from '../../pages/drafts/detail/index';

// 意见征集: the draft's page and the resident's own page.

beforeEach(() => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  reloadSession();
});

describe('我的意见', () => {
  it('with no comment yet, says so and leads to the drafts open for comment', async () => {
    answerByOperation({ MyDraftComments: { data: { myDraftComments: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<MyDraftCommentsPage />);
    await screen.findByText('您还没有对征求意见稿提过意见。');
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: '看正在征求意见的草案' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/drafts/list/index' });
  });

  it('says where each comment stands in one plain sentence: 待审核，审核通过后公开 (not 待审核：审核通过后公开 after 状态：)', async () => {
    const comment = { id: 'c1', sectionHeading: null, text: '建议一楼住户也给点补偿。', commentedAt: '2026-12-05T02:00:00.000Z', state: 'PENDING' as const, rejectReason: null, draftTitle: '既有住宅加装电梯补贴办法（征求意见稿）' };
    answerByOperation({ MyDraftComments: { data: { myDraftComments: { edges: [{ node: comment }], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<MyDraftCommentsPage />);
    expect((await screen.findByText(/^状态：/)).textContent).toBe('状态：待审核，审核通过后公开');
  });
});

describe('征求意见稿', () => {
  afterEach(() => setReadAloud(undefined));

  it('朗读全文 reads the draft aloud: its title, who drafted it and until when, 起草说明, then each article', async () => {
    const draft: NonNullable<DraftPageQuery['draft']> = {
      id: 'draft-1',
      title: '关于调整高龄津贴发放标准的决定（征求意见稿）',
      department: '区民政局',
      status: 'OPEN',
      lastDay: '2027-01-04',
      publishedAt: '2026-12-05T01:00:00.000Z',
      commentCount: 0,
      explanation: '为进一步做好高龄老人关爱工作，起草了本决定。',
      sections: [
        { id: 's1', heading: '第一条 适用范围', text: '本区户籍80周岁以上老年人。' },
        { id: 's2', heading: '第二条 发放标准', text: '80至89周岁每人每月100元。' },
      ],
      otherWays: null,
      periodDays: 30,
      shortPeriodReason: null,
      comments: { edges: [] },
      feedback: null,
    };
    setRouterParams({ id: 'draft-1' });
    const engine = recordingEngine();
    answerByOperation({ DraftPage: { data: { draft } } });
    render(<DraftPage />);
    fireEvent.click(await screen.findByRole('button', { name: '朗读全文' }));
    expect(jest.mocked(engine.speak).mock.calls[0]![0]).toEqual([
      '关于调整高龄津贴发放标准的决定（征求意见稿）。',
      '起草部门：区民政局。状态：正在征求意见。征求意见：2026年12月5日 至 2027年1月4日（30 天）。',
      '起草说明：为进一步做好高龄老人关爱工作，起草了本决定。',
      '第一条 适用范围。本区户籍80周岁以上老年人。',
      '第二条 发放标准。80至89周岁每人每月100元。',
    ]);
  });
});

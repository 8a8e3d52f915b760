import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerRequests, offline, request } from '../../../test-support/api';
import { reLaunch, setRouterParams } from '../../../test-support/taro';
import { WUCHENG } from '../../../test-support/fixtures';
import { rememberPolicy, recentPolicies } from './recent';
import PolicyDetailPage from '../../pages/policy/detail/index';
import { phrased } from '../../../test-support/text';
import { ROUTES } from '../../lib/routes';

beforeEach(() => setRouterParams({ id: WUCHENG.id }));

describe('policy detail', () => {
  it('shows the metadata, the headings as real headings, and each table row as a card', async () => {
    answerRequests({ data: { policy: WUCHENG } });
    const { container } = render(<PolicyDetailPage />);
    expect(screen.getByRole('status').textContent).toMatch(/正在加载/);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(WUCHENG.title);
    expect(screen.getByText(phrased('婺政办发〔2022〕21号'))).toBeTruthy();
    expect(screen.getAllByText(phrased('2022年6月28日'), { selector: '.gov-fields__value *' })).toHaveLength(2); // 成文、发布
    expect(screen.getByText(phrased('现行有效'))).toBeTruthy();

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['一、聚焦中心工作、重大事项，持续深化主动公开', '二、聚焦政策发布、解读、回应，持续提升公开质量']),
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('（一）加强高能级现代化都市核心区建设公开力度。');
    expect(screen.getByText('加强稳进提质系列政策的集成发布、权威解读。')).toBeTruthy();

    // Task table: no wide table, one card per row with every column name and value.
    expect(container.querySelector('table')).toBeNull();
    expect(screen.getByRole('heading', { name: '2022年婺城区政务公开重点任务分解表' })).toBeTruthy();
    const rows = screen.getAllByRole('group', { name: /^第\d+项$/ });
    expect(rows).toHaveLength(2);
    const second = within(rows[1]!);
    for (const [label, value] of [['序号', '2'], ['任务', '做好政策解读回应工作'], ['牵头单位', '区府办'], ['完成时限', '持续推进']]) {
      expect(second.getByText(label!)).toBeTruthy();
      expect(second.getByText(phrased(value!))).toBeTruthy();
    }
  });

  it('remembers what was opened among the last viewed', async () => {
    answerRequests({ data: { policy: WUCHENG } });
    render(<PolicyDetailPage />);
    await screen.findByRole('heading', { level: 1 });
    expect(recentPolicies().map((entry) => entry.id)).toEqual([WUCHENG.id]);
  });

  it('on failure says what happened in plain words and 重试 tries again', async () => {
    answerRequests(offline(), { data: { policy: WUCHENG } });
    render(<PolicyDetailPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/网络连接不上/);
    expect(request).toHaveBeenCalledTimes(1);

    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(WUCHENG.title);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('a refusal no retry can change offers the way home, not 重试', async () => {
    answerRequests({ errors: [{ message: '您没有查看这份文件的权限。', extensions: { code: 'FORBIDDEN' } }] });
    render(<PolicyDetailPage />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: '回到首页' }));
    expect(reLaunch).toHaveBeenCalledWith({ url: ROUTES.home });
  });

  it('shows the API error message and its code path, e.g. a busy service', async () => {
    answerRequests({ errors: [{ message: '现在使用的人较多，请稍后再试。', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    render(<PolicyDetailPage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/现在使用的人较多/);
  });

  it('offline: shows the copy saved on this phone, and says it is a saved copy', async () => {
    rememberPolicy(WUCHENG, new Date('2024-05-06T08:00:00Z'));
    answerRequests(offline());
    render(<PolicyDetailPage />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(WUCHENG.title);
    expect(screen.getByText('这是保存在本机的副本')).toBeTruthy();
    expect(screen.getByText(/2024年5月6日看过时保存的内容/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('says so when the policy no longer exists, and offers the way home (a link opened from a chat has no page to go back to)', async () => {
    answerRequests({ data: { policy: null } });
    render(<PolicyDetailPage />);
    expect((await screen.findByText(/没有找到这份文件/)).textContent).toMatch(/撤下/);
    fireEvent.click(screen.getByRole('button', { name: '回到首页' }));
    expect(reLaunch).toHaveBeenCalledWith({ url: ROUTES.home });
  });

  it('keeps only the last 10 viewed', async () => {
    await act(async () => {
      for (let i = 0; i < 12; i++) rememberPolicy({ ...WUCHENG, id: `p${i}` });
    });
    expect(recentPolicies().map((entry) => entry.id)).toEqual(['p11', 'p10', 'p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2']);
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { makePhoneCall, navigateTo, setRouterParams } from '../../../test-support/taro';
import Search from '../../pages/policy/search/index';
import type { SearchHitFieldsFragment, SearchQuery } from '../../generated/operations';

type SearchGroupFieldsFragment = SearchQuery['search']['groups'][number];

const plain = (text: string) => ({ text, highlights: [] });

const hit = (fields: Partial<SearchHitFieldsFragment> & Pick<SearchHitFieldsFragment, 'kind' | 'id'>): SearchHitFieldsFragment => ({
  policyId: null,
  title: plain(`标题 ${fields.id}`),
  subtitle: null,
  date: null,
  repealed: false,
  sectionIndex: null,
  sectionId: null,
  heading: null,
  passage: plain(''),
  answersQuestion: false,
  ...fields,
});

const group = (kind: SearchGroupFieldsFragment['kind'], hits: SearchHitFieldsFragment[], total = hits.length, endCursor: string | null = null): SearchGroupFieldsFragment => ({
  kind,
  total,
  hits,
  pageInfo: { hasNextPage: Boolean(endCursor), endCursor },
});

const results = (fields: Partial<SearchQuery['search']>): { data: SearchQuery } => ({
  data: {
    search: {
      query: '老人每月能领多少钱',
      understoodAs: null,
      answer: null,
      groups: [],
      total: 0,
      partial: false,
      suggestions: [],
      consultation: { phone: '12345', hours: '工作日 8:30—17:00' },
      ...fields,
    },
  },
});

const subsidy = hit({
  kind: 'POLICY',
  id: 'p-1',
  title: { text: '关于发放高龄老人生活补贴的通知', highlights: [{ start: 6, length: 2 }] },
  subtitle: '区民政局 婺民〔2024〕3号',
  date: '2024-03-01',
  sectionIndex: 2,
  sectionId: '3',
  heading: plain('三、补贴标准'),
  passage: { text: '每人每月200元，按月发放。', highlights: [{ start: 2, length: 2 }, { start: 4, length: 4 }] },
});

describe('search', () => {
  it('shows the answer of an interpretation first, then each kind under its heading with the passage that matched marked', async () => {
    setRouterParams({ q: encodeURIComponent('老人每月能领多少钱') });
    const answer = hit({
      kind: 'INTERPRETATION',
      id: 'i-1',
      policyId: 'p-1',
      answersQuestion: true,
      heading: plain('补贴每月能领多少？'),
      passage: { text: '每人每月200元。', highlights: [{ start: 4, length: 4 }] },
    });
    const event = hit({ kind: 'EVENT', id: 'e-1', title: plain('走进民政局：养老服务开放日'), date: '2026-12-20' });
    answerByOperation({ Search: results({ answer, total: 2, groups: [group('POLICY', [subsidy]), group('INTERPRETATION', [], 0), group('EVENT', [event])] }) });
    render(<Search />);

    const answerRegion = await screen.findByRole('region', { name: '解读中的回答' });
    expect(within(answerRegion).getByText('补贴每月能领多少？')).toBeTruthy();
    expect(within(answerRegion).getByText('问：')).toBeTruthy();
    expect(within(answerRegion).getByText('200元').className).toBe('search-match');

    const policies = screen.getByRole('region', { name: '政策文件' });
    expect(within(policies).getByRole('heading').textContent).toBe('政策文件（共 1 份）');
    expect(within(policies).getByText('发布日期：2024年3月1日')).toBeTruthy();
    expect(within(policies).getByText('三、补贴标准')).toBeTruthy();
    const marked = [...policies.querySelectorAll('.search-match')].map((node) => node.textContent);
    expect(marked).toEqual(['老人', '每月', '200元']);
    expect(within(policies).getByRole('status').textContent).toBe('已显示 1 份，已全部显示');
    // A kind with nothing found is not shown at all.
    expect(screen.queryByRole('region', { name: '政策解读' })).toBeNull();
    expect(within(screen.getByRole('region', { name: '政府开放日' })).getByText('开放日期：2026年12月20日')).toBeTruthy();
    // Something was found: no phone number pushed in the resident's face.
    expect(screen.queryByRole('region', { name: '政策咨询' })).toBeNull();

    fireEvent.click(within(answerRegion).getByRole('link'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy/interpretation/index?policyId=p-1&id=i-1' });
    fireEvent.click(within(policies).getByRole('link'));
    // The policy opens at the section the passage is in.
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy/detail/index?id=p-1&section=3' });
    expect(sentRequests()[0]).toMatchObject({ operation: 'Search', variables: { query: '老人每月能领多少钱', first: 5 } });
  });

  it('加载更多 continues one kind only, after its cursor', async () => {
    setRouterParams({ q: '养老' });
    answerByOperation({ Search: results({ query: '养老', total: 6, groups: [group('POLICY', [subsidy], 6, 'c-1')] }) });
    render(<Search />);
    const policies = await screen.findByRole('region', { name: '政策文件' });
    expect(within(policies).getByRole('status').textContent).toBe('已显示 1 份，还有更多');

    answerByOperation({ Search: results({ query: '养老', total: 6, groups: [group('POLICY', [hit({ kind: 'POLICY', id: 'p-2' })], 6)] }) });
    fireEvent.click(within(policies).getByRole('button', { name: '加载更多' }));
    expect(await within(policies).findByText('标题 p-2')).toBeTruthy();
    expect(within(policies).getByRole('status').textContent).toBe('已显示 2 份，已全部显示');
    expect(sentRequests().at(-1)).toMatchObject({ operation: 'Search', variables: { query: '养老', kinds: ['POLICY'], after: 'c-1' } });
  });

  it('when nothing fits: says so, offers words to tap and the phone to call, never a dead end', async () => {
    setRouterParams({ q: '种地钱' });
    answerByOperation({ Search: results({ query: '种地钱', suggestions: ['涉农补贴', '耕地地力保护补贴'] }) });
    render(<Search />);
    expect((await screen.findByText(/没有找到和“种地钱”有关的内容/)).textContent).toMatch(/换个说法/);
    const contact = screen.getByRole('region', { name: '政策咨询' });
    fireEvent.click(within(contact).getByRole('button', { name: '拨打 12345' }));
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' });

    answerByOperation({ Search: results({ query: '涉农补贴', total: 1, groups: [group('POLICY', [hit({ kind: 'POLICY', id: 'p-3' })])] }) });
    fireEvent.click(within(screen.getByRole('group', { name: '试试这些词：' })).getByRole('button', { name: '涉农补贴' }));
    expect(await screen.findByText('标题 p-3')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '要找的内容' }) as HTMLInputElement).value).toBe('涉农补贴');
  });

  it('says how the words were understood (pinyin, a slip) and when only part of them matched', async () => {
    setRouterParams({ q: 'ylbt' });
    answerByOperation({ Search: results({ query: 'ylbt', understoodAs: '养老补贴', partial: true, total: 1, groups: [group('POLICY', [subsidy])] }) });
    render(<Search />);
    expect(await screen.findByText('已按“养老补贴”搜索。')).toBeTruthy();
    expect(screen.getByText(/没有同时包含所有词的结果/)).toBeTruthy();
    expect(screen.getByRole('region', { name: '政策咨询' })).toBeTruthy();
  });

  it('before a search: how to ask, and what others search for most, one tap away', async () => {
    setRouterParams({});
    answerByOperation({
      SearchSuggestions: { data: { searchSuggestions: ['养老补贴', '医保'] } },
      Search: results({ query: '医保', total: 1, groups: [group('SERVICE', [hit({ kind: 'SERVICE', id: 's-1', title: plain('医保参保登记') })])] }),
    });
    render(<Search />);
    expect(screen.getByText(/用平常的话说想找什么/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '医保' }));
    const services = await screen.findByRole('region', { name: '办事服务' });
    fireEvent.click(within(services).getByRole('link'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/rate/index?service=s-1' });
  });

  it('含已废止: repealed policies stay out until switched on, then come marked 已废止', async () => {
    setRouterParams({ q: '取暖补贴' });
    answerByOperation({ Search: results({ query: '取暖补贴', total: 1, groups: [group('POLICY', [subsidy])] }) });
    render(<Search />);
    await screen.findByRole('region', { name: '政策文件' });
    expect(sentRequests().at(-1)).toMatchObject({ operation: 'Search', variables: { query: '取暖补贴', includeRepealed: false } });
    expect(screen.queryByText('已废止，不再执行')).toBeNull();

    const repealed = hit({ kind: 'POLICY', id: 'p-old', title: plain('关于发放冬季取暖补贴的通知（2019）'), repealed: true });
    answerByOperation({ Search: results({ query: '取暖补贴', total: 2, groups: [group('POLICY', [subsidy, repealed], 2, 'c-2')] }) });
    expect(screen.getByRole('group', { name: '含已废止' }).textContent).toContain('含已废止：已关闭');
    fireEvent.click(screen.getByRole('button', { name: '也列出已废止的文件' }));
    expect(await screen.findByText('已废止，不再执行')).toBeTruthy();
    expect(screen.getByRole('group', { name: '含已废止' }).textContent).toContain('含已废止：已开启');
    expect(screen.getByRole('button', { name: '不列出已废止的文件' })).toBeTruthy();
    expect(sentRequests().at(-1)).toMatchObject({ operation: 'Search', variables: { query: '取暖补贴', includeRepealed: true } });
    // Only the repealed one is marked.
    const cards = within(screen.getByRole('region', { name: '政策文件' })).getAllByRole('link');
    expect(cards.map((card) => within(card).queryByText('已废止，不再执行') !== null)).toEqual([false, true]);
    // 加载更多 keeps them in.
    answerByOperation({ Search: results({ query: '取暖补贴', total: 2, groups: [group('POLICY', [])] }) });
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await screen.findByText('已显示 2 份，已全部显示');
    expect(sentRequests().at(-1)).toMatchObject({ operation: 'Search', variables: { kinds: ['POLICY'], after: 'c-2', includeRepealed: true } });
  });

  it('a failed search says so in words and can be tried again', async () => {
    setRouterParams({ q: '养老' });
    answerByOperation({ Search: { statusCode: 503, data: null } });
    render(<Search />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    answerByOperation({ Search: results({ query: '养老', total: 1, groups: [group('POLICY', [subsidy])] }) });
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('region', { name: '政策文件' })).toBeTruthy();
  });
});

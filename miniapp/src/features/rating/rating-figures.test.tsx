import { fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo, setRouterParams } from '../../../test-support/taro';
import { counts } from '../../../test-support/rating-fixtures';
import { setReadAloud } from '../../read-aloud';
import { periodDates } from './format';
import { beijingDate } from '../../lib/format';
import FiguresPage from '../../pages/rating/figures/index';
import { phrased } from '../../../test-support/text';

const DISTRICT = {
  data: {
    ratingFigures: {
      from: '2026-01-01',
      to: '2026-11-30',
      department: null,
      total: counts(200, 185, 12, 10, 7),
      byDepartment: [
        { department: '区民政局', counts: counts(120, 114, 6, 6, 4) },
        { department: '区市场监督管理局', counts: counts(0, 0, 0, 0, 0) },
        { department: '区人力资源和社会保障局', counts: counts(80, 71, 6, 4, 3) },
      ],
      byService: [],
    },
  },
};

afterEach(() => setReadAloud(undefined));

describe('满意度公开', () => {
  it('asks for this year by default and shows each department as a bar and, with the same numbers, in words', async () => {
    const spoken: string[][] = [];
    setReadAloud({ available: () => true, speak: (parts) => void spoken.push(parts), pause: () => undefined, resume: () => undefined, stop: () => undefined });
    answerByOperation({ RatingFigures: DISTRICT });
    render(<FiguresPage />);
    await screen.findByText('全区合计');
    const year = beijingDate(new Date()).slice(0, 4);
    expect(sentRequests()[0]!.variables).toEqual({ period: { from: `${year}-01-01`, to: beijingDate(new Date()) }, department: null });
    expect(screen.getByRole('button', { name: '今年，已选' }).getAttribute('aria-pressed')).toBe('true');

    // The chart is for the eye; screen readers get the list.
    const chart = screen.getByTestId('rating-chart');
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const bars = Array.from(chart.querySelectorAll('.rating-bar-row')).map((row) => ({
      name: row.querySelector('.rating-bar-row__name')!.textContent,
      width: (row.querySelector('.rating-bar__fill') as HTMLElement).style.width,
      value: row.querySelector('.rating-bar__value')!.textContent,
    }));
    // One precision side by side (before: 95% beside 88.8%).
    expect(bars).toEqual([
      { name: '区民政局', width: '95%', value: '95.0%' },
      { name: '区市场监督管理局', width: '0%', value: '暂无' },
      { name: '区人力资源和社会保障局', width: '88.8%', value: '88.8%' },
    ]);

    const list = screen.getByRole('list', { name: '满意度（文字版）' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '区民政局评价120 条满意率95.0%差评6 条按期答复6 条（100.0%）整改后满意4 条（66.7%）看区民政局的各项服务',
      '区市场监督管理局评价0 条（这段时间没有评价）看区市场监督管理局的各项服务',
      '区人力资源和社会保障局评价80 条满意率88.8%差评6 条按期答复4 条（66.7%）整改后满意3 条（50.0%）看区人力资源和社会保障局的各项服务',
    ]);
    // Every bar's number is in the words too.
    for (const bar of bars.filter((b) => b.value !== '暂无')) {
      expect(items.find((item) => item.textContent!.startsWith(bar.name!))!.textContent).toContain(`满意率${bar.value}`);
    }

    fireEvent.click(screen.getByRole('button', { name: '朗读全文' }));
    expect(spoken[0]).toEqual([
      '全区，2026年1月至11月。',
      '评价200 条，满意率92.5%，差评12 条，按期答复10 条（83.3%），整改后满意7 条（58.3%）。',
      '区民政局：评价120 条，满意率95.0%，差评6 条，按期答复6 条（100.0%），整改后满意4 条（66.7%）。',
      '区市场监督管理局：评价0 条（这段时间没有评价）。',
      '区人力资源和社会保障局：评价80 条，满意率88.8%，差评6 条，按期答复4 条（66.7%），整改后满意3 条（50.0%）。',
    ]);

    fireEvent.click(screen.getByRole('button', { name: '看区民政局的各项服务' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: `/pages/rating/figures/index?department=${encodeURIComponent('区民政局')}&period=thisYear` });
  });

  it('a department shows its services; 近3个月 and 去年 ask for those months', async () => {
    setRouterParams({ department: '区民政局', period: 'lastYear' });
    answerByOperation({
      RatingFigures: {
        data: {
          ratingFigures: {
            ...DISTRICT.data.ratingFigures,
            department: '区民政局',
            byDepartment: [],
            byService: [{ service: { id: 's1', name: '最低生活保障申请' }, counts: counts(10, 9, 1, 1, 1) }],
          },
        },
      },
    });
    render(<FiguresPage />);
    await screen.findByText('区民政局合计');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('区民政局满意度');
    expect(within(screen.getByRole('list', { name: '满意度（文字版）' })).getByRole('listitem').textContent).toBe(
      '最低生活保障申请评价10 条满意率90.0%差评1 条按期答复1 条（100.0%）整改后满意1 条（100.0%）',
    );
    fireEvent.click(screen.getByRole('button', { name: '近3个月' }));
    await screen.findByText('区民政局合计');
    const asked = sentRequests().map((r) => r.variables);
    const now = new Date();
    expect(asked).toEqual([
      { period: periodDates('lastYear', now), department: '区民政局' },
      { period: periodDates('recent', now), department: '区民政局' },
    ]);
  });

  it('says how many ratings were taken out on appeal, in the district total and for the department', async () => {
    const total = { ...counts(200, 185, 12, 10, 7), excluded: 2 };
    answerByOperation({ RatingFigures: { data: { ratingFigures: { ...DISTRICT.data.ratingFigures, total, byDepartment: [{ department: '区民政局', counts: { ...counts(120, 114, 6, 6, 4), excluded: 2 } }] } } } });
    render(<FiguresPage />);
    const removed = await screen.findAllByText(phrased('2 条（经区政府办公室核实为恶意评价，不计入以上数字）'));
    expect(removed).toHaveLength(2);
    expect(screen.getAllByText('申诉后撤下')).toHaveLength(2);
  });

  it('periods: whole months, in Beijing time', () => {
    // 2026-03-31 20:00 UTC is already 1 April in Beijing.
    const now = new Date('2026-03-31T20:00:00Z');
    expect(periodDates('recent', now)).toEqual({ from: '2026-02-01', to: '2026-04-01' });
    expect(periodDates('thisYear', now)).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(periodDates('lastYear', now)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodDates('recent', new Date('2026-02-10T00:00:00Z'))).toEqual({ from: '2025-12-01', to: '2026-02-10' });
  });
});

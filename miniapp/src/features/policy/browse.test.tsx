import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { answerByOperation, operationNameOf, request } from '../../../test-support/api';
import { listPage } from '../../../test-support/fixtures';
import PolicyBrowse from '../../pages/policy/browse/index';
import { phrased } from '../../../test-support/text';

const facets = {
  policyFacets: {
    issuers: [{ value: '金华市婺城区人民政府办公室', count: 3 }],
    years: [{ value: '2022', count: 5 }],
    topics: [{ value: '政务公开', count: 4 }],
  },
};

const variablesOf = (call: number) => (request.mock.calls[call]![0] as { data: { variables: Record<string, unknown> } }).data.variables;

describe('policy browse', () => {
  it('lists cards with title, issuer, date and validity in words; 加载更多 appends the next page', async () => {
    let page = 0;
    answerByOperation({ PolicyFacets: { data: facets } });
    const base = request.getMockImplementation()!;
    request.mockImplementation((options: { data: Parameters<typeof operationNameOf>[0] }) =>
      operationNameOf(options.data) === 'PolicyList'
        ? Promise.resolve({ statusCode: 200, data: { data: page++ === 0 ? listPage(['a', 'b'], true) : listPage(['c'], false) } })
        : base(options),
    );
    render(<PolicyBrowse />);
    expect(await screen.findByText('测试文件 a')).toBeTruthy();
    expect(screen.getAllByText(phrased('发布机构：金华市婺城区人民政府办公室'))).toHaveLength(2);
    expect(screen.getAllByText(phrased('发布日期：2022年6月28日'))).toHaveLength(2);
    expect(screen.getAllByText(phrased('效力：现行有效'))).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('测试文件 c')).toBeTruthy();
    expect(screen.getByText('测试文件 a')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(screen.getByText(/已全部显示/)).toBeTruthy();
  });

  it('narrows by year from policyFacets', async () => {
    answerByOperation({ PolicyFacets: { data: facets }, PolicyList: { data: listPage(['a'], false) } });
    render(<PolicyBrowse />);
    await screen.findByText('测试文件 a');
    fireEvent.click(screen.getByRole('button', { name: '按年份' }));
    fireEvent.click(await screen.findByRole('button', { name: '2022年（5）' }));
    await waitFor(() => expect(screen.getByText(/正在看：2022年/)).toBeTruthy());
    await screen.findByText('测试文件 a');
    const listCalls = request.mock.calls.map((_, i) => variablesOf(i)).filter((v) => 'filter' in v);
    expect(listCalls.at(-1)).toMatchObject({ filter: { year: 2022 }, first: 10 });
  });

  it('含已废止: the same switch, in the same words, as 搜索; on, the list asks for repealed policies too', async () => {
    answerByOperation({ PolicyFacets: { data: facets }, PolicyList: { data: listPage(['a'], false) } });
    render(<PolicyBrowse />);
    await screen.findByText('测试文件 a');
    expect(screen.getByRole('group', { name: '含已废止' }).textContent).toContain('含已废止：已关闭');
    fireEvent.click(screen.getByRole('button', { name: '也列出已废止的文件' }));
    expect(screen.getByRole('group', { name: '含已废止' }).textContent).toContain('含已废止：已开启');
    expect(screen.getByRole('button', { name: '不列出已废止的文件' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/正在看：全部（含已废止）/)).toBeTruthy());
    await screen.findByText('测试文件 a');
    const listCalls = request.mock.calls.map((_, i) => variablesOf(i)).filter((v) => 'filter' in v);
    expect(listCalls.at(-1)).toMatchObject({ filter: { validity: ['VALID', 'AMENDED', 'REPEALED'] } });
  });
});

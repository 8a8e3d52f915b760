import { runScheduledTasks } from '../../api/src/scheduled-tasks';
import { APPLICANTS_PRIVATE, applyLastYear, LAST_YEAR_FIGURES, lastYear } from '../support/annual-figures';
import { startSuite, type Suite } from './support/suite';
import { textOf } from './support/view';

// 申请情况年度统计 in the built mini-program: last year's applications are made through the API, the
// hourly task keeps their figures, and a resident (not signed in) reads the table and copies it as CSV
// (WeChat cannot download a file: the page copies it instead).

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
  await applyLastYear(suite.api.app.dynamo);
  expect((await runScheduledTasks(suite.api.app, ['informationReportFigures'])).informationReportFigures).toBe(1);
}, 120_000);
afterAll(() => suite?.close());

it('shows last year’s figures, counts only, and copies the table as CSV', async () => {
  const year = lastYear();
  const program = suite.launch({ path: 'pages/casework/report/index' });
  const page = program.relaunch('pages/casework/report/index');
  await page.findByText(`${year}年 收到和处理政府信息公开申请情况`);
  // The counts are text side by side in the row after its label (single digits here).
  const rows = page.queryAllByRole('row').map(textOf);
  for (const [label, counts] of LAST_YEAR_FIGURES) expect(rows.find((row) => row.includes(label))).toMatch(new RegExp(`${counts.join(' ?')}$`, 'u'));
  for (const personal of APPLICANTS_PRIVATE) expect(page.text()).not.toContain(personal);

  // Nothing on the page speaks of downloading, which WeChat cannot do.
  expect(page.text()).not.toContain('下载');
  page.tap(await page.findByRole('button', { name: '复制表格（CSV）' }));
  await page.findByText('表格已复制（CSV），可以粘贴到电子表格里。');
  expect(program.wx.clipboard.at(-1)).toContain('一、本年新收政府信息公开申请数量,3,1,0,0,0,0,4');
  expect(program.problems()).toEqual([]);
});

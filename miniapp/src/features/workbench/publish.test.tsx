import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN, EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, request, sentRequests, type Answer } from '../../../test-support/api';
import { navigateTo, setNavigationBarTitle, setRouterParams } from '../../../test-support/taro';
import type { PolicyChecksQuery, PolicyToEditQuery, ReadPolicyDocumentMutation } from '../../generated/operations';
import { base64OfBytes, utf8Bytes } from '../../lib/base64';
import PublishPolicyPage from '../../pages/workbench/publish/index';
import { phrased } from '../../../test-support/text';

// 发布政策文件: a document read by the API's importer (what was read, where from, warnings), corrected
// with the kit's fields, checked before publishing (refusals first), published, and the way to what
// residents now see. The API is answered here; api/src/policies/publishing.test.ts runs the real one.

const flush = () => act(async () => undefined);
const TITLE = '区民政局关于调整高龄津贴标准的通知';

const READING: ReadPolicyDocumentMutation['readPolicyDocument'] = {
  format: 'txt',
  title: TITLE,
  documentNumber: '示民发〔2026〕9号',
  indexNumber: null,
  issuer: '区民政局',
  writtenDate: '2026-09-20',
  publishedDate: '2026-09-20',
  disclosure: 'PROACTIVE',
  body: '各街道：\n一、调整内容\n80周岁以上老年人每月高龄津贴提高到200元。',
  sections: [{ level: 1, heading: '一、调整内容' }],
  tables: [],
  sources: [
    { field: 'documentNumber', value: '示民发〔2026〕9号', source: '版头', line: 2 },
    { field: 'issuer', value: '区民政局', source: '文末署名', line: 9 },
    { field: 'disclosure', value: 'PROACTIVE', source: '没有写，按默认', line: null },
    { field: 'publishedDate', value: '2026-09-20', source: '成文日期', line: null },
  ],
  notes: [{ label: '抄送', value: '区委办公室', line: 12 }],
  warnings: ['没有发布日期，暂按发布当天记'],
};
const BLOCKED: PolicyChecksQuery['policyChecks'] = {
  canPublish: false,
  linksChecked: 0,
  findings: [
    { kind: 'PRIVATE_DATA', blocking: true, message: '第4行有未遮挡的手机号', field: 'body', line: 4, excerpt: '联系人手机138****5678', policyId: null },
    { kind: 'SENSITIVE_WORD', blocking: false, message: '第3行有敏感词「内部资料」', field: 'body', line: 3, excerpt: '本通知属于内部资料', policyId: null },
  ],
};
const CLEAN: PolicyChecksQuery['policyChecks'] = { canPublish: true, linksChecked: 1, findings: [] };
const PUBLISHED = { id: 'p-1', title: TITLE, issuer: '区民政局', publishedDate: '2026-09-28', interpretationDue: { date: '2026-10-08', provisional: false, overdue: false } };

beforeEach(() => signInAs(EDITOR));

const field = (name: string) => screen.getByRole('textbox', { name });
const button = (name: string) => screen.getByRole('button', { name });

async function readPasted(text: string) {
  render(<PublishPolicyPage />);
  await screen.findByText('以区民政局的名义发布。');
  fireEvent.change(field('或者粘贴正文'), { target: { value: text } });
  fireEvent.click(button('读取粘贴的正文'));
  await screen.findByRole('heading', { name: '第二步：核对读出的内容' });
}

it('reads pasted text with the importer and shows what was read, where from, and what to check', async () => {
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ReadPolicyDocument: { data: { readPolicyDocument: READING } } });
  await readPasted('区民政局关于调整高龄津贴标准的通知\n示民发〔2026〕9号');
  const read = screen.getByRole('group', { name: '第二步：核对读出的内容' });
  expect(within(read).getByText('⚠ 没有发布日期，暂按发布当天记')).toBeTruthy();
  expect(within(read).getByText(phrased('示民发〔2026〕9号（版头，第2行）'))).toBeTruthy();
  expect(within(read).getByText(phrased('区委办公室（第12行）'))).toBeTruthy();
  expect(within(read).getByText(phrased('主动公开（没有写，按默认）'))).toBeTruthy();
  expect(within(read).getByText(phrased('2026年9月20日（成文日期）'))).toBeTruthy();
  expect(within(read).getByText('正文 35 字，小标题 1 个，附表 0 张')).toBeTruthy();
  // The form is filled from it, the date in words with its weekday.
  expect((field('标题') as HTMLInputElement).value).toBe(TITLE);
  expect(screen.getByText('2026年9月20日 星期日')).toBeTruthy();
  // No 发布日期 in the document (the 成文日期 stood in): published today unless the clerk picks a day.
  expect((screen.getByLabelText('发布日期') as HTMLInputElement).value).toBe('');
  const sent = sentRequests().find((r) => r.operation === 'ReadPolicyDocument')!;
  expect(sent.variables).toEqual({ document: { name: '粘贴的正文.txt', contentBase64: base64OfBytes(utf8Bytes('区民政局关于调整高龄津贴标准的通知\n示民发〔2026〕9号')) } });
  expect(Buffer.from((sent.variables.document as { contentBase64: string }).contentBase64, 'base64').toString('utf8')).toBe('区民政局关于调整高龄津贴标准的通知\n示民发〔2026〕9号');
});

it('offers publishing only once the checks pass for exactly what is on the form', async () => {
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ReadPolicyDocument: { data: { readPolicyDocument: READING } }, PolicyChecks: { data: { policyChecks: BLOCKED } } });
  await readPasted('正文');
  expect(screen.queryByRole('button', { name: '发布' })).toBeNull();
  fireEvent.click(button('检查'));
  await screen.findByText('✕ 还不能发布：请先修改标着“必须修改”的地方。');
  expect(screen.getAllByTestId('finding').map((f) => f.textContent)).toEqual([
    '✕ 必须修改：第4行有未遮挡的手机号原文：联系人手机138****5678',
    '⚠ 请核对：第3行有敏感词「内部资料」原文：本通知属于内部资料',
  ]);
  expect(screen.queryByRole('button', { name: '发布' })).toBeNull();

  answerByOperation({ PolicyChecks: { data: { policyChecks: CLEAN } }, PublishPolicy: { data: { publishPolicy: PUBLISHED } } });
  fireEvent.change(field('正文'), { target: { value: '各街道：\n80周岁以上老年人每月高龄津贴提高到200元。' } });
  expect(screen.getByText('内容改过了，请重新检查。')).toBeTruthy();
  fireEvent.click(button('检查'));
  await screen.findByText('✓ 检查通过，可以发布。');
  // A change after the checks takes the 发布 button away until they run again.
  fireEvent.change(field('标题'), { target: { value: `${TITLE}（修订）` } });
  expect(screen.queryByRole('button', { name: '发布' })).toBeNull();
  fireEvent.change(field('标题'), { target: { value: TITLE } });
  fireEvent.click(button('发布'));
  fireEvent.click(screen.getByRole('button', { name: '正在发布……' }));
  await screen.findByRole('heading', { name: '已发布' });
  expect(screen.getByText('解读最迟在2026年10月8日 星期四发布（政策发布后3个工作日内）。')).toBeTruthy();
  const publishes = sentRequests().filter((r) => r.operation === 'PublishPolicy');
  expect(publishes).toHaveLength(1);
  expect(publishes[0]!.variables.input).toMatchObject({ title: TITLE, documentNumber: '示民发〔2026〕9号', issuer: '区民政局', writtenDate: '2026-09-20', publishedDate: null, disclosure: 'PROACTIVE' });
  fireEvent.click(button('看居民看到的页面'));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy/detail/index?id=p-1' });
});

it('a document published already: says so, not 必须修改, offers its 修改, and no 发布', async () => {
  const said = '这份文件已经发布过了（文号相同）：「区民政局关于调整高龄津贴标准的通知」，2026年9月28日发布。不用再发布；要修改、写解读或废止，请到工作台的“本部门的政策”里找它。';
  const published: PolicyChecksQuery['policyChecks'] = {
    canPublish: false,
    linksChecked: 0,
    findings: [{ kind: 'ALREADY_PUBLISHED', blocking: true, message: said, field: 'documentNumber', line: null, excerpt: null, policyId: 'p-1' }],
  };
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ReadPolicyDocument: { data: { readPolicyDocument: READING } }, PolicyChecks: { data: { policyChecks: published } } });
  await readPasted('正文');
  fireEvent.click(button('检查'));
  await screen.findByText('✕ 不能发布：这份文件已经发布过了。');
  expect(screen.getAllByTestId('finding').map((f) => f.textContent)).toEqual([`✕ ${said}修改这份文件`]);
  expect(screen.queryByText(/必须修改/)).toBeNull();
  expect(screen.queryByRole('button', { name: '发布' })).toBeNull();
  fireEvent.click(button('修改这份文件'));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/workbench/publish/index?id=p-1' });
});

it('says what is missing before checking, and refuses a file too large without sending it', async () => {
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } } });
  render(<PublishPolicyPage />);
  await screen.findByText('以区民政局的名义发布。');
  const chooser = screen.getByLabelText('选择文件') as HTMLInputElement;
  const large = new File([new Uint8Array(71 * 1024)], 'scan.pdf', { type: 'application/pdf' });
  fireEvent.change(chooser, { target: { files: [large] } });
  expect(await screen.findByText('文件不能超过 70 KB：请另存为纯文本（.txt）后再上传，或把正文粘贴进来。')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '没有文件，直接填写' }));
  fireEvent.click(button('检查'));
  await flush();
  expect(screen.getByText('请填写标题。')).toBeTruthy();
  expect(screen.getByText('请填写正文。')).toBeTruthy();
  expect(sentRequests().map((r) => r.operation)).toEqual(['StaffMe']);
  expect(request).toHaveBeenCalledTimes(1);
});

it('a district admin picks the department the policy is published for; the checks and publishing are for it', async () => {
  signInAs(ADMIN);
  answerByOperation({
    StaffMe: { data: { staffMe: ADMIN } },
    StaffDepartments: { data: { departments: ['区政府办公室', '区民政局', '区财政局'] } },
    PolicyChecks: { data: { policyChecks: CLEAN } },
    PublishPolicy: { data: { publishPolicy: PUBLISHED } },
  });
  render(<PublishPolicyPage />);
  await screen.findByText('全区管理员可以为任何部门发布：在第三步选部门，不选就是区政府办公室。');
  fireEvent.click(screen.getByRole('button', { name: '没有文件，直接填写' }));
  const picker = await screen.findByRole('group', { name: '为哪个部门发布' });
  expect(within(picker).getByRole('button', { name: '区政府办公室，已选' })).toBeTruthy();
  fireEvent.click(within(picker).getByRole('button', { name: '区民政局' }));
  expect(within(picker).getByRole('button', { name: '区民政局，已选' })).toBeTruthy();
  expect(screen.getByText('不填就是所选部门的名称')).toBeTruthy();
  fireEvent.change(field('标题'), { target: { value: TITLE } });
  fireEvent.change(field('正文'), { target: { value: '各街道：\n80周岁以上老年人每月高龄津贴提高到200元。' } });
  fireEvent.click(button('检查'));
  await screen.findByText('✓ 检查通过，可以发布。');
  fireEvent.click(button('发布'));
  await screen.findByRole('heading', { name: '已发布' });
  const sent = sentRequests().filter((r) => r.operation === 'PolicyChecks' || r.operation === 'PublishPolicy');
  expect(sent.map((r) => (r.variables.input as { department: string }).department)).toEqual(['区民政局', '区民政局']);
});

it('an editor is not offered a department: they publish for their own', async () => {
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } } });
  render(<PublishPolicyPage />);
  await screen.findByText('以区民政局的名义发布。');
  fireEvent.click(screen.getByRole('button', { name: '没有文件，直接填写' }));
  await flush();
  expect(screen.queryByRole('group', { name: '为哪个部门发布' })).toBeNull();
  expect(sentRequests().map((r) => r.operation)).toEqual(['StaffMe']);
});

describe('修改 (本部门的政策 → 修改): the same form, filled with the policy as published', () => {
  const POLICY: PolicyToEditQuery['policy'] = {
    id: 'p-1',
    version: 3,
    title: '区民政局关于调整高龄津贴标淮的通知',
    documentNumber: '示民发〔2026〕9号',
    indexNumber: null,
    issuer: '区民政局',
    department: '区民政局',
    writtenDate: '2026-09-20',
    publishedDate: '2026-09-28',
    disclosure: 'PROACTIVE',
    body: '各街道：\n一、调整内容\n80周岁以上老年人每月高龄津贴提高到200元。',
    tables: [],
    viewerCan: { manage: true },
  };

  async function openToCorrect(answers: Record<string, Answer | Answer[]>) {
    setRouterParams({ id: 'p-1' });
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, PolicyToEdit: { data: { policy: POLICY } }, PolicyChecks: { data: { policyChecks: CLEAN } }, ...answers });
    render(<PublishPolicyPage />);
    await screen.findByRole('heading', { name: '修改政策文件' });
    await screen.findByRole('heading', { name: '第一步：修改' });
  }

  it('fills the form as published, checks it as this policy, asks before saving, and saves from the version opened', async () => {
    await openToCorrect({ UpdatePolicy: { data: { updatePolicy: { id: 'p-1', title: TITLE, issuer: '区民政局', publishedDate: '2026-09-28' } } } });
    // WeChat's title bar says 修改政策文件 too, not the page's 发布政策文件.
    expect(setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '修改政策文件' });
    // Nothing to upload: the policy's own fields, dates in words.
    expect(screen.queryByRole('group', { name: '第一步：上传文件' })).toBeNull();
    expect((field('标题') as HTMLInputElement).value).toBe(POLICY!.title);
    expect((field('文号（可以不填）') as HTMLInputElement).value).toBe('示民发〔2026〕9号');
    expect((field('正文') as HTMLTextAreaElement).value).toBe(POLICY!.body);
    expect(screen.getByText('2026年9月28日 星期一')).toBeTruthy();
    expect(screen.queryByRole('group', { name: '为哪个部门发布' })).toBeNull();

    fireEvent.change(field('标题'), { target: { value: TITLE } });
    fireEvent.click(button('检查'));
    await screen.findByText('✓ 检查通过，可以保存。');
    expect(sentRequests().find((r) => r.operation === 'PolicyChecks')!.variables).toMatchObject({ policyId: 'p-1', input: { title: TITLE } });
    expect(screen.queryByRole('button', { name: '发布' })).toBeNull();
    fireEvent.click(button('保存修改'));
    const asking = screen.getByRole('group', { name: '确认修改' });
    expect(within(asking).getByText('确定修改吗？保存后居民马上看到改过的内容；这次修改会记录下来（谁、什么时候、改了哪些地方）。')).toBeTruthy();
    expect(sentRequests().some((r) => r.operation === 'UpdatePolicy')).toBe(false);
    fireEvent.click(within(asking).getByRole('button', { name: '确认修改' }));
    await screen.findByRole('heading', { name: '已修改' });
    expect(screen.getByText(`「${TITLE}」已修改，居民现在看到的是改过的内容。这次修改已记录。`)).toBeTruthy();
    const saves = sentRequests().filter((r) => r.operation === 'UpdatePolicy');
    expect(saves).toHaveLength(1);
    expect(saves[0]!.variables).toMatchObject({ id: 'p-1', version: 3, input: { title: TITLE, documentNumber: '示民发〔2026〕9号', publishedDate: '2026-09-28', writtenDate: '2026-09-20' } });
    fireEvent.click(button('看居民看到的页面'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy/detail/index?id=p-1' });
  });

  it('says so plainly when someone else changed it meanwhile, and lets the clerk go back', async () => {
    const changed = '这份文件在您修改期间已被别人改过了。请重新打开它，核对别人改了什么，再修改。';
    await openToCorrect({ UpdatePolicy: { data: null, errors: [{ message: changed, extensions: { code: 'CONFLICT' } }] } });
    fireEvent.click(button('检查'));
    await screen.findByText('✓ 检查通过，可以保存。');
    fireEvent.click(button('保存修改'));
    fireEvent.click(button('确认修改'));
    expect(await screen.findByText(`没能修改：${changed}`)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '已修改' })).toBeNull();
    fireEvent.click(button('不改了'));
    expect(screen.getByRole('button', { name: '保存修改' })).toBeTruthy();
  });

  it("another department's policy is not offered for correcting", async () => {
    setRouterParams({ id: 'p-1' });
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, PolicyToEdit: { data: { policy: { ...POLICY!, department: '区财政局', viewerCan: { manage: false } } } } });
    render(<PublishPolicyPage />);
    expect(await screen.findByText(`「${POLICY!.title}」不是区民政局的文件，只有发布它的部门和区政府办公室的管理员能修改。`)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: '标题' })).toBeNull();
  });
});

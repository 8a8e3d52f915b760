import type { Dynamo } from '../../api/src/core/dynamo';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createTestApi, createTestStaff, residentToken, setBeijingTime } from './test-app';

// Last year's 依申请公开, made through the API on a table another GovOpen serves (the browser's, the
// mini-program's), for the pages of the published annual report figures: three citizens and a company.
// In the phone's columns (自然人, 法人或其他组织, 总计) the figures are those of LAST_YEAR_FIGURES.

/** The last finished year in Beijing (the figures wait an hour into 1 January; a test run then may fail). */
export const lastYear = (): number => Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date())) - 1;

export const LAST_YEAR_FIGURES: ReadonlyArray<[label: string, counts: string[]]> = [
  ['一、本年新收政府信息公开申请数量', ['3', '1', '4']],
  ['二、上年结转政府信息公开申请数量', ['0', '0', '0']],
  ['（一）予以公开', ['1', '0', '1']],
  ['（二）部分公开', ['1', '0', '1']],
  ['本机关不掌握相关政府信息', ['0', '1', '1']],
  ['（七）总计', ['2', '1', '3']],
  ['四、结转下年度继续办理', ['1', '0', '1']],
];

/** What the applications said of their applicants: none of it may show on the public page. */
export const APPLICANTS_PRIVATE = ['王小华', '王*华', '李大明', '张三', '某科技有限公司', '138', '养老服务补贴'];

export async function applyLastYear(dynamo: Dynamo): Promise<void> {
  const year = lastYear();
  // A second API on the same table, with a clock of its own; it leaves the table alone when done.
  const api = await createTestApi({ ...DEFAULT_CONFIG, logLevel: 'silent', tableName: dynamo.tableName, dynamoEndpoint: process.env.DYNAMODB_ENDPOINT }, dynamo);
  const clerk = await createTestStaff(api, 'figures.minzheng', 'DEPARTMENT_EDITOR', '区民政局');
  const run = async (query: string, variables: Record<string, unknown>, token: string) => {
    const result = await api.run<Record<string, { id: string }>>(query, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0]!.id;
  };
  const apply = async (on: string, who: string, applicant: Record<string, unknown>) => {
    setBeijingTime(api, `${year}-${on} 10:00`);
    const input = { department: '区民政局', mobile: '13812345678', description: '养老服务补贴的发放情况', form: 'ELECTRONIC', delivery: 'ONLINE', ...applicant };
    return run('mutation($input: InformationRequestInput!) { applyForInformation(input: $input) { id } }', { input }, await residentToken(api, who));
  };
  const reply = async (on: string, id: string, kind: string, grounds: string[] = []) => {
    setBeijingTime(api, `${year}-${on} 10:00`);
    await run('mutation($id: ID!, $reply: InformationReplyInput!) { replyToInformationRequest(id: $id, reply: $reply) { id } }', { id, reply: { kind, grounds, reasons: '经查。' } }, clerk);
  };
  // One valid ID number will do: nothing here is about whose it is.
  const citizen = (name: string) => ({ applicantKind: 'CITIZEN', name, idNumber: '11010519491231002X' });
  await reply('03-10', await apply('03-02', 'figures-r1', citizen('王小华')), 'DISCLOSED');
  await reply('04-20', await apply('04-01', 'figures-r2', citizen('李大明')), 'PARTLY_DISCLOSED', ['THIRD_PARTY_RIGHTS']);
  const company = { applicantKind: 'ORGANISATION', organisationKind: 'BUSINESS', name: '某科技有限公司', organisationCode: '91110105MA01234567' };
  await reply('05-08', await apply('05-06', 'figures-r3', company), 'NOT_EXIST');
  await apply('12-29', 'figures-r4', citizen('张三'));
}

import { createTestStaff, setBeijingTime, signInStaff, type TestApi } from './support/test-app';

// Shared by the projects tests: who acts, a fixed clock, and the operations a client sends.


export const HOUSING = '区住房和城乡建设局';
export const CIVIL_AFFAIRS = '区民政局';
export const LIST = '2026年区十大民生实事';

export interface Callers {
  admin: string;
  /** Leads the test projects. */
  housing: string;
  /** Co-operates on them. */
  civilAffairs: string;
  /** Has nothing to do with them. */
  finance: string;
  wang: string;
  li: string;
}

export async function signInEveryone(api: TestApi): Promise<Callers> {
  const resident = async (name: string) => (await api.run<{ login: { token: string } }>(`mutation($c: String!) { login(code: $c) { token } }`, { c: `dev:${name}` })).data!.login.token;
  return {
    ...(await signInStaff(api)),
    housing: await createTestStaff(api, 'zhujian', 'DEPARTMENT_EDITOR', HOUSING),
    wang: await resident('wang'),
    li: await resident('li'),
  };
}

/** Sets GovOpen's clock to 10:00 Beijing time on the date. */
export function today(api: TestApi, date: string): void {
  setBeijingTime(api, `${date} 10:00`);
}

export const PROJECT_FIELDS = `id title year list order leadDepartment cooperatingDepartments status progress progressBasis completedDate cancelledReason demo
  target { quantity unit text } budget { planned spent spentPercent }
  milestones { id title plannedDate actualDate weight done overdue overdueWorkingDays delayReason delayExplainedDate needsExplanation }`;

export const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const POST = `mutation($id: ID!, $input: ProjectUpdateInput!) { postProjectUpdate(projectId: $id, input: $input) { id kind date department text spending figures { label value unit } corrects correctedBy photos { key url } } }`;
export const COMPLETE = `mutation($m: ID!, $d: String!, $note: String) { completeMilestone(milestoneId: $m, actualDate: $d, note: $note) { ${PROJECT_FIELDS} } }`;
export const EXPLAIN = `mutation($m: ID!, $r: String!) { explainDelay(milestoneId: $m, reason: $r) { ${PROJECT_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $r: String!) { cancelProject(id: $id, reason: $r) { ${PROJECT_FIELDS} } }`;
export const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} followerCount followedByMe
  evaluationSummary { count satisfiedPercent levels { level count } } myEvaluation { level comment }
  updates(first: 50) { edges { node { id kind date department text spending corrects correctedBy milestoneId } } pageInfo { hasNextPage } } } }`;
export const UPLOAD = `mutation($id: ID!, $type: String!, $bytes: Int!) { requestPhotoUpload(projectId: $id, contentType: $type, bytes: $bytes) { uploadUrl method headers { name value } photoKey expiresAt } }`;

export type Project = {
  id: string;
  title: string;
  status: string;
  progress: number;
  progressBasis: string;
  completedDate: string | null;
  budget: { planned: number; spent: number; spentPercent: number | null };
  milestones: Array<{ id: string; done: boolean; overdue: boolean; overdueWorkingDays: number | null; delayReason: string | null; needsExplanation: boolean; actualDate: string | null }>;
  [field: string]: unknown;
};

/** A project led by 区住建局 with 区民政局 co-operating, planned across 2026. */
export const renovation = (overrides: Record<string, unknown> = {}) => ({
  year: 2026,
  list: LIST,
  title: '老旧小区改造',
  summary: '改造30个老旧小区，惠及居民约1.2万户。',
  leadDepartment: HOUSING,
  cooperatingDepartments: [CIVIL_AFFAIRS],
  target: { quantity: 30, unit: '个', text: '完成30个老旧小区改造' },
  budgetPlanned: 120_000_000,
  milestones: [
    { title: '完成方案设计', plannedDate: '2026-03-31' },
    { title: '全部开工', plannedDate: '2026-05-15' },
    { title: '主体工程完工', plannedDate: '2026-09-30', weight: 3 },
    { title: '竣工验收', plannedDate: '2026-12-15' },
  ],
  ...overrides,
});

export async function createProject(api: TestApi, token: string, input: Record<string, unknown>): Promise<Project> {
  const result = await api.run<{ createProject: Project }>(CREATE, { input }, { token });
  if (!result.data) throw new Error(`createProject failed: ${JSON.stringify(result.errors)}`);
  return result.data.createProject;
}

export async function readProject(api: TestApi, id: string, token?: string) {
  const result = await api.run<{ project: Project & { updates: { edges: Array<{ node: Record<string, unknown> & { id: string; kind: string; correctedBy: string[] } }> } } }>(PROJECT, { id }, { token });
  if (!result.data?.project) throw new Error(`project ${id} not found: ${JSON.stringify(result.errors)}`);
  return result.data.project;
}

import type { ApolloServer } from '@apollo/server';
import { createRequestContext, type App, type RequestContext } from '../../api/src/app';
import { persistedOperations } from '../../api/src/generated/persisted-operations';

// DynamoDB requests per resident screen for `npm run bench` (issue 17): each screen's operations
// exactly as the mini-app sends them (its persisted operations, by name), each as a fresh request,
// counted by the SDK middleware of the app's DynamoDB client. The home screen sends none.

export interface ScreenCost {
  screen: string;
  operations: string;
  dynamoRequests: number;
  milliseconds: number;
  target?: string;
}

type Variables = Record<string, unknown>;

/** The mini-app's operation text by operation name. */
const OPERATIONS = new Map(
  Object.values(persistedOperations).map((text) => [/^(?:query|mutation)\s+(\w+)/u.exec(text)?.[1] ?? '', text] as const),
);

export function operationText(name: string): string {
  const text = OPERATIONS.get(name);
  if (!text) throw new Error(`the mini-app has no operation ${name} (miniapp/src/**/*.graphql)`);
  return text;
}

/** Runs one operation as a fresh request and counts the DynamoDB requests it sent. */
export async function measure(app: App, server: ApolloServer<RequestContext>, query: string, variables?: Variables, token?: string) {
  const before = app.dynamo.requestCount();
  const started = performance.now();
  const response = await server.executeOperation({ query, variables }, { contextValue: await createRequestContext(app, token ? `Bearer ${token}` : undefined) });
  const milliseconds = performance.now() - started;
  if (response.body.kind !== 'single' || response.body.singleResult.errors) {
    throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
  }
  return { data: response.body.singleResult.data as Record<string, unknown>, dynamoRequests: app.dynamo.requestCount() - before, milliseconds };
}

/** A screen's opening: its operations one after another, as the page sends them. */
async function screen(app: App, server: ApolloServer<RequestContext>, name: string, operations: Array<[string, Variables?]>, token?: string) {
  const results = [];
  for (const [operation, variables] of operations) results.push(await measure(app, server, operationText(operation), variables, token));
  return {
    cost: {
      screen: name,
      operations: operations.map(([operation]) => operation).join(' + '),
      dynamoRequests: results.reduce((sum, r) => sum + r.dynamoRequests, 0),
      milliseconds: results.reduce((sum, r) => sum + r.milliseconds, 0),
    },
    data: results.map((r) => r.data),
  };
}

const firstId = (connection: unknown): string => {
  const id = (connection as { edges: Array<{ node: { id: string } }> }).edges[0]?.node.id;
  if (!id) throw new Error('an empty list: the demo content did not load');
  return id;
};

/** Every resident screen that reads, with demo content loaded; `residentToken` signs in for 我的报名. */
export async function screenCosts(app: App, server: ApolloServer<RequestContext>, residentToken: string): Promise<ScreenCost[]> {
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(app.now()));
  const policies = await screen(app, server, '政策文件库', [['PolicyFacets'], ['PolicyList', { first: 20 }]]);
  const policy = await screen(app, server, '政策详情', [['PolicyDetail', { id: firstId(policies.data[1]!.policies) }]]);
  const search = await screen(app, server, '搜索（繁体）', [['PolicyList', { first: 20, filter: { text: '政務公開' } }]]);
  const projects = await screen(app, server, '民生实事', [['ProjectLists', { year }], ['ProjectList', { first: 20, filter: { year } }]]);
  const project = await screen(app, server, '民生实事详情', [['ProjectDetail', { id: firstId(projects.data[1]!.projects) }]]);
  const events = await screen(app, server, '政府开放日', [['EventList', { first: 20, filter: {} }]]);
  const event = await screen(app, server, '开放日详情', [['EventDetail', { id: firstId(events.data[0]!.events) }]], residentToken);
  const mine = await screen(app, server, '我的报名', [['MyRegistrations']], residentToken);
  const today = app.now().toISOString().slice(0, 10);
  const period = { from: `${year}-01-01`, to: today };
  const figures = await screen(app, server, '满意度公开', [['RatingFigures', { period, department: null }]]);
  // A department's row opens its services' figures: their counters, then the services' names.
  const [first] = (figures.data[0]!.ratingFigures as { byDepartment: Array<{ department: string }> }).byDepartment;
  if (!first) throw new Error('no rating figures: the demo content did not load');
  const departmentFigures = await screen(app, server, '部门满意度', [['RatingFigures', { period, department: first.department }]]);
  // The page asks for the years with figures, then the newest one's (no year is listed without 依申请公开 content).
  const [newest] = (await measure(app, server, operationText('InformationReportYears'))).data.informationReportYears as number[];
  const annual = await screen(app, server, '申请情况年度统计', [['InformationReportYears'], ...(newest === undefined ? [] : [['PublishedInformationReport', { year: newest }] as [string, Variables]])]);
  return [
    { screen: '首页', operations: '(none)', dynamoRequests: 0, milliseconds: 0 },
    { ...policies.cost, target: 'list: 1' },
    { ...policy.cost, target: '≤ 2' },
    search.cost,
    projects.cost,
    project.cost,
    events.cost,
    event.cost,
    mine.cost,
    { ...figures.cost, target: '1' },
    { ...departmentFigures.cost, target: '2' },
    { ...annual.cost, target: '≤ 2' },
  ];
}

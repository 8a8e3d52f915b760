import type { ApolloServer } from '@apollo/server';
import { createRequestContext, type App, type RequestContext } from '../../api/src/app';

export interface OperationCost {
  operation: string;
  dynamoRequests: number;
  milliseconds: number;
  target?: string;
}

/** Runs one operation as a fresh request and counts the DynamoDB requests it sent (SDK middleware). */
export async function measure(app: App, server: ApolloServer<RequestContext>, operation: string, query: string, variables?: Record<string, unknown>) {
  const before = app.dynamo.requestCount();
  const started = performance.now();
  const response = await server.executeOperation({ query, variables }, { contextValue: await createRequestContext(app) });
  const milliseconds = performance.now() - started;
  if (response.body.kind !== 'single' || response.body.singleResult.errors) {
    throw new Error(`${operation} failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
  }
  return { result: response.body.singleResult.data as Record<string, unknown>, cost: { operation, dynamoRequests: app.dynamo.requestCount() - before, milliseconds } };
}

export async function policyCosts(app: App, server: ApolloServer<RequestContext>): Promise<OperationCost[]> {
  const list = await measure(
    app,
    server,
    'policy list page of 20',
    `query { policies(first: 20) { edges { cursor node { id title documentNumber issuer publishedDate validity topics summary } } pageInfo { hasNextPage endCursor } } }`,
  );
  const edges = (list.result.policies as { edges: Array<{ node: { id: string } }> }).edges;
  const id = edges[0]?.node.id;
  if (!id) throw new Error('no policy to read: the demo content did not load');
  const detail = await measure(
    app,
    server,
    'policy detail with interpretations',
    `query($id: ID!) { policy(id: $id) { id title documentNumber indexNumber issuer writtenDate publishedDate validity repealedDate disclosure topics targetGroups body sections { level heading text } tables { title columns rows } interpretations { id kind title body questions { question answer } publishedDate consultationPhone officeHours } } }`,
    { id },
  );
  const facets = await measure(app, server, 'policy facets', `{ policyFacets { issuers { value count } years { value count } topics { value count } } }`);
  const byIssuer = await measure(app, server, 'policy list by issuer', `{ policies(first: 20, filter: { issuer: "灵武市人民政府办公室" }) { edges { node { id } } } }`);
  const search = await measure(app, server, 'policy text search', `{ policies(first: 20, filter: { text: "政務公開" }) { edges { node { id } } } }`);
  return [
    { ...list.cost, target: '1' },
    { ...detail.cost, target: '≤ 2' },
    facets.cost,
    byIssuer.cost,
    search.cost,
  ];
}

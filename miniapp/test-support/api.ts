// Helpers to answer the mini-app's GraphQL requests in tests.
import { operationHashes } from '../src/generated/operation-hashes';
import { request } from './taro';

/** The operation a request carries: by its text, or by the persisted-query hash sent in its place. */
export function operationNameOf(data: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }): string {
  const byText = data.query && /(?:query|mutation)\s+(\w+)/.exec(data.query)?.[1];
  const hash = data.extensions?.persistedQuery?.sha256Hash;
  return byText || Object.keys(operationHashes).find((name) => operationHashes[name] === hash) || '';
}

export type Answer = { data?: unknown; errors?: unknown[]; statusCode?: number } | Error;

const reply = (answer: Answer) =>
  answer instanceof Error
    ? Promise.reject(answer)
    : Promise.resolve({ statusCode: answer.statusCode ?? 200, data: { data: answer.data, errors: answer.errors }, header: {} });

/** Answers the next requests in order; the last answer repeats. */
export function answerRequests(...answers: Answer[]) {
  let i = 0;
  request.mockImplementation(() => reply(answers[Math.min(i++, answers.length - 1)]!));
}

/** Answers by operation name: `{ PolicyDetail: {...data}, PolicyList: ... }`; a list answers that operation's requests in order, its last repeating. */
export function answerByOperation(answers: Record<string, Answer | Answer[]>) {
  const asked = new Map<string, number>();
  request.mockImplementation((options: { data: Parameters<typeof operationNameOf>[0] }) => {
    const name = operationNameOf(options.data);
    const given = answers[name];
    const i = asked.get(name) ?? 0;
    asked.set(name, i + 1);
    const answer = Array.isArray(given) ? given[Math.min(i, given.length - 1)] : given;
    return answer ? reply(answer) : Promise.reject(new Error(`no answer for ${name}`));
  });
}

export const offline = () => new Error('request:fail');
export { request };

/** What each request sent: the operation's name, its variables and the Authorization header. */
export const sentRequests = (): Array<{ operation: string; variables: Record<string, unknown>; authorization?: string }> =>
  request.mock.calls.map(([options]: [{ data: Parameters<typeof operationNameOf>[0] & { variables: Record<string, unknown> }; header: Record<string, string> }]) => ({
    operation: operationNameOf(options.data),
    variables: options.data.variables,
    authorization: options.header.authorization,
  }));

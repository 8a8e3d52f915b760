// Helpers for the 好差评 tests (test/ratings-*.test.ts).
import type { TestApi } from './support/test-app';

export const CREATE_SERVICE = `mutation($input: ServiceInput!) { createService(input: $input) { id department name channel windows } }`;

export async function createService(api: TestApi, staffToken: string, input: Record<string, unknown>): Promise<string> {
  const result = await api.run<{ createService: { id: string } }>(CREATE_SERVICE, { input }, { token: staffToken });
  if (!result.data) throw new Error(`createService failed: ${JSON.stringify(result.errors)}`);
  return result.data.createService.id;
}

export const RATE = `mutation($serviceId: ID!, $input: RatingInput!) {
  rateService(serviceId: $serviceId, input: $input) {
    id level levelLabel bad reasons reasonLabels comment matterNumber window ratedAt department service { id name }
    case { id status callbackDeadline { date provisional note } rectifyDeadline { date provisional note } isOverdue }
  }
}`;

export interface RatedCase {
  id: string;
  status: string;
  callbackDeadline: { date: string; provisional: boolean; note: string | null };
  rectifyDeadline: { date: string; provisional: boolean; note: string | null };
  isOverdue: boolean;
}

export interface Rated {
  id: string;
  level: string;
  bad: boolean;
  reasons: string[];
  reasonLabels: string[];
  comment: string | null;
  matterNumber: string | null;
  window: string | null;
  ratedAt: string;
  department: string;
  service: { id: string; name: string };
  case: RatedCase | null;
}

export function rate(api: TestApi, token: string, serviceId: string, input: Record<string, unknown>) {
  return api.run<{ rateService: Rated }>(RATE, { serviceId, input }, { token });
}

/** Rates and fails the test on any error. */
export async function rated(api: TestApi, token: string, serviceId: string, input: Record<string, unknown>): Promise<Rated> {
  const result = await rate(api, token, serviceId, input);
  if (!result.data) throw new Error(`rateService failed: ${JSON.stringify(result.errors)}`);
  return result.data.rateService;
}

export const BAD = { level: 'DISSATISFIED', reasons: ['LONG_WAIT'] };

export const CASE_FIELDS = `id status isOverdue openedAt calledBackAt reply outcome repliedAt answeredOnTime closedAt resolved excluded
  callbackDeadline { date provisional note } rectifyDeadline { date provisional note }
  followUp { level levelLabel bad comment }
  appeal { reason appealedBy decision { upheld note decidedBy } }
  steps { kind by note outcome level }`;

export const CASE_ACTIONS = {
  callback: `mutation($id: ID!, $note: String!) { recordCallback(caseId: $id, note: $note) { ${CASE_FIELDS} } }`,
  reply: `mutation($id: ID!, $reply: String!, $outcome: ReplyOutcome!) { replyToRating(caseId: $id, reply: $reply, outcome: $outcome) { ${CASE_FIELDS} } }`,
  close: `mutation($id: ID!, $note: String) { closeCase(caseId: $id, note: $note) { ${CASE_FIELDS} } }`,
  followUp: `mutation($id: ID!, $input: FollowUpRatingInput!) { rateRectification(caseId: $id, input: $input) { ${CASE_FIELDS} } }`,
  appeal: `mutation($id: ID!, $reason: String!) { appealRating(caseId: $id, reason: $reason) { ${CASE_FIELDS} } }`,
  decide: `mutation($id: ID!, $upheld: Boolean!, $note: String) { decideAppeal(caseId: $id, upheld: $upheld, note: $note) { ${CASE_FIELDS} } }`,
};

/** Runs a case action and fails the test on any error. */
export async function act<K extends keyof typeof CASE_ACTIONS>(api: TestApi, token: string, action: K, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await api.run<Record<string, Record<string, unknown>>>(CASE_ACTIONS[action], variables, { token });
  if (!result.data) throw new Error(`${action} failed: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data)[0]!;
}

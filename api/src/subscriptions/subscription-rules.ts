import { TARGET_GROUPS, TOPICS, topicsOfOpenDayTheme } from '@govopen/shared';
import type { StoredDraft } from '../drafts/draft-model';
import type { StoredEvent } from '../events/event-model';
import type { StoredInterpretation, StoredPolicy } from '../policies/policy-model';
import { IN_FORCE } from '../policies/policy-model';
import type { StoredProject } from '../projects/project-model';
import type { publicationItem } from './subscription-items';
import type * as z from 'zod';

// 政策找人: what a resident may subscribe to, and which publications tell whom.
// - A publication is told once: the first time a policy (in force, proactively disclosed, published
//   in the last PUBLISHED_WITHIN_DAYS days: an archive imported later is no news), an interpretation
//   an open day (opened for sign-up, not shipped demo content), a draft for comment or a livelihood
//   project (民生实事, not shipped demo content) is published. Edits tell nobody.
// - It reaches every resident subscribed, at delivery time, to one of its interests: its topics, the
//   groups it is meant for (适用对象) and its departments. Someone who unsubscribed is not told.
// - A resident may follow any department that publishes what residents see: a policy proactively
//   disclosed, an open day past its draft, a draft for comment, a project it leads or co-operates on.

export type Publication = z.output<typeof publicationItem.declaration.attributes>;

/** 新市民 is no policy group of the library yet; residents may already ask for it (and drafts can name it). */
export const SUBSCRIPTION_GROUPS = [...TARGET_GROUPS, '新市民'] as const;
export const SUBSCRIPTION_TOPICS = TOPICS;
/** Per kind of interest, so that a change of subscriptions stays one transaction. */
export const MAX_DEPARTMENTS = 10;

const PUBLISHED_WITHIN_DAYS = 30;

export const interestsOf = (what: { topics?: readonly string[]; groups?: readonly string[]; departments?: readonly string[] }) => [
  ...(what.topics ?? []).map((topic) => `TOPIC:${topic}`),
  ...(what.groups ?? []).map((group) => `GROUP:${group}`),
  ...(what.departments ?? []).map((department) => `DEPARTMENT:${department}`),
];

const isNews = (publishedDate: string | null, now: Date) =>
  publishedDate !== null && now.getTime() - new Date(`${publishedDate}T00:00:00+08:00`).getTime() <= PUBLISHED_WITHIN_DAYS * 86_400_000;

/** A policy and its interpretations reach the policy's topics, groups and department. */
const fromPolicy = (policy: StoredPolicy, now: Date) => ({
  department: policy.department,
  interests: interestsOf({ topics: policy.topics, groups: policy.targetGroups, departments: [policy.department] }),
  publishedAt: now.toISOString(),
  deliveredAt: null,
});

export function policyPublication(policy: StoredPolicy, now: Date): Publication | null {
  if (policy.disclosure !== 'PROACTIVE' || !IN_FORCE.includes(policy.validity) || !isNews(policy.publishedDate, now)) return null;
  return {
    publication: `POLICY:${policy.id}`,
    kind: 'POLICY',
    title: policy.title,
    page: `pages/policy/detail/index?id=${policy.id}`,
    ...fromPolicy(policy, now),
  };
}

export function interpretationPublication(policy: StoredPolicy, interpretation: StoredInterpretation, now: Date): Publication | null {
  if (policy.disclosure !== 'PROACTIVE' || !IN_FORCE.includes(policy.validity)) return null;
  return {
    publication: `INTERPRETATION:${interpretation.id}`,
    kind: 'INTERPRETATION',
    title: interpretation.title,
    page: `pages/policy/interpretation/index?policyId=${policy.id}&id=${interpretation.id}`,
    ...fromPolicy(policy, now),
  };
}

export function eventPublication(event: StoredEvent, now: Date): Publication | null {
  if (event.status !== 'OPEN' || event.demo) return null;
  return {
    publication: `EVENT:${event.id}`,
    kind: 'EVENT',
    title: event.title,
    department: event.department,
    // Its theme in the subscriptions' one vocabulary (民生保障 is news for 养老服务 …).
    interests: interestsOf({ topics: topicsOfOpenDayTheme(event.theme), departments: [event.department] }),
    page: `pages/events/detail/index?id=${event.id}`,
    publishedAt: now.toISOString(),
    deliveredAt: null,
  };
}

/** A draft for comment reaches its topics', groups' and department's subscribers when it is first published. */
export function draftPublication(draft: StoredDraft, now: Date): Publication {
  return {
    publication: `DRAFT:${draft.id}`,
    kind: 'DRAFT',
    title: draft.title,
    department: draft.department,
    interests: interestsOf({ topics: draft.topics, groups: draft.targetGroups, departments: [draft.department] }),
    page: `pages/drafts/detail/index?id=${draft.id}`,
    publishedAt: now.toISOString(),
    deliveredAt: null,
  };
}

/** A new livelihood project reaches the subscribers of its lead and co-operating departments. */
export function projectPublication(project: StoredProject, now: Date): Publication | null {
  if (project.demo) return null;
  return {
    publication: `PROJECT:${project.id}`,
    kind: 'PROJECT',
    title: project.title,
    department: project.leadDepartment,
    interests: interestsOf({ departments: publishersOfProject(project) }),
    page: `pages/projects/detail/index?id=${project.id}`,
    publishedAt: now.toISOString(),
    deliveredAt: null,
  };
}

/** How the message names what was published. */
export const KIND_LABELS: Record<Publication['kind'], string> = { POLICY: '新政策', INTERPRETATION: '政策解读', EVENT: '政府开放日', DRAFT: '意见征集', PROJECT: '民生实事' };

/** The departments residents see publishing a policy: its own, when it is proactively disclosed (nobody sees the others). */
export const publishersOfPolicy = (policy: StoredPolicy) => (policy.disclosure === 'PROACTIVE' ? [policy.department] : []);
/** An open day shows its department once it is past its draft. */
export const publishersOfEvent = (event: StoredEvent) => (event.status === 'DRAFT' ? [] : [event.department]);
/** A draft for comment is published when it is stored. */
export const publishersOfDraft = (draft: StoredDraft) => [draft.department];
/** A project shows its lead and co-operating departments. */
export function publishersOfProject(project: StoredProject): string[] {
  return [project.leadDepartment, ...project.cooperatingDepartments];
}

import { governmentDate } from '../core/clock';
import type { StoredDraft } from '../drafts/draft-model';
import type { StoredEvent } from '../events/event-model';
import type { StoredInterpretation, StoredPolicy } from '../policies/policy-model';
import type { StoredProject } from '../projects/project-model';
import type { ServiceChannel, StoredService } from '../ratings/rating-model';
import { sectionIds } from '../policies/section-ids';
import { documentKey, type SearchDocument, type SearchUnit } from './search-model';

// What each feature's content looks like to search: the public text only, cut into the units a
// result can open at. Anything not shown to residents (undisclosed policies, draft or cancelled
// open days) is no document at all (null).

const unit = (text: string, heading = '', section: number | null = null, question = false, sectionId: string | null = null): SearchUnit => ({ heading, text, section, sectionId, question });

/** The text before the first heading (the cover letter, the preamble). */
function preambleOf(policy: StoredPolicy): string {
  const first = policy.sections[0];
  if (!first) return policy.body;
  const at = policy.body.indexOf(first.heading);
  return at < 0 ? '' : policy.body.slice(0, at);
}

export function policyDocument(policy: StoredPolicy): SearchDocument | null {
  if (policy.disclosure !== 'PROACTIVE') return null;
  const ids = sectionIds(policy.sections);
  const preamble = [policy.documentNumber, policy.issuer, preambleOf(policy).trim()].filter(Boolean).join('\n');
  return {
    key: documentKey('POLICY', policy.id),
    kind: 'POLICY',
    id: policy.id,
    policyId: policy.id,
    title: policy.title,
    subtitle: [policy.issuer, policy.documentNumber].filter(Boolean).join(' ') || null,
    date: policy.publishedDate ?? policy.writtenDate,
    repealed: policy.validity === 'REPEALED',
    units: [
      unit(preamble),
      ...policy.sections.map((section, i) => unit(section.text, section.heading, i, false, ids[i])),
      ...policy.tables.map((table) => unit([table.columns.join(' '), ...table.rows.map((row) => row.join(' '))].join('\n'), table.title)),
    ],
  };
}

/** An interpretation is found with its policy's visibility: none when the policy is not public. */
export function interpretationDocument(policy: Pick<StoredPolicy, 'id' | 'disclosure' | 'validity'>, interpretation: StoredInterpretation): SearchDocument | null {
  if (policy.disclosure !== 'PROACTIVE') return null;
  return {
    key: documentKey('INTERPRETATION', interpretation.id),
    kind: 'INTERPRETATION',
    id: interpretation.id,
    policyId: policy.id,
    title: interpretation.title,
    subtitle: interpretation.consultationPhone ? `咨询电话 ${interpretation.consultationPhone}` : null,
    date: interpretation.publishedDate,
    repealed: policy.validity === 'REPEALED',
    units: [unit(interpretation.body), ...interpretation.questions.map((qa) => unit(qa.answer, qa.question, null, true))],
  };
}

/** A draft for comment is found open, closed or answered: its 起草说明, each section, and its 采纳情况 once published. */
export function draftDocument(draft: Pick<StoredDraft, 'id' | 'title' | 'department' | 'explanation' | 'sections' | 'publishedAt' | 'feedback'>): SearchDocument {
  const feedback = draft.feedback ? [draft.feedback.summary ?? '', ...draft.feedback.groups.flatMap((group) => [group.point, group.reason ?? ''])].filter(Boolean).join('\n') : '';
  return {
    key: documentKey('DRAFT', draft.id),
    kind: 'DRAFT',
    id: draft.id,
    policyId: null,
    title: draft.title,
    subtitle: draft.department,
    date: governmentDate(new Date(draft.publishedAt)),
    repealed: false,
    units: [
      unit(draft.explanation, '起草说明'),
      ...draft.sections.map((section) => unit(section.text, section.heading)),
      ...(feedback ? [unit(feedback, '采纳情况')] : []),
    ],
  };
}

export function eventDocument(event: StoredEvent): SearchDocument | null {
  if (event.status === 'DRAFT' || event.status === 'CANCELLED') return null;
  const details = [
    event.theme,
    event.description,
    ...event.agenda.map((item) => item.item),
    ...event.officials.map((official) => official.position),
    event.venue?.address ?? (event.liveUrl ? '线上直播（云开放日）' : ''),
  ].filter(Boolean);
  const summary = event.summary ? [event.summary.raised, ...event.summary.adopted.flatMap((item) => [item.suggestion, item.response])].join('\n') : '';
  return {
    key: documentKey('EVENT', event.id),
    kind: 'EVENT',
    id: event.id,
    policyId: null,
    title: event.title,
    subtitle: event.department,
    date: governmentDate(new Date(event.startsAt)),
    repealed: false,
    units: [unit(details.join('\n')), ...(summary ? [unit(summary, '吸收采纳情况')] : [])],
  };
}

/** What of a project is searched (a project's whole record, or the demo's description of one). */
export type ProjectText = Pick<StoredProject, 'id' | 'year' | 'list' | 'title' | 'summary' | 'leadDepartment' | 'cooperatingDepartments' | 'target' | 'cancellation'> & {
  milestones: ReadonlyArray<{ title: string }>;
};

export function projectDocument(project: ProjectText): SearchDocument {
  return {
    key: documentKey('PROJECT', project.id),
    kind: 'PROJECT',
    id: project.id,
    policyId: null,
    title: project.title,
    subtitle: project.leadDepartment,
    date: `${project.year}-01-01`,
    repealed: false,
    units: [
      unit(
        [project.summary, project.target.text, project.list, ...project.cooperatingDepartments, ...project.milestones.map((m) => m.title), project.cancellation?.reason ?? '']
          .filter(Boolean)
          .join('\n'),
      ),
    ],
  };
}

const CHANNEL_WORDS: Record<ServiceChannel, string> = { WINDOW: '窗口办理', ONLINE: '网上办理', HOTLINE: '电话热线' };

export function serviceDocument(service: Pick<StoredService, 'id' | 'department' | 'name' | 'channel' | 'windows' | 'description'>): SearchDocument {
  const windows = service.windows.map((window) => `${window}号窗口`).join(' ');
  return {
    key: documentKey('SERVICE', service.id),
    kind: 'SERVICE',
    id: service.id,
    policyId: null,
    title: service.name,
    subtitle: service.department,
    date: null,
    repealed: false,
    units: [unit([service.description ?? '', CHANNEL_WORDS[service.channel], windows].filter(Boolean).join('\n'))],
  };
}

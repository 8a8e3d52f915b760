import * as z from 'zod';
import { caseClockAttributes, readClock } from '../core/case-clock';
import { caseStepAttributes } from '../core/case-history';
import { itemType, orNull } from '../core/item-type';
import { CONSULTATION_STATUSES, CONSULTATION_STEP_KINDS } from './consultation-model';

// How 咨询留言 and 高频问答 sit in the table (see core/item-type.ts; docs/table-design.md is generated
// from this): the question, its asker's listing entry and its steps share a partition; a published
// 高频问答 is a copy of its own, masked, without the asker.

export const consultationItem = itemType({
  name: 'consultation (咨询留言)',
  notes:
    '`stage` is OPEN (not answered; `queue` starts with the last day to answer, so overdue is a key range) or DONE (answered, closed or ' +
    "handed to 12345; by the instant of its last change). gsi1 is the handling department's, gsi2 everyone's.",
  attributes: () => z.object({
    id: z.string(),
    residentId: z.string(),
    /** The topic the resident chose, if any. */
    topic: orNull(z.string()),
    /** The department handling it now; the district office for questions that named none. */
    department: z.string(),
    /** Whether the resident named a department (false: 不知道找谁, routed by the district office). */
    departmentChosen: z.boolean(),
    question: z.string(),
    /** The photos the resident added (PhotoStorage keys under consultations/<residentId>/), at most 3; private to the asker and the handling department. Older questions have none. */
    photoKeys: z.array(z.string()).default([]),
    /** The asker agreed that the question, masked, may be published as a 高频问答 once answered. */
    public: z.boolean(),
    /** A number to call back, stored whole, shown masked; read in full only by the department, audited. */
    contactMobile: orNull(z.string()),
    status: z.enum(CONSULTATION_STATUSES),
    /** The reason given when marked complex. */
    complexReason: orNull(z.string()),
    askedAt: z.string(),
    askedOn: z.string(),
    clock: caseClockAttributes,
    answer: orNull(z.object({ text: z.string(), department: z.string(), answeredAt: z.string(), answeredBy: z.string(), onTime: z.boolean() })),
    /** One, or two when 不满意 reopened it. */
    ratings: z.array(z.object({ satisfied: z.boolean(), reason: z.string().nullable(), ratedAt: z.string() })),
    /** The 12345 work order it was handed to. */
    hotlineOrder: orNull(z.string()),
    faqPublishedAt: orNull(z.string()),
    /** The instant of the last change. */
    updatedAt: z.string(),
    /** Counts the writes; each write is conditional on the version it read. */
    version: z.number(),
    demo: z.boolean(),
  }),
  keys: { pk: 'CONSULTATION#{id}', sk: 'CONSULTATION', gsi1pk: 'CONSULTATIONS#{department}#{stage}', gsi1sk: '{queue}', gsi2pk: 'CONSULTATIONS#{stage}', gsi2sk: '{queue}' },
  derive: {
    stage: (c) => (c.status === 'OPEN' ? 'OPEN' : 'DONE'),
    queue: (c) => (c.status === 'OPEN' ? `${readClock(c.clock).due}#${c.id}` : `${c.updatedAt}#${c.id}`),
  },
});

export const consultationAskerEntryItem = itemType({
  name: "consultation's entry in its asker's list",
  notes: "Written once with the question; gsi1 is the signed-in resident's questions, newest last.",
  attributes: () => z.object({ consultationId: z.string(), residentId: z.string(), askedAt: z.string() }),
  keys: { pk: 'CONSULTATION#{consultationId}', sk: 'ASKER', gsi1pk: 'CONSULTATIONS_OF#{residentId}', gsi1sk: '{askedAt}#{consultationId}' },
});

export const consultationStepItem = itemType({
  name: 'consultation step (written once)',
  notes: 'Numbered by the consultation version it was written at.',
  attributes: () => caseStepAttributes(CONSULTATION_STEP_KINDS).extend({ caseId: z.string(), fromDepartment: orNull(z.string()), toDepartment: orNull(z.string()) }),
  keys: { pk: 'CONSULTATION#{caseId}', sk: 'STEP#{sequence:3}' },
});

export const frequentQuestionItem = itemType({
  name: '高频问答 (a published question and answer)',
  notes: 'Masked, without the asker; its id is the consultation\'s. gsi1 is all of them, gsi2 one department\'s, newest first (a topic is a filter).',
  attributes: () => z.object({ id: z.string(), topic: orNull(z.string()), department: z.string(), question: z.string(), answer: z.string(), publishedAt: z.string(), publishedBy: z.string() }),
  keys: { pk: 'FAQ#{id}', sk: 'FAQ', gsi1pk: 'FAQS', gsi1sk: '{publishedAt}#{id}', gsi2pk: 'FAQS#{department}', gsi2sk: '{publishedAt}#{id}' },
});

export const questionPhotoUploadsItem = itemType({
  name: "a resident's question-photo uploads of one day",
  notes: 'Counts requestQuestionPhotoUpload per resident and Beijing day, so one account cannot fill the photo storage. Removed by DynamoDB\'s TTL (`expiresAt`) two days on.',
  attributes: () => z.object({ residentId: z.string(), day: z.string(), uploads: z.number(), expiresAt: z.number() }),
  keys: { pk: 'QUESTION_PHOTOS#{residentId}', sk: 'DAY#{day}' },
});

import * as z from 'zod';
import { caseClockAttributes, readClock } from '../core/case-clock';
import { caseStepAttributes } from '../core/case-history';
import { itemType, orNull } from '../core/item-type';
import { REPLY_GROUNDS, REPLY_KINDS } from './reply-kinds';
import { APPLICANT_KINDS, CLOSE_REASONS, DELIVERY_METHODS, FEE_METHODS, INFORMATION_FORMS, ORGANISATION_KINDS, REQUEST_STATUSES, REQUEST_STEP_KINDS } from './request-model';

// How 依申请公开 sits in the table (see core/item-type.ts; docs/table-design.md is generated from
// this): the application, its applicant's listing entry, the citizen's ID number kept apart, and the
// steps. Everything of one application shares its partition.

const applicant = z.object({
  kind: z.enum(APPLICANT_KINDS),
  /** Organisations only. */
  organisationKind: z.enum(ORGANISATION_KINDS).nullable(),
  /** 姓名, or the organisation's 名称. */
  name: z.string(),
  /** Organisations: 统一社会信用代码 (public data, not personal). */
  organisationCode: z.string().nullable(),
  /** Organisations: the person to contact. */
  contactPerson: z.string().nullable(),
  mobile: z.string(),
  email: z.string().nullable(),
  /** Postal address, for paper delivered by post. */
  address: z.string().nullable(),
});

const feeBand = z.object({ from: z.number(), to: z.number(), unitYuan: z.number(), amountYuan: z.number() });

/** The request's queue in its department's list: its stage, and where it sorts there. */
function queueOf(request: { id: string; status: (typeof REQUEST_STATUSES)[number]; clock: z.output<typeof caseClockAttributes>; receivedAt: string; reply: { repliedAt: string } | null; closedAt: string | null }) {
  if (request.status === 'REPLIED' || request.status === 'CLOSED') return { stage: 'DONE', queue: `${request.reply?.repliedAt ?? request.closedAt}#${request.id}` };
  const due = readClock(request.clock).due;
  // Waiting for the applicant (a correction, a fee): no last day runs.
  return due === null ? { stage: 'WAITING', queue: `${request.receivedAt}#${request.id}` } : { stage: 'OPEN', queue: `${due}#${request.id}` };
}

export const requestItem = itemType({
  name: 'information request (依申请公开)',
  notes:
    '`stage` is OPEN (the clock runs; `queue` starts with the last day to reply, so overdue is a key range), WAITING (the clock stands for ' +
    'the applicant: a correction or a fee; by receipt) or DONE (replied or closed; by that instant). gsi1 is one department\'s, gsi2 ' +
    "everyone's. A citizen's ID number is only masked here; the whole number is the ID-number item.",
  attributes: () => z.object({
    id: z.string(),
    /** The number the applicant quotes (申请编号). */
    reference: z.string(),
    residentId: z.string(),
    /** The department asked, which handles and answers it. */
    department: z.string(),
    applicant,
    /** A citizen's ID number, masked; the whole number is kept apart (idNumberItem). */
    idNumberMasked: orNull(z.string()),
    /** 所需政府信息的名称、文号或者便于查询的其他特征性描述. */
    description: z.string(),
    form: z.enum(INFORMATION_FORMS),
    delivery: z.enum(DELIVERY_METHODS),
    status: z.enum(REQUEST_STATUSES),
    receivedAt: z.string(),
    /** Beijing date of receipt. */
    receivedOn: z.string(),
    clock: caseClockAttributes,
    correction: orNull(
      z.object({
        /** What to correct, said once and completely (一次性告知). */
        items: z.string(),
        requestedAt: z.string(),
        requestedBy: z.string(),
        /** The last day for the applicant to send the corrected application. */
        dueBy: z.string(),
        correctedText: z.string().nullable(),
        correctedAt: z.string().nullable(),
      }),
    ),
    fee: orNull(
      z.object({
        method: z.enum(FEE_METHODS),
        quantity: z.number(),
        earlierItems: z.number(),
        bands: z.array(feeBand),
        totalYuan: z.number(),
        notifiedAt: z.string(),
        /** The last day to pay. */
        payBy: z.string(),
        settlement: z.enum(['PAID', 'WAIVED']).nullable(),
        settledAt: z.string().nullable(),
        settledBy: z.string().nullable(),
      }),
    ),
    reply: orNull(
      z.object({
        kind: z.enum(REPLY_KINDS),
        /** Legal grounds the kind needs (不予公开's basis, 无法提供's and 不予处理's reason). */
        grounds: z.array(z.enum(REPLY_GROUNDS)),
        /** The reasons in the department's words (every reply states reasons). */
        reasons: z.string(),
        /** OTHER_AGENCY: the agency responsible, and how to reach it. */
        otherAgency: z.object({ name: z.string(), contact: z.string().nullable() }).nullable(),
        repliedAt: z.string(),
        repliedBy: z.string(),
        onTime: z.boolean(),
      }),
    ),
    closedReason: orNull(z.enum(CLOSE_REASONS)),
    closedAt: orNull(z.string()),
    /** Counts the writes to the request; each write is conditional on the version it read. */
    version: z.number(),
    demo: z.boolean(),
  }),
  keys: { pk: 'INFO_REQUEST#{id}', sk: 'REQUEST', gsi1pk: 'INFO_REQUESTS#{department}#{stage}', gsi1sk: '{queue}', gsi2pk: 'INFO_REQUESTS#{stage}', gsi2sk: '{queue}' },
  derive: { stage: (request) => queueOf(request).stage, queue: (request) => queueOf(request).queue },
});

export const requestApplicantEntryItem = itemType({
  name: "information request's entry in its applicant's list",
  notes: 'Written once with the request; gsi1 is the signed-in applicant\'s requests by receipt (also how the applicant\'s earlier requests of a month are counted for the 信息处理费).',
  attributes: () => z.object({ requestId: z.string(), residentId: z.string(), receivedAt: z.string() }),
  keys: { pk: 'INFO_REQUEST#{requestId}', sk: 'APPLICANT', gsi1pk: 'INFO_REQUESTS_OF#{residentId}', gsi1sk: '{receivedAt}#{requestId}' },
});

export const idNumberItem = itemType({
  name: "a citizen applicant's ID number (kept apart)",
  notes: 'Never in a list or read with the request: only the handling staff read it, one at a time, and every read is audited.',
  attributes: () => z.object({ requestId: z.string(), idNumber: z.string() }),
  keys: { pk: 'INFO_REQUEST#{requestId}', sk: 'ID_NUMBER' },
});

export const requestStepItem = itemType({
  name: 'information request step (written once)',
  notes: 'Numbered by the request version it was written at, so two staff acting at once cannot both add step n.',
  attributes: () => caseStepAttributes(REQUEST_STEP_KINDS).extend({ caseId: z.string() }),
  keys: { pk: 'INFO_REQUEST#{caseId}', sk: 'STEP#{sequence:3}' },
});

export const publishedReportItem = itemType({
  name: "a finished year's annual report figures (年度报告, public)",
  notes:
    "The district's figures of one year, taken once after it ended (by the scheduled task, or the first public read) with a conditional put " +
    "and never rewritten: nothing done after a year can change its figures. One partition holds every year (a few small items).",
  attributes: () => z.object({
    year: z.number(),
    /** The report's rows as computed: counts only, never anything of an applicant. */
    rows: z.array(z.object({ key: z.string(), label: z.string(), level: z.number(), counts: z.array(z.number()).nullable() })),
    takenAt: z.string(),
  }),
  keys: { pk: 'INFO_REPORTS', sk: 'YEAR#{year}' },
});
export type StoredPublishedReport = z.output<typeof publishedReportItem.declaration.attributes>;

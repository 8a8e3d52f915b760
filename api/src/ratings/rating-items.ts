import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { CASE_STATUSES, RATING_REASONS, SERVICE_CHANNELS } from './rating-model';

// How 好差评 sits in the table: services, ratings, the cases bad ratings open and their steps, and
// the monthly counters the public figures are summed from (see core/item-type.ts;
// docs/table-design.md is generated from this).

export const serviceItem = itemType({
  name: 'rated service',
  notes: 'gsi1 lists every service by department and name; gsi2 the services of one channel.',
  attributes: () => z.object({
    id: z.string(),
    department: z.string(),
    name: z.string(),
    channel: z.enum(SERVICE_CHANNELS),
    windows: z.array(z.string()),
    description: orNull(z.string()),
    demo: z.boolean(),
    /** 停用: no longer rated (its ratings and figures stay). Items written before it existed are in use. */
    disabled: z.boolean().default(false),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  keys: {
    pk: 'SERVICE#{id}',
    sk: 'SERVICE',
    gsi1pk: 'SERVICES',
    gsi1sk: '{department}#{name}#{id}',
    gsi2pk: 'SERVICES#{channel}',
    gsi2sk: '{department}#{name}#{id}',
  },
});

const level = z.enum(SATISFACTION_LEVELS);
/** What a rating and the case it opens both say: whose rating of which service. */
const ratingOf = { id: z.string(), serviceId: z.string(), department: z.string(), residentId: z.string() };

export const ratingItem = itemType({
  name: 'rating',
  notes: 'Its id comes from resident + service + 办件号 (or the day), so a retried rating is stored once; gsi1 is the resident\'s ratings, newest first.',
  attributes: () => z.object({
    ...ratingOf,
    level,
    bad: z.boolean(),
    reasons: z.array(z.enum(RATING_REASONS)),
    comment: orNull(z.string()),
    matterNumber: orNull(z.string()),
    window: orNull(z.string()),
    /** The call-back number, stored whole, shown masked. */
    contactPhone: orNull(z.string()),
    ratedAt: z.string(),
    /** Beijing date of ratedAt; a rating counts in the figures of its month. */
    ratedDate: z.string(),
    /** Hash of what the resident sent: the same again is a retry, anything else a second rating. */
    fingerprint: z.string(),
    demo: z.boolean(),
  }),
  keys: { pk: 'RATING#{id}', sk: 'RATING', gsi1pk: 'RATINGS_OF#{residentId}', gsi1sk: '{ratedAt}#{id}' },
});

const deadline = z.object({ date: z.string(), provisional: z.boolean() });

export const caseItem = itemType({
  name: 'bad-rating case',
  notes:
    '`stage` is OPEN (not yet closed) or DONE. While OPEN, `queue` starts with the deadline of the work due (call-back while OPEN, reply while ' +
    'CALLED_BACK, and reply while OPEN when the rater left no phone number), so ascending order puts the overdue first and "overdue" is a key range (queue < today); replied cases waiting to be closed ' +
    'sort after every date (`~<repliedAt>`). In DONE it is the instant of closing, read newest first. gsi1 is one department\'s cases, gsi2 everyone\'s.',
  attributes: () => z.object({
    /** Its id is the rating's. */
    ...ratingOf,
    status: z.enum(CASE_STATUSES),
    openedAt: z.string(),
    /** The month (YYYY-MM) of the rating, whose figures the case's outcome updates. */
    month: z.string(),
    /** Null when the rater left no phone number: nobody can call, a written reply is due instead. */
    callbackDeadline: orNull(deadline),
    rectifyDeadline: deadline,
    calledBackAt: orNull(z.string()),
    reply: orNull(z.string()),
    outcome: orNull(z.enum(['RECTIFIED', 'EXPLAINED'])),
    repliedAt: orNull(z.string()),
    answeredOnTime: orNull(z.boolean()),
    followUp: orNull(z.object({ level, comment: orNull(z.string()), ratedAt: z.string() })),
    closedAt: orNull(z.string()),
    resolved: z.boolean(),
    appeal: orNull(
      z.object({
        reason: z.string(),
        appealedAt: z.string(),
        appealedBy: z.string(),
        decision: orNull(z.object({ upheld: z.boolean(), note: orNull(z.string()), decidedAt: z.string(), decidedBy: z.string() })),
      }),
    ),
    excluded: z.boolean(),
    /** Counts the writes to the case; each write is conditional on the version it read. */
    version: z.number(),
    demo: z.boolean(),
  }),
  keys: { pk: 'RATING#{id}', sk: 'CASE', gsi1pk: 'RATING_CASES#{department}#{stage}', gsi1sk: '{queue}', gsi2pk: 'RATING_CASES#{stage}', gsi2sk: '{queue}' },
  derive: {
    stage: (c) => (c.status === 'CLOSED' ? 'DONE' : 'OPEN'),
    queue: (c) =>
      c.status === 'CLOSED'
        ? `${c.closedAt}#${c.id}`
        : c.status === 'OPEN'
          ? `${(c.callbackDeadline ?? c.rectifyDeadline).date}#${c.id}`
          : c.status === 'CALLED_BACK'
            ? `${c.rectifyDeadline.date}#${c.id}`
            : `~${c.repliedAt}#${c.id}`,
  },
});

export const caseStepAttributes = z.object({
  kind: z.enum(['OPENED', 'CALLED_BACK', 'REPLIED', 'FOLLOW_UP_RATED', 'APPEALED', 'APPEAL_UPHELD', 'APPEAL_REJECTED', 'CLOSED']),
  at: z.string(),
  /** Staff username, or 'resident'. */
  by: z.string(),
  note: orNull(z.string()),
  outcome: orNull(z.enum(['RECTIFIED', 'EXPLAINED'])),
  level: orNull(level),
});

export const caseStepItem = itemType({
  name: 'case step (written once)',
  notes: 'Numbered by the case version it was written at, so two staff acting at once cannot both add step n.',
  attributes: () => caseStepAttributes.extend({ ratingId: z.string(), sequence: z.number() }),
  keys: { pk: 'RATING#{ratingId}', sk: 'STEP#{sequence:3}' },
});

export const COUNTER_FIELDS = [...SATISFACTION_LEVELS, 'ratings', 'bad', 'answered', 'answeredOnTime', 'resolved', 'excluded'] as const;
const counterAttributes = Object.fromEntries(COUNTER_FIELDS.map((field) => [field, z.number().default(0)])) as Record<(typeof COUNTER_FIELDS)[number], z.ZodDefault<z.ZodNumber>>;
const departmentMonth = () => z.object({ month: z.string(), department: z.string(), ...counterAttributes });
const serviceMonth = () => departmentMonth().extend({ serviceId: z.string() });

export const departmentCountersItem = itemType({
  name: "rating counters of a department's month",
  notes:
    'ADDed to in the same transaction as the rating or the case step they count. Every department\'s months in one partition, so the district\'s figures ' +
    'for a period are one Query (sk from `<first month>#` to `<last month>$`: `$` follows `#`); decision 024 weighs this partition\'s write rate.',
  attributes: departmentMonth,
  keys: { pk: 'RATING_FIGURES', sk: '{month}#{department}' },
});

export const serviceCountersItem = itemType({
  name: "rating counters of a service's month",
  notes: 'The same counters per service, a department\'s services in its own partition: its figures by service for a period are one Query.',
  attributes: serviceMonth,
  keys: { pk: 'RATING_FIGURES#{department}', sk: '{month}#{serviceId}' },
});

// Where the counters were kept before decision 024: a partition per month. The scheduled task
// ratingFiguresMove (rating-figures-move.ts) moves them to the keys above; nothing else reads them.

export const departmentMonthCountersItem = itemType({
  name: "rating counters of a department's month, as kept before decision 024",
  notes: 'Moved by the scheduled task `ratingFiguresMove` into the counters above (ADDed there and deleted here in one transaction); nothing writes them any more.',
  attributes: departmentMonth,
  keys: { pk: 'RATING_FIGURES#{month}', sk: 'DEPARTMENT#{department}' },
});

export const serviceMonthCountersItem = itemType({
  name: "rating counters of a service's month, as kept before decision 024",
  notes: 'Moved like the department\'s.',
  attributes: serviceMonth,
  keys: { pk: 'RATING_FIGURES#{month}', sk: 'SERVICE#{department}#{serviceId}' },
});


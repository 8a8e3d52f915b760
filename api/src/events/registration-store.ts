import { GetCommand, PutCommand, QueryCommand, type TransactWriteCommandInput, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../core/audit';
import { batchGetItems, queryAll, type Dynamo } from '../core/dynamo';
import { badInput, conflict, notFound, UserFacingError } from '../core/errors';
import type { Satisfaction } from '../core/satisfaction';
import { retryConflicts, transactWrite } from '../core/transactions';
import { newCheckInCode } from './check-in-code';
import { drawOrder, newDrawSeed } from './draw';
import { eventFrom, eventKey, OPEN_DAY_WRITES, withoutNulls } from './event-store';
import { registrationIdOf, SEAT_STATUSES, type EventFeedback, type RegistrationStatus, type StoredEvent, type StoredRegistration } from './event-model';

// Registrations and what hangs off them, in the event's partition (see event-store.ts for the event):
//
//   pk EVENT#<id>   sk REG#<residentId>        the registration: one per resident per event, so a
//        gsi1pk RESIDENT_REGS#<residentId>      double tap or a retry finds the first one;
//        gsi1sk <createdAt>#<eventId>           the resident's own list (我的), newest first
//   pk EVENT#<id>   sk CODE#<checkInCode>       makes check-in codes unique per event; finds the
//                                               registration a scanned code belongs to
//   pk EVENT#<id>   sk WAIT#<seq, 8 digits>     one per WAITLISTED registration: the waiting list in
//                                               order, read with strongly consistent Queries
//   pk EVENT#<id>   sk FEEDBACK#<residentId>    the questionnaire, one per attendee
//
// The seats are a counter on the event item, changed only inside the transaction that also writes
// the registration, so the capacity holds whatever the concurrency:
//   FIRST_COME seat:  seatsLeft - 1   if OPEN, in the sign-up window, seatsLeft > 0 and nobody waits
//   waiting list:     waitlistLength + 1 (and a WAIT# item numbered from the atomic counter
//                     waitlistSeq)   if OPEN, in the window, and seatsLeft = 0 or somebody waits
//   DRAW application: applicants + 1   if OPEN, in the window, and no draw has started
// The two FIRST_COME conditions are complementary, so every sign-up lands in exactly one of them, and
// "seatsLeft > 0 ⇒ nobody waits" holds: a freed seat goes to the first waiting, in the same
// transaction as the cancellation, and a newcomer can never take it first.

const regKey = (eventId: string, residentId: string) => ({ pk: eventKey(eventId).pk, sk: `REG#${residentId}` });
const codeKey = (eventId: string, code: string) => ({ pk: eventKey(eventId).pk, sk: `CODE#${code}` });
const waitSk = (seq: number) => `WAIT#${String(seq).padStart(8, '0')}`;
const waitKey = (eventId: string, seq: number) => ({ pk: eventKey(eventId).pk, sk: waitSk(seq) });
const feedbackKey = (eventId: string, residentId: string) => ({ pk: eventKey(eventId).pk, sk: `FEEDBACK#${residentId}` });

/** How often one request re-decides after the data changed under it (each attempt also retries conflicts). */
const MAX_DECISIONS = 10;
/** Draw: registrations updated at once. */
const DRAW_PARALLELISM = 16;

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

const tooBusy = () => new UserFacingError('SERVICE_UNAVAILABLE', '现在办理的人很多，请稍等几秒再试一次。');

export interface RegistrationInputData {
  name: string;
  phone: string;
  questions: string | null;
}

export interface DrawOutcome {
  event: StoredEvent;
  /** Empty unless this call finished the draw (so only one caller notifies). */
  selected: StoredRegistration[];
  waitlisted: StoredRegistration[];
}

export interface RegistrationStore {
  get(eventId: string, residentId: string, consistent?: boolean): Promise<StoredRegistration | null>;
  getMany(keys: ReadonlyArray<{ eventId: string; residentId: string }>): Promise<Map<string, StoredRegistration>>;
  /** Signs up once: a second call for the same resident and event returns the first registration. */
  register(event: StoredEvent, residentId: string, input: RegistrationInputData, now: Date): Promise<{ registration: StoredRegistration; created: boolean }>;
  /** Cancels; a freed seat goes to the first waiting in the same transaction (returned as `promoted`). */
  cancel(registration: StoredRegistration, now: Date): Promise<{ registration: StoredRegistration; promoted: StoredRegistration | null }>;
  /** Gives free seats (after the capacity grew) to the waiting list in order. */
  fillFreeSeats(eventId: string, now: Date): Promise<StoredRegistration[]>;
  listForEvent(eventId: string): Promise<StoredRegistration[]>;
  listForResident(residentId: string): Promise<StoredRegistration[]>;
  /** 1 for the first waiting. */
  waitlistPlace(eventId: string, seq: number): Promise<number>;
  /** DRAW: the reproducible draw once the window has closed; a retried call finishes the same draw. */
  draw(event: StoredEvent, now: Date, audit: AuditEntry): Promise<DrawOutcome>;
  /** Checks a seat holder in; `already` when they had been. Null when no registration has this code. */
  checkIn(event: StoredEvent, code: string, now: Date): Promise<{ registration: StoredRegistration; already: boolean } | null>;
  submitFeedback(registration: StoredRegistration, feedback: EventFeedback): Promise<{ feedback: EventFeedback; created: boolean }>;
  listFeedback(eventId: string): Promise<EventFeedback[]>;
  /** Marks a registration as reminded; false when it had been (or no longer holds a seat). */
  markReminded(registration: StoredRegistration, at: Date): Promise<boolean>;
  unmarkReminded(registration: StoredRegistration): Promise<void>;
  /** Marks a registration as told of the event's cancellation; false when it had been. */
  markCancellationNoticed(registration: StoredRegistration, at: Date): Promise<boolean>;
}

export function registrationFrom(item: Record<string, unknown>): StoredRegistration {
  return {
    id: String(item.id),
    eventId: String(item.eventId),
    residentId: String(item.residentId),
    status: item.status as RegistrationStatus,
    name: String(item.name),
    phone: String(item.phone),
    questions: (item.questions as string | undefined) ?? null,
    checkInCode: String(item.checkInCode),
    waitlistSeq: (item.waitlistSeq as number | undefined) ?? null,
    drawPosition: (item.drawPosition as number | undefined) ?? null,
    createdAt: String(item.createdAt),
    checkedInAt: (item.checkedInAt as string | undefined) ?? null,
    feedbackAt: (item.feedbackAt as string | undefined) ?? null,
  };
}

function feedbackFrom(item: Record<string, unknown>): EventFeedback {
  return {
    satisfaction: item.satisfaction as Satisfaction,
    useful: (item.useful as string | undefined) ?? null,
    suggestions: (item.suggestions as string | undefined) ?? null,
    submittedAt: String(item.submittedAt),
  };
}

/** Why sign-up is refused, in the resident's words; null when it is open. */
function signUpRefusal(event: StoredEvent, now: Date): string | null {
  const at = now.toISOString();
  if (event.status === 'CANCELLED') return '这个开放日已经取消了。';
  if (event.status === 'DRAFT') return '这个开放日还没有发布。';
  if (at < event.signUpOpensAt) return '报名还没有开始，请到时再来。';
  if (event.status === 'CLOSED' || at >= event.signUpClosesAt || event.drawSeed) return '报名已经截止了。';
  return null;
}

function cancelRefusal(event: StoredEvent, now: Date): string | null {
  if (event.status === 'CANCELLED') return '这个开放日已经取消了，不用再取消报名。';
  if (now.toISOString() >= event.startsAt) return '开放日已经开始，不能再取消报名了。';
  if (event.drawSeed && !event.drawnAt) return '正在抽签，请稍后再取消。';
  return null;
}

/** The part of every sign-up condition that says "sign-up is open now". */
const OPEN_NOW = '#status = :open AND signUpOpensAt <= :now AND signUpClosesAt > :now';
/** The part of every cancellation condition that says "cancelling is possible now". */
const CANCELLABLE_NOW = '#status IN (:open, :closed) AND startsAt > :now AND (attribute_not_exists(drawSeed) OR attribute_exists(drawnAt))';

export function createRegistrationStore(dynamo: Dynamo, audit: AuditLog): RegistrationStore {
  const { doc, tableName: TableName } = dynamo;

  async function get(eventId: string, residentId: string, consistent = false) {
    const result = await doc.send(new GetCommand({ TableName, Key: regKey(eventId, residentId), ConsistentRead: consistent }));
    return result.Item ? registrationFrom(result.Item) : null;
  }

  async function getEvent(eventId: string): Promise<StoredEvent> {
    const result = await doc.send(new GetCommand({ TableName, Key: eventKey(eventId), ConsistentRead: true }));
    if (!result.Item) throw notFound('没有找到这个开放日。');
    return eventFrom(result.Item);
  }

  /** The next number of the waiting list, from the atomic counter on the event item. */
  async function nextWaitlistSeq(eventId: string): Promise<number> {
    const result = await retryConflicts(() =>
      doc.send(
        new UpdateCommand({
          TableName,
          Key: eventKey(eventId),
          UpdateExpression: 'ADD waitlistSeq :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      ),
      OPEN_DAY_WRITES,
    );
    if (!result.ok) throw notFound('没有找到这个开放日。');
    return Number(result.value.Attributes?.waitlistSeq);
  }

  async function firstWaiting(eventId: string): Promise<{ residentId: string; seq: number } | null> {
    const page = await doc.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
        ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':wait': 'WAIT#' },
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    const item = page.Items?.[0];
    return item ? { residentId: String(item.residentId), seq: Number(item.seq) } : null;
  }

  /** The transaction items that move the first waiting into a seat. */
  function promotionItems(eventId: string, candidate: { residentId: string; seq: number }, promotedStatus: RegistrationStatus, at: string): TransactItems {
    return [
      {
        Update: {
          TableName,
          Key: regKey(eventId, candidate.residentId),
          UpdateExpression: 'SET #status = :promoted, promotedAt = :at REMOVE waitlistSeq',
          ConditionExpression: '#status = :waitlisted AND waitlistSeq = :seq',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':promoted': promotedStatus, ':at': at, ':waitlisted': 'WAITLISTED', ':seq': candidate.seq },
        },
      },
      { Delete: { TableName, Key: waitKey(eventId, candidate.seq), ConditionExpression: 'attribute_exists(pk)' } },
    ];
  }

  /** Every item of a Query; reads of the event's partition are strongly consistent (an index cannot be). */
  const readAll = (input: { KeyConditionExpression: string; ExpressionAttributeValues: Record<string, unknown>; IndexName?: string; ScanIndexForward?: boolean }) =>
    queryAll(dynamo, { ...input, ConsistentRead: input.IndexName ? undefined : true });

  async function listForEvent(eventId: string) {
    const items = await readAll({ KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)', ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':reg': 'REG#' } });
    return items.map(registrationFrom);
  }

  async function register(event: StoredEvent, residentId: string, input: RegistrationInputData, now: Date) {
    let path: 'seat' | 'wait' | 'apply' = event.selectionMode === 'DRAW' ? 'apply' : event.seatsLeft > 0 && event.waitlistLength === 0 ? 'seat' : 'wait';
    for (let decision = 0; decision < MAX_DECISIONS; decision += 1) {
      const at = now.toISOString();
      const seq = path === 'wait' ? await nextWaitlistSeq(event.id) : null;
      const registration: StoredRegistration = {
        id: registrationIdOf(event.id, residentId),
        eventId: event.id,
        residentId,
        status: path === 'seat' ? 'CONFIRMED' : path === 'wait' ? 'WAITLISTED' : 'APPLIED',
        name: input.name,
        phone: input.phone,
        questions: input.questions,
        checkInCode: newCheckInCode(),
        waitlistSeq: seq,
        drawPosition: null,
        createdAt: at,
        checkedInAt: null,
        feedbackAt: null,
      };
      const seatRule = {
        seat: { update: 'ADD seatsLeft :minusOne', condition: 'seatsLeft > :zero AND waitlistLength = :zero' },
        wait: { update: 'ADD waitlistLength :one', condition: '(seatsLeft <= :zero OR waitlistLength > :zero)' },
        apply: { update: 'ADD applicants :one', condition: 'attribute_not_exists(drawSeed)' },
      }[path];
      const outcome = await transactWrite(doc, {
        TransactItems: [
          {
            Update: {
              TableName,
              Key: eventKey(event.id),
              UpdateExpression: seatRule.update,
              ConditionExpression: `${OPEN_NOW} AND ${seatRule.condition}`,
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':open': 'OPEN',
                ':now': at,
                ...(path === 'seat' ? { ':minusOne': -1, ':zero': 0 } : path === 'wait' ? { ':one': 1, ':zero': 0 } : { ':one': 1 }),
              },
            },
          },
          {
            Put: {
              TableName,
              Item: { ...regKey(event.id, residentId), gsi1pk: `RESIDENT_REGS#${residentId}`, gsi1sk: `${at}#${event.id}`, ...withoutNulls(registration) },
              // A cancelled registration may be replaced by signing up again.
              ConditionExpression: 'attribute_not_exists(pk) OR #status = :cancelled',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':cancelled': 'CANCELLED' },
            },
          },
          { Put: { TableName, Item: { ...codeKey(event.id, registration.checkInCode), residentId }, ConditionExpression: 'attribute_not_exists(pk)' } },
          ...(seq === null ? [] : [{ Put: { TableName, Item: { ...waitKey(event.id, seq), residentId, seq } } }]),
        ],
      }, OPEN_DAY_WRITES);
      if (outcome.ok) return { registration, created: true };
      const [eventRefused, alreadyRegistered] = outcome.failed;
      if (alreadyRegistered) {
        const existing = await get(event.id, residentId, true);
        if (existing && existing.status !== 'CANCELLED') return { registration: existing, created: false };
      } else if (eventRefused && path === 'seat') {
        // Most likely the seats are gone: try the waiting list, whose own condition re-checks the rest.
        path = 'wait';
      } else if (eventRefused) {
        const fresh = await getEvent(event.id);
        const refusal = signUpRefusal(fresh, now);
        if (refusal) throw badInput(refusal);
        if (fresh.selectionMode === 'FIRST_COME') path = fresh.seatsLeft > 0 && fresh.waitlistLength === 0 ? 'seat' : 'wait';
      }
      // Otherwise the check-in code was taken: try again with another.
    }
    throw tooBusy();
  }

  async function cancel(registration: StoredRegistration, now: Date) {
    for (let decision = 0; decision < MAX_DECISIONS; decision += 1) {
      const at = now.toISOString();
      const current = await get(registration.eventId, registration.residentId, true);
      if (!current) throw notFound('没有找到这条报名。');
      if (current.status === 'CANCELLED') return { registration: current, promoted: null };
      const event = await getEvent(current.eventId);
      const refusal = cancelRefusal(event, now);
      if (refusal) throw badInput(refusal);
      const eventValues = { ':open': 'OPEN', ':closed': 'CLOSED', ':now': at };
      const eventUpdate = (update: string, condition: string, values: Record<string, unknown>) => ({
        Update: {
          TableName,
          Key: eventKey(current.eventId),
          UpdateExpression: update,
          ConditionExpression: `${CANCELLABLE_NOW}${condition ? ` AND ${condition}` : ''}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ...eventValues, ...values },
        },
      });
      const cancelItem = {
        Update: {
          TableName,
          Key: regKey(current.eventId, current.residentId),
          UpdateExpression: 'SET #status = :cancelled, cancelledAt = :at REMOVE waitlistSeq',
          ConditionExpression: '#status = :was',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':cancelled': 'CANCELLED', ':at': at, ':was': current.status },
        },
      };
      let candidate: { residentId: string; seq: number } | null = null;
      let items: TransactItems;
      if (SEAT_STATUSES.includes(current.status)) {
        candidate = await firstWaiting(current.eventId);
        items = candidate
          ? [cancelItem, eventUpdate('ADD waitlistLength :minusOne', 'waitlistLength > :zero', { ':minusOne': -1, ':zero': 0 }), ...promotionItems(current.eventId, candidate, event.selectionMode === 'DRAW' ? 'SELECTED' : 'CONFIRMED', at)]
          : [cancelItem, eventUpdate('ADD seatsLeft :one', 'waitlistLength = :zero', { ':one': 1, ':zero': 0 })];
      } else if (current.status === 'WAITLISTED') {
        items = [
          cancelItem,
          eventUpdate('ADD waitlistLength :minusOne', '', { ':minusOne': -1 }),
          { Delete: { TableName, Key: waitKey(current.eventId, current.waitlistSeq ?? 0) } },
        ];
      } else {
        items = [cancelItem, eventUpdate('ADD applicants :minusOne', 'attribute_not_exists(drawSeed)', { ':minusOne': -1 })];
      }
      const outcome = await transactWrite(doc, { TransactItems: items }, OPEN_DAY_WRITES);
      if (outcome.ok) {
        const promoted = candidate ? await get(current.eventId, candidate.residentId, true) : null;
        return { registration: { ...current, status: 'CANCELLED' as const, waitlistSeq: null }, promoted };
      }
      // The registration, the event or the waiting list changed meanwhile: look again and decide again.
    }
    throw tooBusy();
  }

  async function fillFreeSeats(eventId: string, now: Date) {
    const promoted: StoredRegistration[] = [];
    for (let round = 0; round < 10_000; round += 1) {
      const event = await getEvent(eventId);
      if (event.seatsLeft <= 0 || event.waitlistLength <= 0 || cancelRefusal(event, now)) break;
      const candidate = await firstWaiting(eventId);
      if (!candidate) break;
      const at = now.toISOString();
      const outcome = await transactWrite(doc, {
        TransactItems: [
          {
            Update: {
              TableName,
              Key: eventKey(eventId),
              UpdateExpression: 'ADD seatsLeft :minusOne, waitlistLength :minusOne',
              ConditionExpression: `${CANCELLABLE_NOW} AND seatsLeft > :zero AND waitlistLength > :zero`,
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0, ':open': 'OPEN', ':closed': 'CLOSED', ':now': at },
            },
          },
          ...promotionItems(eventId, candidate, event.selectionMode === 'DRAW' ? 'SELECTED' : 'CONFIRMED', at),
        ],
      }, OPEN_DAY_WRITES);
      if (!outcome.ok) continue;
      const registration = await get(eventId, candidate.residentId, true);
      if (registration) promoted.push(registration);
    }
    return promoted;
  }

  async function draw(event: StoredEvent, now: Date, entry: AuditEntry): Promise<DrawOutcome> {
    const at = now.toISOString();
    // Claim the draw: the seed is fixed once, so a retried or concurrent call finishes the same draw.
    const claim = await retryConflicts(() =>
      doc.send(
        new UpdateCommand({
          TableName,
          Key: eventKey(event.id),
          UpdateExpression: 'SET drawSeed = if_not_exists(drawSeed, :seed), drawStartedAt = if_not_exists(drawStartedAt, :now)',
          ConditionExpression: 'selectionMode = :draw AND attribute_not_exists(drawnAt) AND (#status = :closed OR (#status = :open AND signUpClosesAt <= :now))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':seed': newDrawSeed(), ':now': at, ':draw': 'DRAW', ':open': 'OPEN', ':closed': 'CLOSED' },
          ReturnValues: 'ALL_NEW',
        }),
      ),
      OPEN_DAY_WRITES,
    );
    if (!claim.ok) {
      const fresh = await getEvent(event.id);
      if (fresh.drawnAt) throw conflict('这个开放日已经抽过签了。');
      if (fresh.selectionMode !== 'DRAW') throw badInput('这个开放日是先到先得，不用抽签。');
      if (fresh.status === 'CANCELLED' || fresh.status === 'DRAFT') throw badInput(fresh.status === 'DRAFT' ? '开放日还没有发布。' : '开放日已经取消了。');
      throw badInput('报名还没有截止，截止后才能抽签。');
    }
    const claimed = eventFrom(claim.value.Attributes ?? {});
    const seed = String(claimed.drawSeed);
    // No application can be added or withdrawn once the seed is set, so these are the applicants.
    const registrations = await listForEvent(event.id);
    const applicants = registrations.filter((r) => r.status === 'APPLIED' || r.drawPosition !== null);
    const byId = new Map(applicants.map((r) => [r.id, r]));
    const order = drawOrder(seed, [...byId.keys()]);
    const capacity = claimed.capacity;
    const results = order.map((id, index) => {
      const registration = byId.get(id) as StoredRegistration;
      const selected = index < capacity;
      return { ...registration, status: (selected ? 'SELECTED' : 'WAITLISTED') as RegistrationStatus, drawPosition: index + 1, waitlistSeq: selected ? null : index - capacity + 1 };
    });
    let next = 0;
    const apply = async () => {
      while (next < results.length) {
        const result = results[next++] as StoredRegistration;
        if (byId.get(result.id)?.drawPosition !== null) continue; // applied by an earlier attempt
        if (result.waitlistSeq !== null) {
          await retryConflicts(() => doc.send(new PutCommand({ TableName, Item: { ...waitKey(event.id, result.waitlistSeq as number), residentId: result.residentId, seq: result.waitlistSeq } })), OPEN_DAY_WRITES);
        }
        await retryConflicts(() =>
          doc.send(
            new UpdateCommand({
              TableName,
              Key: regKey(event.id, result.residentId),
              UpdateExpression: `SET #status = :status, drawPosition = :position${result.waitlistSeq !== null ? ', waitlistSeq = :seq' : ''}`,
              ConditionExpression: '#status = :applied',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':status': result.status, ':position': result.drawPosition, ':applied': 'APPLIED', ...(result.waitlistSeq !== null ? { ':seq': result.waitlistSeq } : {}) },
            }),
          ),
          OPEN_DAY_WRITES,
        );
      }
    };
    await Promise.all(Array.from({ length: DRAW_PARALLELISM }, apply));
    const selectedCount = Math.min(capacity, results.length);
    const waiting = results.length - selectedCount;
    const finish = await transactWrite(doc, {
      TransactItems: [
        {
          Update: {
            TableName,
            Key: eventKey(event.id),
            UpdateExpression: 'SET drawnAt = :now, drawApplicants = :applicants, drawSelected = :selected, seatsLeft = :seatsLeft, waitlistLength = :waiting, waitlistSeq = :waiting',
            ConditionExpression: 'drawSeed = :seed AND attribute_not_exists(drawnAt) AND #capacity = :capacity',
            ExpressionAttributeNames: { '#capacity': 'capacity' },
            ExpressionAttributeValues: { ':now': at, ':applicants': results.length, ':selected': selectedCount, ':seatsLeft': capacity - selectedCount, ':waiting': waiting, ':seed': seed, ':capacity': capacity },
          },
        },
        { Put: { TableName, Item: audit.item({ ...entry, details: { ...entry.details, seed, applicants: results.length, selected: selectedCount } }) } },
      ],
    }, OPEN_DAY_WRITES);
    const finished = await getEvent(event.id);
    if (!finish.ok) return { event: finished, selected: [], waitlisted: [] };
    return { event: finished, selected: results.filter((r) => r.status === 'SELECTED'), waitlisted: results.filter((r) => r.status === 'WAITLISTED') };
  }

  return {
    get,
    listForEvent,
    register,
    cancel,
    fillFreeSeats,
    draw,
    async getMany(keys) {
      const unique = [...new Map(keys.map((k) => [registrationIdOf(k.eventId, k.residentId), k])).values()];
      const items = await batchGetItems(dynamo, unique.map((k) => regKey(k.eventId, k.residentId)));
      return new Map(items.map((item) => [String(item.id), registrationFrom(item)]));
    },
    async listForResident(residentId) {
      const items = await readAll({ IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :resident', ExpressionAttributeValues: { ':resident': `RESIDENT_REGS#${residentId}` }, ScanIndexForward: false });
      return items.map(registrationFrom);
    },
    async waitlistPlace(eventId, seq) {
      const page = await doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :mine',
          ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':first': 'WAIT#', ':mine': waitSk(seq) },
          ConsistentRead: true,
          Select: 'COUNT',
        }),
      );
      return page.Count ?? 0;
    },
    async checkIn(event, code, now) {
      const found = await doc.send(new GetCommand({ TableName, Key: codeKey(event.id, code), ConsistentRead: true }));
      if (!found.Item) return null;
      const registration = await get(event.id, String(found.Item.residentId), true);
      if (!registration || registration.checkInCode !== code) return null;
      const at = now.toISOString();
      const outcome = await transactWrite(doc, {
        TransactItems: [
          {
            Update: {
              TableName,
              Key: regKey(event.id, registration.residentId),
              UpdateExpression: 'SET checkedInAt = :at',
              ConditionExpression: 'attribute_not_exists(checkedInAt) AND #status IN (:confirmed, :selected) AND checkInCode = :code',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':at': at, ':confirmed': 'CONFIRMED', ':selected': 'SELECTED', ':code': code },
            },
          },
          { Update: { TableName, Key: eventKey(event.id), UpdateExpression: 'ADD checkedIn :one', ExpressionAttributeValues: { ':one': 1 } } },
        ],
      }, OPEN_DAY_WRITES);
      const after = outcome.ok ? { ...registration, checkedInAt: at } : await get(event.id, registration.residentId, true);
      if (!after) return null;
      if (!SEAT_STATUSES.includes(after.status)) {
        throw badInput(after.status === 'CANCELLED' ? '这条报名已经取消，不能签到。' : after.status === 'WAITLISTED' ? '这位还在候补，没有名额，不能签到。' : '这位还没有抽中，不能签到。');
      }
      return { registration: after, already: !outcome.ok };
    },
    async submitFeedback(registration, feedback) {
      const outcome = await transactWrite(doc, {
        TransactItems: [
          { Put: { TableName, Item: { ...feedbackKey(registration.eventId, registration.residentId), ...feedback }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Update: { TableName, Key: regKey(registration.eventId, registration.residentId), UpdateExpression: 'SET feedbackAt = :at', ExpressionAttributeValues: { ':at': feedback.submittedAt } } },
        ],
      }, OPEN_DAY_WRITES);
      if (outcome.ok) return { feedback, created: true };
      const existing = await doc.send(new GetCommand({ TableName, Key: feedbackKey(registration.eventId, registration.residentId), ConsistentRead: true }));
      return { feedback: feedbackFrom(existing.Item ?? {}), created: false };
    },
    async listFeedback(eventId) {
      const items = await readAll({ KeyConditionExpression: 'pk = :pk AND begins_with(sk, :feedback)', ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':feedback': 'FEEDBACK#' } });
      return items.map(feedbackFrom);
    },
    async markReminded(registration, at) {
      const result = await retryConflicts(() =>
        doc.send(
          new UpdateCommand({
            TableName,
            Key: regKey(registration.eventId, registration.residentId),
            UpdateExpression: 'SET remindedAt = :at',
            ConditionExpression: 'attribute_not_exists(remindedAt) AND #status IN (:confirmed, :selected)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':at': at.toISOString(), ':confirmed': 'CONFIRMED', ':selected': 'SELECTED' },
          }),
        ),
        OPEN_DAY_WRITES,
      );
      return result.ok;
    },
    async unmarkReminded(registration) {
      await doc.send(new UpdateCommand({ TableName, Key: regKey(registration.eventId, registration.residentId), UpdateExpression: 'REMOVE remindedAt' }));
    },
    async markCancellationNoticed(registration, at) {
      const result = await retryConflicts(() =>
        doc.send(
          new UpdateCommand({
            TableName,
            Key: regKey(registration.eventId, registration.residentId),
            UpdateExpression: 'SET cancellationNoticedAt = :at',
            ConditionExpression: 'attribute_not_exists(cancellationNoticedAt) AND #status <> :cancelled',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':at': at.toISOString(), ':cancelled': 'CANCELLED' },
          }),
        ),
        OPEN_DAY_WRITES,
      );
      return result.ok;
    },
  };
}

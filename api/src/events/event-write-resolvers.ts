import type { MutationResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, can, departmentFor, residentIdOf } from '../core/authorization';
import { auditEntry, changedFields } from '../core/audit-entry';
import { beijingTime } from '../core/clock';
import { badInput, notFound } from '../core/errors';
import { parseInput, refuseUnmaskedData } from '../core/validation';
import { normalizeCheckInCode } from './check-in-code';
import { staffEvent } from './event-access';
import type { MessageWrites } from '../notifications/inbox-notifier';
import { notifyRegistrant, registrantMessage, SIGN_UP_CANCELLED, SIGN_UP_CANCELLED_NOTE } from './event-notifications';
import { handFreeSeats } from './free-seats';
import { tellEachOwed, tellOwedNotice } from './owed-notices';
import { EVENT_ID, eventIdFor, newEvent, parseRegistrationId, registrationIdOf, type EventDetails, type StoredEvent, type StoredRegistration } from './event-model';
import {
  cancelReasonSchema,
  eventInputSchema,
  feedbackInputSchema,
  registrationInputSchema,
  summaryInputSchema,
  type EventInputData,
} from './event-validation';
import { assertMayAnswerQuestionnaire, checkInRefusal, publishRefusal, secondQuestionnaireRefusal, summaryRefusal } from './open-day-rules';

function detailsFrom(input: EventInputData, signUpOpensAt: string): EventDetails {
  const { department: _department, ...details } = input;
  return { ...details, signUpOpensAt: input.signUpOpensAt ?? signUpOpensAt };
}

function refuseUnmaskedEventText(details: EventDetails) {
  refuseUnmaskedData({
    title: details.title,
    description: details.description,
    agenda: details.agenda.map((a) => a.item).join('\n'),
    venue: details.venue?.address ?? '',
  });
}

/** Tells every registrant still in the event that it was cancelled, each once (a retried cancel tells only those not yet told). */
async function announceCancellation(context: RequestContext, event: StoredEvent) {
  const now = context.now();
  for (const registration of await context.stores.registrations.listForEvent(event.id)) {
    if (registration.status === 'CANCELLED') continue;
    if (!(await context.stores.registrations.markCancellationNoticed(registration, now))) continue;
    await notifyRegistrant(context, 'EVENT_CANCELLED', event, registration, { note: event.cancelReason ?? '活动取消' });
  }
}

export const eventWriteResolvers: { Mutation: MutationResolvers<RequestContext> } = {
  Mutation: {
    async createEvent(_root, args, context) {
      const owner = departmentFor(context.actor, args.input.department?.trim(), context.config.districtOffice);
      authorize(context.actor, 'department.work', { department: owner });
      const input = parseInput(eventInputSchema, args.input);
      const now = context.now().toISOString();
      const details = detailsFrom(input, now);
      refuseUnmaskedEventText(details);
      const id = eventIdFor(owner, details);
      const event = newEvent(id, owner, details, now);
      const result = await context.stores.events.create(event, auditEntry(context.actor, 'event.create', id, { title: event.title }));
      return result.event;
    },
    async updateEvent(_root, args, context) {
      const before = await staffEvent(context, args.id, 'department.work');
      const input = parseInput(eventInputSchema, args.input);
      if (input.department && input.department !== before.department) throw badInput('开放日的主办部门不能更改。', { field: 'department' });
      const details = detailsFrom(input, before.signUpOpensAt);
      refuseUnmaskedEventText(details);
      const changed = changedFields(before, details);
      if (changed.length === 0) return before;
      const event = await context.stores.events.update(before, details, auditEntry(context.actor, 'event.update', before.id, { fields: changed }), context.now());
      if (details.capacity > before.capacity) {
        await handFreeSeats(context, event, context.now());
        return (await context.stores.events.get(event.id, true)) ?? event;
      }
      return event;
    },
    async openEvent(_root, args, context) {
      const before = await staffEvent(context, args.id, 'department.work');
      const refusal = publishRefusal(before, context.now());
      if (refusal) throw refusal;
      return context.stores.events.setStatus(before, 'OPEN', auditEntry(context.actor, 'event.open', before.id), context.now());
    },
    async closeEvent(_root, args, context) {
      const before = await staffEvent(context, args.id, 'department.work');
      return context.stores.events.setStatus(before, 'CLOSED', auditEntry(context.actor, 'event.close', before.id), context.now());
    },
    async cancelEvent(_root, args, context) {
      const before = await staffEvent(context, args.id, 'department.work');
      const reason = parseInput(cancelReasonSchema, args.reason);
      refuseUnmaskedData({ reason });
      const event =
        before.status === 'CANCELLED'
          ? before
          : await context.stores.events.setStatus(before, 'CANCELLED', auditEntry(context.actor, 'event.cancel', before.id, { reason }), context.now(), reason ?? undefined);
      await announceCancellation(context, event);
      return event;
    },
    async drawEvent(_root, args, context) {
      const before = await staffEvent(context, args.eventId, 'department.work');
      const outcome = await context.stores.registrations.draw(before, context.now(), auditEntry(context.actor, 'event.draw', before.id));
      // Each applicant is told of their outcome once: here, or by the sweep should this request stop first.
      await tellEachOwed(context, outcome.event, [...outcome.selected, ...outcome.waitlisted]);
      return outcome.event;
    },
    async registerForEvent(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      // The resident's session is checked by the sign-up's own transaction, not a read before it
      // (issue 17); an answer without that transaction (an error, a double tap) waits for the read.
      return context.session.answer(async () => {
        const input = parseInput(registrationInputSchema, args.input);
        const event = EVENT_ID.test(args.eventId) ? await context.stores.registrations.eventForSignUp(args.eventId) : null;
        if (!event || event.status === 'DRAFT') throw notFound('没有找到这个开放日。');
        const confirmation = (registration: StoredRegistration) => registrantMessage('EVENT_CONFIRMED', event, registration);
        // One request for the whole sign-up: the session's check with the phone remembered, the
        // confirmation in 我的消息 (and the outbox) are written in the seat's transaction (issue 17);
        // WeChat's message and the 亲友帮办 helpers' copies are sent once the seat is taken.
        let told: MessageWrites | undefined;
        const { registration, created } = await context.stores.registrations.register(
          event,
          residentId,
          input,
          context.now(),
          async (registration) => {
            told = registration.status === 'CONFIRMED' ? await context.notifier.writesOf(confirmation(registration)) : undefined;
            return told?.writes ?? [];
          },
          context.session.phoneGuard(residentId, input.phone),
        );
        if (created && told) await told.afterwards();
        return registration;
      });
    },
    async cancelRegistration(_root, args, context) {
      const key = parseRegistrationId(args.id);
      // Someone else's registration, or none at all, is answered the same way: not found.
      authorize(context.actor, 'resident.own', { residentId: key?.residentId ?? '' });
      const registration = key ? await context.stores.registrations.get(key.eventId, key.residentId, true) : null;
      if (!registration) throw notFound('没有找到这条报名。');
      // In the cancellation's transaction: the notice in 我的消息, and the earlier messages about this
      // sign-up (报名成功 with its check-in code …) marked, so none still reads as a seat held.
      let told: MessageWrites | undefined;
      const { registration: cancelled, promoted, cancelledNow } = await context.stores.registrations.cancel(registration, context.now(), async (current, event) => {
        try {
          told = await context.notifier.writesOf(registrantMessage(SIGN_UP_CANCELLED, event, current, { note: '您已取消报名' }));
          const overtaken = await context.stores.inbox.overtakeWrites(current.residentId, { field: 'registrationId', value: current.id }, new Date(current.createdAt), SIGN_UP_CANCELLED_NOTE);
          return [...overtaken, ...told.writes];
        } catch (error) {
          // The resident cancels whatever becomes of the message.
          context.log.warn({ err: error, eventId: event.id }, 'the notice of a cancelled sign-up could not be prepared');
          told = undefined;
          return [];
        }
      });
      if (cancelledNow && told) await told.afterwards();
      if (promoted) {
        const event = await context.stores.events.get(promoted.eventId, true);
        if (event) await tellOwedNotice(context, event, promoted);
      }
      return cancelled;
    },
    async checkIn(_root, args, context) {
      const event = await staffEvent(context, args.eventId, 'department.work');
      const code = normalizeCheckInCode(args.code);
      if (!code) throw badInput('签到码不正确：签到码是 6 位字母和数字。', { field: 'code' });
      const now = context.now();
      const refusal = checkInRefusal(event, now);
      if (refusal) throw refusal;
      const result = await context.stores.registrations.checkIn(event, code, now);
      if (!result) throw notFound('没有找到这个签到码，请核对后再试。');
      const { registration, already } = result;
      // Staff at the door see the full name, to tell that the person is the one who signed up
      // (the form told residents so); the holding department only, and each such read is audited.
      const fullName = can(context.actor, 'personal.readFull', { department: event.department });
      if (fullName) await context.audit.record(auditEntry(context.actor, 'event.checkin.name.read', event.id, { fields: ['name'], registration: registrationIdOf(event.id, registration.residentId) }));
      return {
        registration: fullName ? { ...registration, unmasked: 'name' as const } : registration,
        alreadyCheckedIn: already,
        message: already ? `已经签到过了（${beijingTime(registration.checkedInAt).slice(11)}）。` : '签到成功。',
      };
    },
    async submitEventFeedback(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const input = parseInput(feedbackInputSchema, args.input);
      const event = EVENT_ID.test(args.eventId) ? await context.stores.events.get(args.eventId) : null;
      if (!event || event.status === 'DRAFT') throw notFound('没有找到这个开放日。');
      const registration = await context.stores.registrations.get(event.id, residentId, true);
      const now = context.now();
      assertMayAnswerQuestionnaire(event, registration, now);
      const feedback = { ...input, submittedAt: now.toISOString() };
      const result = await context.stores.registrations.submitFeedback(registration, feedback);
      const second = result.created ? null : secondQuestionnaireRefusal(result.feedback, input);
      if (second) throw second;
      return result.feedback;
    },
    async publishEventSummary(_root, args, context) {
      const before = await staffEvent(context, args.eventId, 'department.work');
      const input = parseInput(summaryInputSchema, args.input);
      const refusal = summaryRefusal(before, context.now());
      if (refusal) throw refusal;
      refuseUnmaskedData({ raised: input.raised, adopted: input.adopted.map((a) => `${a.suggestion}\n${a.response}`).join('\n') });
      const summary = { ...input, publishedAt: context.now().toISOString() };
      return context.stores.events.publishSummary(before, summary, auditEntry(context.actor, 'event.summary', before.id, { items: input.adopted.length }));
    },
  },
};

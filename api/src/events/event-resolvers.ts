import * as z from 'zod';
import { connectionOf } from '../core/items';
import { maskMobile, maskName } from '@govopen/shared';
import type { Resolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, can, residentIdOf, viewerCan } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { plainQrSvg } from '../core/qr-code';
import { satisfactionScore } from '../core/satisfaction';
import { pageArgs, parseInput } from '../core/validation';
import { calendarFile } from './calendar';
import { DRAW_ALGORITHM } from './draw';
import { staffEvent } from './event-access';
import { EVENT_ID, registrationIdOf, SEAT_STATUSES, type StoredEvent, type StoredRegistration } from './event-model';
import { displayStatus, signUpOpen } from './open-day-rules';
import { registrationsCsv } from './registrations-csv';

const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => v || undefined);

const listArgsSchema = z.object({
  ...pageArgs,
  filter: z
    .object({
      theme: optional(20, '主题太长了。'),
      department: optional(60, '部门名称太长了。'),
      month: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/u, '月份要写成 2026-06 这样。')
        .nullish()
        .transform((v) => v ?? undefined),
      past: z.boolean().nullish(),
    })
    .nullish(),
});

const departmentListSchema = z.object({ ...pageArgs, department: optional(60, '部门名称太长了。') });

/** The order staff read registrations in: seats by sign-up time, the waiting list in order, applications, cancellations. */
function staffOrder(registrations: StoredRegistration[]): Array<StoredRegistration & { waitlistPlace: number | null }> {
  const rank = (r: StoredRegistration) => (SEAT_STATUSES.includes(r.status) ? 0 : r.status === 'WAITLISTED' ? 1 : r.status === 'APPLIED' ? 2 : 3);
  const sorted = [...registrations].sort((a, b) => rank(a) - rank(b) || (a.waitlistSeq ?? 0) - (b.waitlistSeq ?? 0) || a.createdAt.localeCompare(b.createdAt));
  let place = 0;
  return sorted.map((r) => ({ ...r, waitlistPlace: r.status === 'WAITLISTED' ? (place += 1) : null }));
}

/** Full registrations for the holding department's staff; the read is recorded before anything is returned. */
async function auditedRegistrations(context: RequestContext, eventId: string, action: 'event.registrations.read' | 'event.registrations.export') {
  const event = await staffEvent(context, eventId, 'personal.readFull');
  const registrations = staffOrder(await context.stores.registrations.listForEvent(event.id));
  await context.audit.record(auditEntry(context.actor, action, event.id, { fields: ['name', 'phone'], registrations: registrations.length }));
  return { event, registrations };
}

const canWorkOn = (context: RequestContext, event: StoredEvent) => can(context.actor, 'department.work', { department: event.department });

export const eventResolvers: Resolvers = {
  Query: {
    async events(_root, args, context) {
      const { first: count, after: cursor, filter } = parseInput(listArgsSchema, args);
      const page = await context.stores.events.list({
        theme: filter?.theme,
        department: filter?.department,
        month: filter?.month,
        past: filter?.past ?? false,
        now: context.now(),
        first: count,
        after: cursor ?? undefined,
      });
      const events = await context.loaders.event.loadMany(page.items.map((item) => item.node));
      const edges = page.items.flatMap(({ cursor: edgeCursor }, index) => {
        const node = events[index];
        return node && !(node instanceof Error) && node.status !== 'DRAFT' ? [{ cursor: edgeCursor, node }] : [];
      });
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
    },
    async event(_root, { id }, context) {
      if (!EVENT_ID.test(id)) return null;
      const event = await context.loaders.event.load(id);
      if (!event || (event.status === 'DRAFT' && !canWorkOn(context, event))) return null;
      return event;
    },
    async myRegistrations(_root, _args, context) {
      return context.stores.registrations.listForResident(residentIdOf(context.actor));
    },
    async departmentEvents(_root, args, context) {
      const input = parseInput(departmentListSchema, args);
      const department = input.department ?? (context.actor.kind === 'staff' ? context.actor.department : undefined);
      authorize(context.actor, 'department.work', { department });
      const page = await context.stores.events.listForDepartment(department as string, input.first, input.after ?? undefined);
      return connectionOf(page);
    },
    async eventRegistrations(_root, { eventId }, context) {
      const { registrations } = await auditedRegistrations(context, eventId, 'event.registrations.read');
      return registrations.map((registration) => ({ ...registration, unmasked: 'name-and-phone' as const }));
    },
    async eventRegistrationsCsv(_root, { eventId }, context) {
      const { registrations } = await auditedRegistrations(context, eventId, 'event.registrations.export');
      return registrationsCsv(registrations);
    },
    async eventFeedback(_root, { eventId }, context) {
      const event = await staffEvent(context, eventId, 'department.work');
      const entries = (await context.stores.registrations.listFeedback(event.id)).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
      const total = entries.reduce((sum, entry) => sum + satisfactionScore(entry.satisfaction), 0);
      return { count: entries.length, averageSatisfaction: entries.length > 0 ? Math.round((total / entries.length) * 100) / 100 : null, entries };
    },
  },
  Event: {
    status: (event, _args, context) => displayStatus(event, context.now()),
    seatsLeft: (event) => Math.max(0, event.seatsLeft),
    online: (event) => event.liveUrl !== null,
    signUpOpen: (event, _args, context) => signUpOpen(event, context.now()),
    draw: (event) =>
      event.drawnAt && event.drawSeed
        ? { seed: event.drawSeed, algorithm: DRAW_ALGORITHM, drawnAt: event.drawnAt, applicants: event.drawApplicants ?? 0, selected: event.drawSelected ?? 0 }
        : null,
    calendarFile: (event) => calendarFile(event),
    async myRegistration(event, _args, context) {
      if (context.actor.kind !== 'resident') return null;
      return context.loaders.registration.load(registrationIdOf(event.id, context.actor.residentId));
    },
    attendance(event, _args, context) {
      if (!canWorkOn(context, event)) return null;
      const drawPending = event.selectionMode === 'DRAW' && !event.drawnAt;
      return {
        confirmed: drawPending ? 0 : event.capacity - event.seatsLeft,
        checkedIn: event.checkedIn,
        waitlisted: event.waitlistLength,
        applied: drawPending ? event.applicants : 0,
      };
    },
    viewerCan: (event, _args, context) => viewerCan(context.actor, event, { manage: 'department.work', readPersonalData: 'personal.readFull' }),
  },
  Resident: {
    registrations: (resident, _args, context) => context.stores.registrations.listForResident(resident.id),
  },
  Registration: {
    async event(registration, _args, context) {
      const event = await context.loaders.event.load(registration.eventId);
      if (!event) throw new Error(`event ${registration.eventId} of registration ${registration.id} is missing`);
      return event;
    },
    checkInCode: (registration) => (SEAT_STATUSES.includes(registration.status) ? registration.checkInCode : null),
    checkInQrSvg: (registration) => (SEAT_STATUSES.includes(registration.status) && registration.checkInCode !== null ? plainQrSvg(registration.checkInCode) : null),
    name: (registration) => (registration.unmasked ? registration.name : maskName(registration.name)),
    phone: (registration) => (registration.unmasked === 'name-and-phone' ? registration.phone : maskMobile(registration.phone)),
    async waitlistPosition(registration, _args, context) {
      if (registration.status !== 'WAITLISTED' || registration.waitlistSeq === null) return null;
      return context.stores.registrations.waitlistPlace(registration.eventId, registration.waitlistSeq);
    },
    feedbackSubmitted: (registration) => registration.feedbackAt !== null,
  },
};

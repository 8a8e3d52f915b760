// Helpers for the open-day tests (imported by *.test.ts only).
import type { TestApi } from '../../../test/support/test-app';
import { createLogger } from '../core/logger';
import type { InboxNotifier } from '../notifications/inbox-notifier';

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** Instants relative to `base`, as staff send them. */
export const at = (base: Date, offsetMs: number) => new Date(base.getTime() + offsetMs).toISOString();

export function eventInput(base: Date, overrides: Record<string, unknown> = {}) {
  return {
    theme: '民生保障',
    title: '养老服务补贴政策开放日',
    description: '介绍高龄津贴和居家养老服务补贴的申请条件与办理流程，现场答疑。',
    agenda: [
      { time: '09:30', item: '参观区养老服务指导中心' },
      { time: '10:30', item: '政策解读与现场答疑' },
    ],
    officials: [{ name: '李明', position: '区民政局副局长' }],
    startsAt: at(base, 10 * DAY),
    endsAt: at(base, 10 * DAY + 3 * HOUR),
    venue: { address: '示例区人民路 1 号区民政局一楼会议室', latitude: 29.0794, longitude: 119.6474 },
    capacity: 3,
    signUpOpensAt: at(base, -DAY),
    signUpClosesAt: at(base, 9 * DAY),
    selectionMode: 'FIRST_COME',
    ...overrides,
  };
}

export const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { id status department } }`;
export const OPEN = `mutation($id: ID!) { openEvent(id: $id) { id status } }`;
export const REGISTER = `mutation($id: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $id, input: $input) { id status checkInCode name phone waitlistPosition createdAt event { id seatsLeft waitlistLength } } }`;
export const CANCEL_REGISTRATION = `mutation($id: ID!) { cancelRegistration(id: $id) { id status } }`;

export interface RegistrationResult {
  id: string;
  status: string;
  checkInCode: string | null;
  name: string;
  phone: string;
  waitlistPosition: number | null;
  createdAt: string;
  event: { id: string; seatsLeft: number; waitlistLength: number };
}

/** Creates and publishes an event as `staffToken`; returns its id. */
export async function openEventFor(api: TestApi, staffToken: string, input: Record<string, unknown>): Promise<string> {
  const created = await api.run<{ createEvent: { id: string } }>(CREATE, { input }, { token: staffToken });
  if (!created.data) throw new Error(`createEvent failed: ${JSON.stringify(created.errors)}`);
  const opened = await api.run(OPEN, { id: created.data.createEvent.id }, { token: staffToken });
  if (opened.errors) throw new Error(`openEvent failed: ${JSON.stringify(opened.errors)}`);
  return created.data.createEvent.id;
}

export const person = (n: number) => ({ name: `王小${'一二三四五六七八九十'[n % 10]}`, phone: `139${String(10_000_000 + n).slice(-8)}`, questions: null });

export async function register(api: TestApi, token: string, eventId: string, input: Record<string, unknown>) {
  return api.run<{ registerForEvent: RegistrationResult }>(REGISTER, { id: eventId, input }, { token });
}

/** The app with a notifier whose messages cannot be written (WeChat or the table refusing), as a request or a sweep meets it; `lines`, what it logged (warn and up). */
export function failingNotices(api: TestApi) {
  const lines: Array<Record<string, unknown>> = [];
  const refuse = () => Promise.reject(new Error('消息服务暂时不可用'));
  const notifier: InboxNotifier = { send: refuse, writesOf: refuse };
  return { context: { ...api.app, notifier, log: createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line)) }) }, lines };
}

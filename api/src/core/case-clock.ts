import * as z from 'zod';
import { GOVERNMENT_TIME_ZONE } from './clock';
import { isOverdue, workingDayCalendar, type WorkingDayCalendar } from './working-days';

// The clock of a case handled "within N working days": 好差评's call-back and reply, a consultation's
// answer, an information request's reply. One model for all of them:
//  - counting starts after the day the case was received (期间开始之日不计算在内); a case received on a
//    day off counts from the next working day;
//  - extensions add working days (who approved which and why is kept with them);
//  - pauses are time not counted (a third party's opinion, a fee notice until it is paid): the working
//    days from the day a pause began up to, not including, the day it ended do not count, and a pause
//    with a limit stops counting against the case after that many working days even if it is still open;
//  - a restart counts the whole allowance again from a new day (an information request's corrected
//    application). Extensions stay; pauses before the restart no longer matter.
// Pure values and functions; the rules of each kind of case (how many extensions, which pauses) are the
// feature's. Dates are Beijing calendar days, YYYY-MM-DD.

/** A stretch of time the clock does not count. */
export const clockPauseAttributes = z.object({
  /** What the case waits for (THIRD_PARTY, FEE …), the feature's word. */
  kind: z.string(),
  /** The day the pause began; it is not counted. */
  from: z.string(),
  /** The day it ended, counted again; null while it lasts. */
  until: z.string().nullable(),
  /** At most this many working days are not counted; null: as long as it lasts. */
  maxWorkingDays: z.number().nullable(),
});

export const clockExtensionAttributes = z.object({
  workingDays: z.number(),
  reason: z.string(),
  /** Who approved it (a name or a staff username). */
  approvedBy: z.string(),
  /** The day it was granted. */
  on: z.string(),
});

/** A clock as a case stores it (item declarations use this schema). */
export const caseClockAttributes = z.object({
  /** The day counting starts after: the day of receipt, or of the restart. */
  countsFrom: z.string(),
  /** Working days allowed before extensions. */
  workingDays: z.number(),
  extensions: z.array(clockExtensionAttributes),
  pauses: z.array(clockPauseAttributes),
});

export type ClockPause = z.output<typeof clockPauseAttributes>;
export type ClockExtension = z.output<typeof clockExtensionAttributes>;
export type CaseClock = z.output<typeof caseClockAttributes>;

export interface ClockReading {
  /**
   * The last day to act. While a pause with a limit is open it is the latest that day can be (as if the
   * pause ran its whole limit); null while a pause without a limit is open.
   */
  due: string | null;
  /** A day counted lies in a year without an official holiday calendar (暂按周一至周五计算). */
  provisional: boolean;
  /** Working days allowed, extensions included. */
  allowedWorkingDays: number;
  /** The open pause, and the last day it can hold the clock (null: no limit). */
  paused: { kind: string; since: string; until: string | null } | null;
}

const checkDays = (days: number, what: string) => {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`${what} must be a whole number of working days, 0 or more: ${days}`);
};

export function startClock(on: string, workingDays: number): CaseClock {
  checkDays(workingDays, 'A clock');
  return { countsFrom: on, workingDays, extensions: [], pauses: [] };
}

export const openPause = (clock: CaseClock): ClockPause | null => clock.pauses.find((pause) => pause.until === null) ?? null;

/** A new pause from `on`; a clock holds one open pause at a time. */
export function pauseClock(clock: CaseClock, pause: { kind: string; on: string; maxWorkingDays: number | null }): CaseClock {
  if (openPause(clock)) throw new RangeError('The clock is already paused');
  if (pause.maxWorkingDays !== null) checkDays(pause.maxWorkingDays, 'A pause');
  if (pause.on < clock.countsFrom) throw new RangeError(`A pause cannot begin (${pause.on}) before the clock starts (${clock.countsFrom})`);
  return { ...clock, pauses: [...clock.pauses, { kind: pause.kind, from: pause.on, until: null, maxWorkingDays: pause.maxWorkingDays }] };
}

/** Ends the open pause on `on`: that day counts again. */
export function resumeClock(clock: CaseClock, on: string): CaseClock {
  const open = openPause(clock);
  if (!open) throw new RangeError('The clock is not paused');
  if (on < open.from) throw new RangeError(`A pause cannot end (${on}) before it began (${open.from})`);
  return { ...clock, pauses: clock.pauses.map((pause) => (pause === open ? { ...pause, until: on } : pause)) };
}

export function extendClock(clock: CaseClock, extension: ClockExtension): CaseClock {
  checkDays(extension.workingDays, 'An extension');
  return { ...clock, extensions: [...clock.extensions, extension] };
}

/** Counting starts again after `on`, with the whole allowance (and the extensions granted so far). */
export function restartClock(clock: CaseClock, on: string): CaseClock {
  if (on < clock.countsFrom) throw new RangeError(`A clock cannot restart (${on}) before it started (${clock.countsFrom})`);
  return { ...clock, countsFrom: on, pauses: [] };
}

export const allowedWorkingDays = (clock: CaseClock) => clock.workingDays + clock.extensions.reduce((sum, e) => sum + e.workingDays, 0);

/** Where the clock stands: the last day to act, counted with China's working days. */
export function readClock(clock: CaseClock, calendar: WorkingDayCalendar = workingDayCalendar()): ClockReading {
  // Each pause as the days it holds: [from, end), end being the day it ended or the day its limit runs
  // out. (A limit in a year without a calendar makes the reading provisional only if it is used, and
  // then the last day lies after it anyway.)
  const held = clock.pauses.map((pause) => {
    const limit = pause.maxWorkingDays === null ? null : calendar.workingDeadline(pause.from, pause.maxWorkingDays);
    const end = pause.until !== null && (limit === null || pause.until < limit.date) ? pause.until : (limit?.date ?? null);
    return { pause, end };
  });
  const open = held.find(({ pause }) => pause.until === null);
  const paused = open ? { kind: open.pause.kind, since: open.pause.from, until: open.end } : null;
  const allowed = allowedWorkingDays(clock);
  if (open && open.end === null) return { due: null, provisional: false, allowedWorkingDays: allowed, paused };
  const notCounted = (date: string) => held.some(({ pause, end }) => date >= pause.from && (end === null || date < end));
  const deadline = calendar.workingDeadline(clock.countsFrom, allowed, GOVERNMENT_TIME_ZONE, notCounted);
  return { due: deadline.date, provisional: deadline.provisional, allowedWorkingDays: allowed, paused };
}

/** Whether the last day to act has ended at `now` (Beijing time). A clock held without limit is not overdue. */
export const clockIsOverdue = (reading: Pick<ClockReading, 'due'>, now: Date) => reading.due !== null && isOverdue(reading.due, now);

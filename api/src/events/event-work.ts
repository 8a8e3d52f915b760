import { governmentDate } from '../core/clock';
import type { WorkCounter } from '../workbench/work-counts';

/** The staff's open-day page in the mini-app (check-in at the door, the department's open days). */
const OPEN_DAYS_PAGE = '/pages/events/checkin/index';

const DAY_MS = 86_400_000;

/** Monday 00:00 of this week and of the next, Beijing time, as instants. */
export function beijingWeek(today: string): { from: Date; to: Date } {
  const noon = new Date(`${today}T12:00:00+08:00`);
  const weekday = (noon.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = governmentDate(new Date(noon.getTime() - weekday * DAY_MS));
  const from = new Date(`${monday}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + 7 * DAY_MS) };
}

/** 本周开放日: the department's published open days this week, with how many signed up for how many seats. */
export const openDayWork: WorkCounter = async (context, { department, today }) => {
  const { from, to } = beijingWeek(today);
  const events = (await context.stores.events.startingBetween(from, to)).filter((event) => department === undefined || event.department === department);
  const signedUp = events.reduce((sum, event) => sum + (event.capacity - event.seatsLeft), 0);
  const seats = events.reduce((sum, event) => sum + event.capacity, 0);
  const waiting = events.reduce((sum, event) => sum + event.waitlistLength, 0);
  const detail = events.length === 0 ? null : `已报名 ${signedUp} 人，共 ${seats} 个名额${waiting > 0 ? `，候补 ${waiting} 人` : ''}`;
  return [{ key: 'openDaysThisWeek', label: '本周开放日', count: events.length, unit: '场', overdue: null, detail, path: OPEN_DAYS_PAGE }];
};

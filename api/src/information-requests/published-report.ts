import type { App } from '../app';
import { governmentDate } from '../core/clock';
import type { ReportRow } from './annual-report';
import type { StoredPublishedReport } from './request-items';
import type { InformationRequestStore } from './request-store';

// The annual report figures for everyone (a 政府信息公开工作年度报告 is public): the district's totals of a
// finished year, computed once by the staff's computation and kept, so a resident's view is one read
// rather than a year of applications. A finished year's figures never change (what happens later counts
// in later years), so they are taken once and never rewritten.

/**
 * A year's figures are final an hour after it ends in Beijing: a reply written in its last seconds has
 * reached the lists (the indexes the figures read) by then.
 */
const SETTLING_MS = 60 * 60_000;

/** The last year whose figures are final at `now`. */
export const lastFinishedYear = (now: Date): number => Number(governmentDate(new Date(now.getTime() - SETTLING_MS)).slice(0, 4)) - 1;

/** Whether the figures count any application (received, or carried in): a year before the platform has nothing to show. */
export const hasApplications = (report: { rows: readonly ReportRow[] }): boolean =>
  report.rows.some((row) => (row.key === 'RECEIVED' || row.key === 'CARRIED_IN') && (row.counts?.at(-1) ?? 0) > 0);

/**
 * A finished year's district figures: those kept, or taken now and kept. Two taking them at once
 * compute the same figures; the conditional put keeps the first.
 */
export async function yearFigures(store: InformationRequestStore, year: number, now: Date): Promise<{ report: StoredPublishedReport; taken: boolean }> {
  const kept = await store.publishedReport(year);
  if (kept) return { report: kept, taken: false };
  const { figuresOf } = await import('./annual-report');
  const report = { ...(await figuresOf(store, year)), takenAt: now.toISOString() };
  return { report, taken: await store.publishReport(report) };
}

/** Scheduled: takes the last finished year's figures once they are final, so residents find that year listed; 1 when it took them. */
export async function takeLastYearsFigures(app: App): Promise<number> {
  const now = app.now();
  return (await yearFigures(app.stores.informationRequests, lastFinishedYear(now), now)).taken ? 1 : 0;
}

import type { App } from '../app';
import { allPages } from '../core/all-pages';
import { governmentDate } from '../core/clock';
import { lapseCorrection, lapseFee } from './request-flow';

/**
 * 视为放弃申请: every application whose 补正 or 信息处理费 was not sent by its day is closed, with the
 * step that says why. A scheduled task (hourly locally, EventBridge on AWS); a request changed in the
 * meantime (corrected, paid) is not written over, so running it again or alongside staff is safe.
 * Answers how many applications lapsed.
 */
export async function lapseOverdueApplications(app: App): Promise<number> {
  const now = app.now();
  const store = app.stores.informationRequests;
  // WAITING: every department's applications whose clock stands for the applicant (a 补正, a fee).
  const waiting = await allPages((page) => store.listQueue({ stage: 'WAITING', today: governmentDate(now) }, page));
  let lapsed = 0;
  for (const request of waiting) {
    const change = lapseCorrection(request, now) ?? lapseFee(request, now);
    if (change && (await store.change(change))) lapsed += 1;
  }
  return lapsed;
}

import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import type { ConflictRetry } from '../core/transactions';
import { checkInCodeItem, eventItem, eventListEntryItem, feedbackItem, registrationItem, waitingPlaceItem } from './event-items';

// The open days' items bound to the app's table, shared by the event store and the registration
// modules (sign-up, seat handover, draw, check-in, questionnaire, notice markers).

/** Writes on an open day (its seat counter while hundreds sign up at once) meet conflicts; they are tried again this often. */
export const OPEN_DAY_WRITES: Readonly<ConflictRetry> = Object.freeze({ attempts: 14, baseMs: 10, maxMs: 1000, busyMessage: '现在办理的人很多，请稍等几秒再试一次。' });

export function openDayTable(dynamo: Dynamo) {
  return {
    dynamo,
    ...itemsOf(dynamo, {
      events: eventItem,
      listEntries: eventListEntryItem,
      registrations: registrationItem,
      codes: checkInCodeItem,
      waitingPlaces: waitingPlaceItem,
      questionnaires: feedbackItem,
    }),
  };
}

export type OpenDayTable = ReturnType<typeof openDayTable>;

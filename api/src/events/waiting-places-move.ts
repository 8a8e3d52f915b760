import type { App } from '../app';
import { itemsOf } from '../core/items';
import { runMoveUntilSettled } from '../core/settling-move';
import { transact, writeOne } from '../core/transactions';
import { eventListEntryItem, registrationItem } from './event-items';
import { openDayTable, OPEN_DAY_WRITES } from './open-day-table';

// Decision 027: the waiting list is the registrations' own index (gsi2, while WAITLISTED) instead of
// an item per place. This scheduled task (hourly locally, EventBridge on AWS; run it right after the
// deploy, docs/deploy.md) puts the waiters stored before on that index:
//  - each place's registration gets its index keys and the place is deleted, in one transaction, on
//    condition that the registration still waits with that number: one promoted or cancelled
//    meanwhile by the release before (which deleted its place in the same transaction) is not there
//    to move, and a moved place is gone, so running again, or two runs at once, moves nothing twice;
//  - a place whose registration does not wait with its number (a draw the release before left half
//    done: its run again by this release puts the waiters on the index itself) is deleted alone;
//  - it reads each published open day's places (a Query each, the list of all open days first), not
//    the whole table; finished as core/settling-move.ts says.

/** Puts the waiting-list places kept before decision 027 on their registrations; answers how many it moved. */
export async function moveWaitingPlaces(app: Pick<App, 'dynamo' | 'now'>): Promise<number> {
  const table = openDayTable(app.dynamo);
  const { entries } = itemsOf(app.dynamo, { entries: eventListEntryItem });
  return runMoveUntilSettled(app, 'WAITING_PLACES', async () => {
    let found = 0;
    let moved = 0;
    for (const { id: eventId } of await entries.query({ index: 'gsi1', where: { facet: 'ALL' } })) {
      for (const place of await table.waitingPlaces.query({ where: { eventId }, consistent: true })) {
        found += 1;
        const { seq, residentId } = place;
        const registration = await table.registrations.get({ eventId, residentId }, true);
        const remove = table.waitingPlaces.remove({ eventId, seq }, { if: 'attribute_exists(pk)' });
        if (registration?.status !== 'WAITLISTED' || registration.waitlistSeq !== seq) {
          await writeOne(app.dynamo, remove, OPEN_DAY_WRITES);
          continue;
        }
        const index = registrationItem.indexUpdate(registration, 'gsi2');
        const put = table.registrations.update({ eventId, residentId }, `SET ${index.set.join(', ')}`, {
          if: '#status = :waitlisted AND waitlistSeq = :seq',
          values: { ':waitlisted': 'WAITLISTED', ':seq': seq, ...index.values },
        });
        if ((await transact(app.dynamo, [put, remove], OPEN_DAY_WRITES)).ok) moved += 1;
      }
    }
    return { found, moved };
  });
}

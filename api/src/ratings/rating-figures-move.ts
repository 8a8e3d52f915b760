import type { App } from '../app';
import { governmentDate } from '../core/clock';
import { itemsOf, type Condition } from '../core/items';
import { runMoveUntilSettled } from '../core/settling-move';
import { transact, type Write } from '../core/transactions';
import { COUNTER_FIELDS, departmentCountersItem, departmentMonthCountersItem, serviceCountersItem, serviceMonthCountersItem } from './rating-items';
import { monthsThrough } from './rating-figures';
import { counterAdds, RATING_WRITES, type Counters } from './rating-store';

// Decision 024: the rating counters moved from a partition per month to keys a period is one Query
// of. This scheduled task (hourly locally, EventBridge on AWS; no deploy step) moves the counters
// stored before into their new keys:
//  - each old item is ADDed into its new key and deleted, in one transaction, the delete on condition
//    that the item still holds what was read: a rating counted meanwhile by the release before makes
//    the move fail (the next run moves the item as it is then), and a moved item is gone, so running
//    again, or two runs at once, never counts anything twice;
//  - ratings arriving meanwhile ADD to the same new keys: additions in any order give the same sums;
//  - it reads the old partitions month by month (a Query each), not the whole table; finished as
//    core/settling-move.ts says.

/** No GovOpen rating is older: 好差评 began with 国办发〔2019〕51号, in December 2019. */
const FIRST_MONTH = '2019-12';

/** The counters are as read: a counter read as 0 may be stored as absent. */
function unchanged(counters: Counters): Condition {
  const clauses = COUNTER_FIELDS.map((field, i) => (counters[field] === 0 ? `(attribute_not_exists(#${field}) OR #${field} = :zero)` : `#${field} = :was${i}`));
  const values = Object.fromEntries(COUNTER_FIELDS.flatMap((field, i) => (counters[field] === 0 ? [] : [[`:was${i}`, counters[field]]])));
  return { if: ['attribute_exists(pk)', ...clauses].join(' AND '), values: { ':zero': 0, ...values } };
}

/** Moves the rating counters kept before decision 024 into their new keys; answers how many it moved. */
export async function moveRatingFigures(app: Pick<App, 'dynamo' | 'now'>): Promise<number> {
  const { oldDepartments, oldServices, departments, services } = itemsOf(app.dynamo, {
    oldDepartments: departmentMonthCountersItem,
    oldServices: serviceMonthCountersItem,
    departments: departmentCountersItem,
    services: serviceCountersItem,
  });
  return runMoveUntilSettled(app, 'RATING_FIGURES', async () => {
    let found = 0;
    let moved = 0;
    for (const month of monthsThrough(FIRST_MONTH, governmentDate(app.now()).slice(0, 7))) {
      for (const item of await oldDepartments.readRange({ where: { month } })) {
        const move = departmentMonthCountersItem.is(item) ? moveDepartment(item) : serviceMonthCountersItem.is(item) ? moveService(item) : null;
        if (!move) continue;
        found += 1;
        if ((await transact(app.dynamo, move, RATING_WRITES)).ok) moved += 1;
      }
    }
    return { found, moved };
  });

  /** Sets the new item's key parts and ADDs the counters to it. */
  function addTo(counters: Counters, set: Record<string, string>) {
    const adds = counterAdds(counters);
    const names = Object.keys(set);
    return {
      expression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}${adds ? ` ${adds.expression}` : ''}`,
      condition: { values: { ...Object.fromEntries(names.map((name) => [`:${name}`, set[name]])), ...adds?.values } },
    };
  }

  function moveDepartment(item: Record<string, unknown>): Write[] {
    const old = departmentMonthCountersItem.decode(item);
    const { expression, condition } = addTo(old, { month: old.month, department: old.department });
    return [departments.update({ month: old.month, department: old.department }, expression, condition), oldDepartments.remove({ month: old.month, department: old.department }, unchanged(old))];
  }

  function moveService(item: Record<string, unknown>): Write[] {
    const old = serviceMonthCountersItem.decode(item);
    const key = { month: old.month, department: old.department, serviceId: old.serviceId };
    const { expression, condition } = addTo(old, key);
    return [services.update(key, expression, condition), oldServices.remove(key, unchanged(old))];
  }
}

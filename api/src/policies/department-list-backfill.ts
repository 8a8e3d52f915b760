import type { App } from '../app';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne } from '../core/transactions';
import { policyBackfillItem, policyItem, policyListEntryItem } from './policy-items';
import { departmentFacet, policyListing } from './policy-listing';
import type { StoredPolicy } from './policy-model';
import { listEntryOf } from './policy-store';

// 本部门的政策 reads a department's own list (DEPT# entries), which saving a policy has written only
// since that list existed: a policy published before has none, so its department's list missed it.
// This one-off pass gives every such policy its entries. It is a scheduled task (hourly locally,
// EventBridge on AWS), so it needs no separate deploy step:
//  - idempotent: an entry is only put where none is (attribute_not_exists), and only while the policy
//    is the version read (a policy saved meanwhile got its entries from that save);
//  - resumable: the Scan's cursor is kept after each page, so a run cut short (Lambda timeout, a
//    failure) goes on from there; once the whole table was read, a run reads one item and stops.
// Department entries are counted in no facet counter (countedEntry), so no counter moves.

const TASK = 'DEPT_LISTS';

export interface BackfillLimits {
  /** Items a Scan page reads (DynamoDB's Limit: items read, of every type, not policies found). */
  pageSize: number;
  /** Pages a run reads at most, to stay well within one scheduled invocation. */
  pages: number;
}

const RUN_LIMITS: BackfillLimits = { pageSize: 500, pages: 20 };

/** Gives policies saved before department lists existed their DEPT# entries; answers how many it filled. */
export async function backfillDepartmentLists(app: Pick<App, 'dynamo' | 'now'>, limits: BackfillLimits = RUN_LIMITS): Promise<number> {
  const { policies, entries, progress } = itemsOf(app.dynamo, { policies: policyItem, entries: policyListEntryItem, progress: policyBackfillItem });
  const start = await progress.get({ task: TASK }, true);
  if (start?.done) return 0;
  let after = start?.after ?? undefined;
  let filled = 0;
  for (let read = 0; read < limits.pages; read += 1) {
    const page = await policies.scanPage({ after, limit: limits.pageSize });
    for (const policy of page.items) if (await fillOne(policy)) filled += 1;
    const total = (start?.filled ?? 0) + filled;
    const moved = await writeOne(
      app.dynamo,
      progress.put(
        { task: TASK, after: page.next ?? null, done: page.next === undefined, filled: total, updatedAt: app.now().toISOString() },
        // The first page: no run has started (nor finished, which leaves no `after` either).
        after === undefined ? { if: 'attribute_not_exists(pk)' } : { if: '#after = :after', values: { ':after': after } },
      ),
      ORDINARY_WRITES,
    );
    // Another run moved on meanwhile: it carries on from further along.
    if (!moved.ok || page.next === undefined) break;
    after = page.next;
  }
  return filled;

  /** Puts the policy's missing department entries; false when it had them all or changed meanwhile. */
  async function fillOne(policy: StoredPolicy): Promise<boolean> {
    const wanted = policyListing(policy).filter((entry) => entry.facet === departmentFacet(policy.department));
    const present = new Set((await entries.getMany(wanted.map(({ bucket, facet }) => ({ id: policy.id, bucket, facet })))).map((entry) => entry.bucket));
    const missing = wanted.filter((entry) => !present.has(entry.bucket));
    if (missing.length === 0) return false;
    const outcome = await transact(
      app.dynamo,
      [
        policies.check({ id: policy.id }, { if: '#version = :version', values: { ':version': policy.version } }),
        ...missing.map((entry) => entries.put(listEntryOf(policy, entry), { if: 'attribute_not_exists(pk)' })),
      ],
      ORDINARY_WRITES,
    );
    return outcome.ok;
  }
}

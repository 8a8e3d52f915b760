import type { App } from '../app';
import { itemsOf } from '../core/items';
import { runResumablePass, stepOver, type PassLimits } from '../core/resumable-pass';
import { ORDINARY_WRITES, transact } from '../core/transactions';
import { policyItem, policyListEntryItem } from './policy-items';
import { departmentFacet, policyListing } from './policy-listing';
import type { StoredPolicy } from './policy-model';
import { listEntryOf } from './policy-store';

// 本部门的政策 reads a department's own list (DEPT# entries), which saving a policy has written only
// since that list existed: a policy published before has none, so its department's list missed it.
// This one-off pass gives every such policy its entries. It is a scheduled task (hourly locally,
// EventBridge on AWS), so it needs no separate deploy step:
//  - idempotent: an entry is only put where none is (attribute_not_exists), and only while the policy
//    is the version read (a policy saved meanwhile got its entries from that save);
//  - resumable (core/resumable-pass.ts): a run cut short goes on from the last page it finished.
// Department entries are counted in no facet counter (countedEntry), so no counter moves.

/** Gives policies saved before department lists existed their DEPT# entries; answers how many it filled. */
export async function backfillDepartmentLists(app: Pick<App, 'dynamo' | 'now'>, limits?: PassLimits): Promise<number> {
  const { policies, entries } = itemsOf(app.dynamo, { policies: policyItem, entries: policyListEntryItem });
  const filling = async (page: StoredPolicy[]) => {
    let filled = 0;
    for (const policy of page) if (await fillOne(policy)) filled += 1;
    return filled;
  };
  return runResumablePass(app, 'DEPARTMENT_LISTS', [stepOver(policies.scanPage, filling)], limits);

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

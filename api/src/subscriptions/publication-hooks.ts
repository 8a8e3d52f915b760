import type { CoreParts } from '../core/context';
import { withMethods } from '../core/lazy-load';
import type { DraftStore } from '../drafts/draft-store';
import type { EventStore } from '../events/event-store';
import type { PolicyStore } from '../policies/policy-store';
import type { SubscriptionStore } from './subscription-store';
import type { Publication } from './subscription-rules';

type Rules = typeof import('./subscription-rules');

// Subscribers hear of what is published whoever publishes it (the API, the demo loader), as search
// indexes it: by following the stores' writes, without the publishing features knowing. A write
// here records the publication once (one conditional put: cheap, and an edit finds it recorded);
// telling the subscribers is the scheduled delivery's (subscription-delivery.ts), so publishing
// stays as fast as it was and is never half-done. A failure to record is logged, never undoes the publishing.

interface FollowedStores {
  policies: PolicyStore;
  events: EventStore;
  drafts: DraftStore;
  subscriptions: SubscriptionStore;
}

export function withPublications<T extends FollowedStores>(stores: T, { log, now }: Pick<CoreParts, 'log' | 'now'>): T {
  /** The rules are imported with the first publication: off the cold start. */
  const record = async (publicationOf: (rules: Rules) => Publication | null) => {
    let publication: Publication | null = null;
    try {
      publication = publicationOf(await import('./subscription-rules'));
      if (publication) await stores.subscriptions.recordPublication(publication);
    } catch (error) {
      log.error({ err: error, publication: publication?.publication }, 'a publication was not recorded for its subscribers');
    }
  };
  const policies = withMethods<PolicyStore>(stores.policies, {
    async save(request) {
      const result = await stores.policies.save(request);
      if (result.outcome === 'created') await record((rules) => rules.policyPublication(result.policy, now()));
      return result;
    },
    async addInterpretation(policyId, interpretation, audit) {
      const stored = await stores.policies.addInterpretation(policyId, interpretation, audit);
      const owner = (await stores.policies.getMany([policyId])).get(policyId);
      if (owner) await record((rules) => rules.interpretationPublication(owner, stored, now()));
      return stored;
    },
  });
  const events = withMethods<EventStore>(stores.events, {
    async create(created, audit) {
      const result = await stores.events.create(created, audit);
      await record((rules) => rules.eventPublication(result.event, now()));
      return result;
    },
    async setStatus(before, status, audit, at, cancelReason) {
      const saved = await stores.events.setStatus(before, status, audit, at, cancelReason);
      await record((rules) => rules.eventPublication(saved, now()));
      return saved;
    },
  });
  const drafts = withMethods<DraftStore>(stores.drafts, {
    async publish(draft, audit) {
      const result = await stores.drafts.publish(draft, audit);
      if (result.created) await record((rules) => rules.draftPublication(result.draft, now()));
      return result;
    },
  });
  return { ...stores, policies, events, drafts };
}

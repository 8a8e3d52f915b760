import type { CoreParts } from '../core/context';
import { withMethods } from '../core/lazy-load';
import type { DraftStore } from '../drafts/draft-store';
import type { EventStore } from '../events/event-store';
import type { PolicyStore } from '../policies/policy-store';
import type { ProjectStore } from '../projects/project-store';
import type { SubscriptionStore } from './subscription-store';
import type { Publication } from './subscription-rules';

type Rules = typeof import('./subscription-rules');

// Subscribers hear of what is published whoever publishes it (the API, the demo loader), as search
// indexes it: by following the stores' writes, without the publishing features knowing. A write
// here records the publication once (one conditional put: cheap, and an edit finds it recorded) and
// the departments it shows residents (followable in 订阅设置; a put per department and process);
// telling the subscribers is the scheduled delivery's (subscription-delivery.ts), so publishing
// stays as fast as it was and is never half-done. A failure to record is logged, never undoes the publishing.

interface FollowedStores {
  policies: PolicyStore;
  events: EventStore;
  drafts: DraftStore;
  projects: ProjectStore;
  subscriptions: SubscriptionStore;
}

/** What one write published: the news for subscribers (null: none) and the departments it shows. */
type Published = (rules: Rules) => { publication: Publication | null; publishers: string[] };

export function withPublications<T extends FollowedStores>(stores: T, { log, now }: Pick<CoreParts, 'log' | 'now'>): T {
  /** The rules are imported with the first publication: off the cold start. */
  const record = async (published: Published) => {
    let publication: Publication | null = null;
    try {
      const found = published(await import('./subscription-rules'));
      publication = found.publication;
      await stores.subscriptions.recordPublishers(found.publishers);
      if (publication) await stores.subscriptions.recordPublication(publication);
    } catch (error) {
      log.error({ err: error, publication: publication?.publication }, 'a publication was not recorded for its subscribers');
    }
  };
  const policies = withMethods<PolicyStore>(stores.policies, {
    async save(request) {
      const result = await stores.policies.save(request);
      if (result.outcome !== 'unchanged') {
        await record((rules) => ({
          publication: result.outcome === 'created' ? rules.policyPublication(result.policy, now()) : null,
          publishers: rules.publishersOfPolicy(result.policy),
        }));
      }
      return result;
    },
    async addInterpretation(policyId, interpretation, audit) {
      const stored = await stores.policies.addInterpretation(policyId, interpretation, audit);
      const owner = (await stores.policies.getMany([policyId])).get(policyId);
      if (owner) await record((rules) => ({ publication: rules.interpretationPublication(owner, stored, now()), publishers: [] }));
      return stored;
    },
  });
  const events = withMethods<EventStore>(stores.events, {
    async create(created, audit) {
      const result = await stores.events.create(created, audit);
      await record((rules) => ({ publication: rules.eventPublication(result.event, now()), publishers: rules.publishersOfEvent(result.event) }));
      return result;
    },
    async setStatus(before, status, audit, at, cancelReason) {
      const saved = await stores.events.setStatus(before, status, audit, at, cancelReason);
      await record((rules) => ({ publication: rules.eventPublication(saved, now()), publishers: rules.publishersOfEvent(saved) }));
      return saved;
    },
  });
  const drafts = withMethods<DraftStore>(stores.drafts, {
    async publish(draft, audit) {
      const result = await stores.drafts.publish(draft, audit);
      if (result.created) await record((rules) => ({ publication: rules.draftPublication(result.draft, now()), publishers: rules.publishersOfDraft(result.draft) }));
      return result;
    },
  });
  const projects = withMethods<ProjectStore>(stores.projects, {
    async create(project, audit) {
      const result = await stores.projects.create(project, audit);
      if (result.created) await record((rules) => ({ publication: rules.projectPublication(result.project, now()), publishers: rules.publishersOfProject(result.project) }));
      return result;
    },
    async edit(request) {
      const edited = await stores.projects.edit(request);
      // A co-operating department added later shows on the project too.
      if (edited) await record((rules) => ({ publication: null, publishers: rules.publishersOfProject(request.after) }));
      return edited;
    },
  });
  return { ...stores, policies, events, drafts, projects };
}

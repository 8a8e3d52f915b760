import { VALIDITIES } from '@govopen/shared';
import type { CoreParts } from '../core/context';
import { allPages } from '../core/all-pages';
import { withMethods } from '../core/lazy-load';
import type { DraftStore } from '../drafts/draft-store';
import type { EventStore } from '../events/event-store';
import type { StoredEvent } from '../events/event-model';
import type { PolicyStore } from '../policies/policy-store';
import type { StoredPolicy } from '../policies/policy-model';
import type { ProjectStore } from '../projects/project-store';
import type { RatingStore } from '../ratings/rating-store';
import { draftDocument, eventDocument, interpretationDocument, policyDocument, projectDocument, serviceDocument } from './search-documents';
import { documentKey, type SearchDocument } from './search-model';
import type { SearchService } from './search-service';

// Keeps the index current: every store write that changes what residents read (publishing,
// updating and repealing a policy, an interpretation, an open day opened, changed or cancelled, a
// project and its milestones, a service, a draft for comment and its 采纳情况) is followed by the search document it makes — whatever
// called the store: the API, the importer, the demo loader. A failed index write is logged and does
// not undo the change residents asked for; the document is indexed again with its next change.

/**
 * The search documents of everything residents can read, from the stores: for a library that
 * existed before search did (its first process finds no snapshot and nothing logged).
 */
async function documentsOfEverything(stores: IndexedStores, now: Date): Promise<SearchDocument[]> {
  const documents: Array<SearchDocument | null> = [];
  const policies = await allPages(({ first, after }) => stores.policies.list({ validity: [...VALIDITIES], terms: [], first, after }));
  for (const { id } of policies) {
    const found = await stores.policies.getWithInterpretations(id);
    if (!found) continue;
    documents.push(policyDocument(found.policy), ...found.interpretations.map((i) => interpretationDocument(found.policy, i)));
  }
  for (const past of [false, true]) {
    const ids = await allPages(({ first, after }) => stores.events.list({ past, now, first, after }));
    documents.push(...[...(await stores.events.getMany(ids)).values()].map(eventDocument));
  }
  const projects = await allPages((page) => stores.projects.list({}, page, async (listed) => listed));
  const children = await stores.projects.getMany(projects.flatMap((project) => project.childIds));
  documents.push(...projects.map(projectDocument), ...[...children.values()].map(projectDocument));
  documents.push(...(await allPages(({ first, after }) => stores.ratings.listServices({ first, after }))).map(serviceDocument));
  documents.push(...(await allPages((page) => stores.drafts.list({ now }, page))).map(draftDocument));
  return documents.filter((document): document is SearchDocument => document !== null);
}

interface IndexedStores {
  policies: PolicyStore;
  events: EventStore;
  projects: ProjectStore;
  ratings: RatingStore;
  drafts: DraftStore;
}

/** The stores with each write residents will read followed by its search document; the search reads a first index from them too. */
export function withSearchIndexing<T extends IndexedStores & { search: SearchService }>(stores: T, { log, now }: Pick<CoreParts, 'log' | 'now'>): T {
  const { search } = stores;
  search.readsLibraryFrom(() => documentsOfEverything(stores, now()));
  const index = async (what: string, documents: Array<[key: string, document: SearchDocument | null]>) => {
    try {
      await search.index(
        documents.flatMap(([, document]) => (document ? [document] : [])),
        documents.flatMap(([key, document]) => (document ? [] : [key])),
      );
    } catch (error) {
      log.error({ err: error, documents: documents.map(([key]) => key) }, `search index not updated after ${what}`);
    }
  };
  const policy = async (saved: StoredPolicy, interpretationsToo: boolean) => {
    const interpretations = interpretationsToo ? ((await stores.policies.getWithInterpretations(saved.id))?.interpretations ?? []) : [];
    await index('a policy change', [
      [documentKey('POLICY', saved.id), policyDocument(saved)],
      ...interpretations.map((i): [string, SearchDocument | null] => [documentKey('INTERPRETATION', i.id), interpretationDocument(saved, i)]),
    ]);
  };
  const event = (saved: StoredEvent) => index('an open-day change', [[documentKey('EVENT', saved.id), eventDocument(saved)]]);

  const policies = withMethods<PolicyStore>(stores.policies, {
    async save(request) {
      const result = await stores.policies.save(request);
      // An interpretation shows with its policy: a repeal or a change of disclosure reaches it too.
      if (result.outcome !== 'unchanged') await policy(result.policy, result.outcome === 'updated');
      return result;
    },
    async addInterpretation(policyId, interpretation, audit) {
      const stored = await stores.policies.addInterpretation(policyId, interpretation, audit);
      const owner = (await stores.policies.getMany([policyId])).get(policyId);
      if (owner) await index('an interpretation', [[documentKey('INTERPRETATION', stored.id), interpretationDocument(owner, stored)]]);
      return stored;
    },
    async addQuestion(policyId, interpretationId, qa, audit) {
      const stored = await stores.policies.addQuestion(policyId, interpretationId, qa, audit);
      const owner = (await stores.policies.getMany([policyId])).get(policyId);
      if (owner) await index('a question added to an interpretation', [[documentKey('INTERPRETATION', stored.id), interpretationDocument(owner, stored)]]);
      return stored;
    },
    async updateInterpretation(policyId, interpretation, version, audit) {
      const stored = await stores.policies.updateInterpretation(policyId, interpretation, version, audit);
      const owner = (await stores.policies.getMany([policyId])).get(policyId);
      if (owner) await index('a corrected interpretation', [[documentKey('INTERPRETATION', stored.id), interpretationDocument(owner, stored)]]);
      return stored;
    },
  });
  const events = withMethods<EventStore>(stores.events, {
    async create(created, audit) {
      const result = await stores.events.create(created, audit);
      await event(result.event);
      return result;
    },
    async update(before, details, audit, at) {
      const saved = await stores.events.update(before, details, audit, at);
      await event(saved);
      return saved;
    },
    async setStatus(before, status, audit, at, cancelReason) {
      const saved = await stores.events.setStatus(before, status, audit, at, cancelReason);
      await event(saved);
      return saved;
    },
    async publishSummary(before, summary, audit) {
      const saved = await stores.events.publishSummary(before, summary, audit);
      await event(saved);
      return saved;
    },
  });
  const projects = withMethods<ProjectStore>(stores.projects, {
    async create(created, audit) {
      const result = await stores.projects.create(created, audit);
      await index('a project', [[documentKey('PROJECT', result.project.id), projectDocument(result.project)]]);
      return result;
    },
    async record(request) {
      const result = await stores.projects.record(request);
      // Milestones and cancellation are searchable; progress text is on the project's timeline only.
      if (request.projectChange) {
        const saved = await stores.projects.get(request.update.projectId);
        if (saved) await index('a project change', [[documentKey('PROJECT', saved.id), projectDocument(saved)]]);
      }
      return result;
    },
  });
  const ratings = withMethods<RatingStore>(stores.ratings, {
    async createService(service, audit) {
      const created = await stores.ratings.createService(service, audit);
      if (created) await index('a service', [[documentKey('SERVICE', service.id), serviceDocument(service)]]);
      return created;
    },
    async updateService(service, expectedVersion, audit) {
      const updated = await stores.ratings.updateService(service, expectedVersion, audit);
      if (updated) await index('a service change', [[documentKey('SERVICE', service.id), serviceDocument(service)]]);
      return updated;
    },
  });
  const drafts = withMethods<DraftStore>(stores.drafts, {
    async publish(draft, audit) {
      const result = await stores.drafts.publish(draft, audit);
      if (result.created) await index('a draft for comment', [[documentKey('DRAFT', draft.id), draftDocument(result.draft)]]);
      return result;
    },
    async change(before, after, audit) {
      const changed = await stores.drafts.change(before, after, audit);
      if (changed) await index('a draft change', [[documentKey('DRAFT', after.id), draftDocument(after)]]);
      return changed;
    },
  });
  return { ...stores, policies, events, projects, ratings, drafts };
}

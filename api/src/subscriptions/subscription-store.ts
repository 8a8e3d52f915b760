import type * as z from 'zod';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne } from '../core/transactions';
import { interestsOf, type Publication } from './subscription-rules';
import { publicationItem, publishingDepartmentItem, subscriberItem, subscriptionItem } from './subscription-items';

export type StoredSubscription = z.output<typeof subscriptionItem.declaration.attributes>;
export type SubscriptionChoice = Pick<StoredSubscription, 'topics' | 'groups' | 'departments'>;

export interface SubscriptionStore {
  get(residentId: string): Promise<StoredSubscription>;
  /** Replaces the resident's choice if nobody changed it since `expectedVersion`; false when someone did. */
  save(residentId: string, choice: SubscriptionChoice, expectedVersion: number): Promise<StoredSubscription | null>;
  /** Everyone subscribed to one of the interests now, each once. */
  subscribersOf(interests: readonly string[]): Promise<string[]>;
  /** Records a first publication; false when it was published before (an edit). */
  recordPublication(publication: Publication): Promise<boolean>;
  getPublications(publications: readonly string[]): Promise<Map<string, Publication>>;
  /** Publications whose subscribers have not all been told, oldest first. */
  toDeliver(limit: number): Promise<Publication[]>;
  delivered(publication: Publication, at: string): Promise<void>;
  /** Notes that these departments publish what residents see (a put each the first time this process sees one). */
  recordPublishers(departments: readonly string[]): Promise<void>;
  /** Every department that has published what residents see, in no particular order. */
  publishers(): Promise<string[]>;
}

export function createSubscriptionStore(dynamo: Dynamo, now: Clock): SubscriptionStore {
  const { subscriptions, subscribers, publications, publishers } = itemsOf(dynamo, {
    subscriptions: subscriptionItem,
    subscribers: subscriberItem,
    publications: publicationItem,
    publishers: publishingDepartmentItem,
  });
  /** Departments this process has recorded: an import of a thousand policies puts its department once. */
  const recorded = new Set<string>();
  const get = async (residentId: string) =>
    (await subscriptions.get({ residentId }, true)) ?? { residentId, topics: [], groups: [], departments: [], version: 0, updatedAt: '' };

  return {
    get,
    async save(residentId, choice, expectedVersion) {
      const before = await get(residentId);
      if (before.version !== expectedVersion) return null;
      const [had, wants] = [new Set(interestsOf(before)), new Set(interestsOf(choice))];
      const saved: StoredSubscription = { residentId, ...choice, version: expectedVersion + 1, updatedAt: now().toISOString() };
      const version = expectedVersion === 0 ? { if: 'attribute_not_exists(pk)' } : { if: 'version = :version', values: { ':version': expectedVersion } };
      const outcome = await transact(
        dynamo,
        [
          subscriptions.put(saved, version),
          ...[...wants].filter((interest) => !had.has(interest)).map((interest) => subscribers.put({ interest, residentId })),
          ...[...had].filter((interest) => !wants.has(interest)).map((interest) => subscribers.remove({ interest, residentId })),
        ],
        ORDINARY_WRITES,
      );
      return outcome.ok ? saved : null;
    },
    async subscribersOf(interests) {
      const found = await Promise.all(interests.map((interest) => subscribers.query({ where: { interest } })));
      return [...new Set(found.flat().map((subscriber) => subscriber.residentId))];
    },
    async recordPublication(publication) {
      return (await writeOne(dynamo, publications.put(publication, { if: 'attribute_not_exists(pk)' }), ORDINARY_WRITES)).ok;
    },
    getPublications: async (names) => new Map((await publications.getMany(names.map((publication) => ({ publication })))).map((found) => [found.publication, found])),
    toDeliver: (limit) => publications.query({ index: 'gsi1', where: {}, limit }),
    async delivered(publication, at) {
      await writeOne(dynamo, publications.put({ ...publication, deliveredAt: at }), ORDINARY_WRITES);
    },
    async recordPublishers(departments) {
      const fresh = [...new Set(departments)].filter((department) => !recorded.has(department));
      await Promise.all(
        fresh.map(async (department) => {
          await writeOne(dynamo, publishers.put({ department }), ORDINARY_WRITES);
          recorded.add(department);
        }),
      );
    },
    publishers: async () => (await publishers.query({ where: {} })).map((publisher) => publisher.department),
  };
}

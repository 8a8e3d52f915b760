import type * as z from 'zod';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne } from '../core/transactions';
import { interestsOf, type Publication } from './subscription-rules';
import { publicationItem, subscriberItem, subscriptionItem } from './subscription-items';

export type StoredSubscription = z.output<typeof subscriptionItem.declaration.attributes>;
export type SubscriptionChoice = Pick<StoredSubscription, 'topics' | 'groups' | 'departments'>;

const interestsOfChoice = (choice: SubscriptionChoice) => [
  ...interestsOf({ topics: choice.topics, groups: choice.groups }),
  ...choice.departments.map((department) => interestsOf({ department })[0]!),
];

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
}

export function createSubscriptionStore(dynamo: Dynamo, now: Clock): SubscriptionStore {
  const { subscriptions, subscribers, publications } = itemsOf(dynamo, { subscriptions: subscriptionItem, subscribers: subscriberItem, publications: publicationItem });
  const get = async (residentId: string) =>
    (await subscriptions.get({ residentId }, true)) ?? { residentId, topics: [], groups: [], departments: [], version: 0, updatedAt: '' };

  return {
    get,
    async save(residentId, choice, expectedVersion) {
      const before = await get(residentId);
      if (before.version !== expectedVersion) return null;
      const [had, wants] = [new Set(interestsOfChoice(before)), new Set(interestsOfChoice(choice))];
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
  };
}

import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';

// How 政策找人 sits in the table (see core/item-type.ts; docs/table-design.md is generated from this).

export const subscriptionItem = itemType({
  name: "a resident's subscriptions (政策找人): topics, groups and departments",
  notes: 'Written with its subscriber entries in one transaction, conditional on `version`, so the two never disagree.',
  attributes: () => z.object({
    residentId: z.string(),
    topics: z.array(z.string()).default([]),
    groups: z.array(z.string()).default([]),
    departments: z.array(z.string()).default([]),
    version: z.number(),
    updatedAt: z.string(),
  }),
  keys: { pk: 'SUBSCRIPTION#{residentId}', sk: 'SUBSCRIPTION' },
});

export const subscriberItem = itemType({
  name: 'subscriber of one interest (a topic, a group or a department)',
  notes: '`interest` is TOPIC:…, GROUP:… or DEPARTMENT:…; a publication reads the partitions of its interests to find whom to tell. Removed when the resident unsubscribes.',
  attributes: () => z.object({ interest: z.string(), residentId: z.string() }),
  keys: { pk: 'SUBSCRIBERS#{interest}', sk: '{residentId}' },
});

export const publicationItem = itemType({
  name: 'publication subscribers are told of (a policy, an interpretation, an open day, a draft for comment, a livelihood project)',
  notes:
    'Written once, when the thing is first published (conditional put): a later edit finds it and tells nobody again. ' +
    'gsi1 lists the publications whose subscribers have not all been told yet; delivery puts it back with `deliveredAt`, which takes it off the index.',
  attributes: () => z.object({
    publication: z.string(),
    kind: z.enum(['POLICY', 'INTERPRETATION', 'EVENT', 'DRAFT', 'PROJECT']),
    title: z.string(),
    department: z.string(),
    interests: z.array(z.string()),
    page: z.string(),
    publishedAt: z.string(),
    deliveredAt: orNull(z.string()),
  }),
  keys: { pk: 'PUBLICATION#{publication}', sk: 'PUBLICATION', gsi1pk: 'PUBLICATIONS_TO_DELIVER', gsi1sk: '{publishedAt}#{publication}' },
  indexedWhen: { note: 'until every subscriber was told', test: (publication) => publication.deliveredAt === null },
});

export const publishingDepartmentItem = itemType({
  name: 'department that publishes what residents see (one they may follow)',
  notes:
    'Put (unconditionally: the same item again) when a department publishes a policy proactively disclosed, opens an open day, publishes a draft for comment, ' +
    'or leads or co-operates on a livelihood project; each process puts a department once. Never removed. 订阅设置 lists the one partition.',
  attributes: () => z.object({ department: z.string() }),
  keys: { pk: 'PUBLISHING_DEPARTMENTS', sk: '{department}' },
});


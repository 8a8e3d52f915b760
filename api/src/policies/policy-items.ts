import * as z from 'zod';
import { DISCLOSURES, INTERPRETATION_KINDS, VALIDITIES } from '@govopen/shared';
import { itemType, orNull } from '../core/item-type';
import type { StoredPolicy } from './policy-model';

// How policies sit in the table (see core/item-type.ts; docs/table-design.md is generated from this).

const policyAttributes = z.object({
  id: z.string(),
  title: z.string(),
  documentNumber: orNull(z.string()),
  indexNumber: orNull(z.string()),
  issuer: orNull(z.string()),
  writtenDate: orNull(z.string()),
  publishedDate: orNull(z.string()),
  validity: z.enum(VALIDITIES),
  repealedDate: orNull(z.string()),
  disclosure: z.enum(DISCLOSURES),
  topics: z.array(z.string()),
  targetGroups: z.array(z.string()),
  body: z.string(),
  sections: z.array(z.object({ level: z.number(), heading: z.string(), text: z.string() })),
  tables: z.array(z.object({ title: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) })),
  department: z.string(),
  year: orNull(z.number()),
  summary: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<StoredPolicy>;

export const policyItem = itemType({
  name: 'policy',
  notes: '`contentHash` tells an import of the same document again (unchanged) from a change.',
  attributes: () => policyAttributes.extend({ contentHash: z.string() }),
  keys: { pk: 'POLICY#{id}', sk: 'POLICY' },
});

export const policyIdentityItem = itemType({
  name: 'policy identity held under another id',
  notes:
    "A policy's id is its identity's when published (索引号, else 文号, else issuer and title: policy-id.ts) and never changes; a policy whose identity now gives another id (a corrected 索引号/文号) " +
    'is found by this item, keyed by the identity it has now. Written, moved and removed in the transaction that saves the policy, only while no other policy holds that identity.',
  attributes: () => z.object({ identity: z.string(), policyId: z.string() }),
  keys: { pk: 'POLICY_IDENTITY#{identity}', sk: 'POLICY_IDENTITY' },
});

export const interpretationAttributes = z.object({
  id: z.string(),
  kind: z.enum(INTERPRETATION_KINDS),
  title: z.string(),
  body: z.string(),
  questions: z.array(z.object({ question: z.string(), answer: z.string() })).default([]),
  mediaUrl: orNull(z.string()),
  publishedDate: z.string(),
  consultationPhone: orNull(z.string()),
  officeHours: orNull(z.string()),
  /** Goes up by one with every correction; interpretations written before it existed are version 1. */
  version: z.number().default(1),
});

export const interpretationItem = itemType({
  name: 'interpretation',
  notes: 'Sorts just before its policy (INTERPRETATION# < POLICY), so one key range reads a policy page.',
  attributes: () => interpretationAttributes.extend({ policyId: z.string() }),
  keys: { pk: 'POLICY#{policyId}', sk: 'INTERPRETATION#{publishedDate}#{id}' },
});

const policySummaryAttributes = policyAttributes.pick({
  id: true,
  title: true,
  documentNumber: true,
  issuer: true,
  publishedDate: true,
  year: true,
  validity: true,
  topics: true,
  targetGroups: true,
  summary: true,
});

export const policyListEntryItem = itemType({
  name: 'policy list entry',
  notes:
    '`bucket` is CURRENT (in force: VALID or AMENDED), REPEALED or ANY; `facet` is ALL, ISSUER#…, YEAR#…, TOPIC#…, GROUP#… or DEPT#…. ' +
    'Only proactively disclosed policies have public entries; DEPT#<owning department> (staff only) holds every policy. Only ALL and DEPT# entries carry `searchText`, which text search reads.',
  attributes: () => policySummaryAttributes.extend({ bucket: z.string(), facet: z.string(), sortDate: z.string(), searchText: z.string().optional() }),
  keys: { pk: 'POLICY#{id}', sk: 'VIEW#{bucket}#{facet}', gsi1pk: 'POLICIES#{bucket}#{facet}', gsi1sk: '{sortDate}#{id}' },
});

export const facetCounterItem = itemType({
  name: 'policy facet counter',
  notes: 'How many policies in force carry each facet value (ADD in the transaction that saves a policy); ANY#ALL counts every listed policy.',
  attributes: () => z.object({ bucket: z.string(), facet: z.string(), count: z.number() }),
  keys: { pk: 'POLICY_FACETS', sk: '{bucket}#{facet}' },
});


import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';

// How the district's publishing settings sit in the table (see core/item-type.ts; docs/table-design.md
// is generated from this): the sensitive-word list of the pre-publish check, and the names each
// department may publish under besides its own.

export const sensitiveWordsItem = itemType({
  name: 'sensitive-word list',
  notes: 'One item for the district; replaced whole by a district admin (`version` guards against two at once).',
  attributes: () => z.object({
    words: z.array(z.string()),
    version: z.number(),
    updatedAt: orNull(z.string()),
    updatedBy: orNull(z.string()),
  }),
  keys: { pk: 'SETTINGS#SENSITIVE_WORDS', sk: 'SETTINGS' },
});

export const departmentIssuersItem = itemType({
  name: 'department issuers',
  notes: 'The names (发布机构) a district admin allowed a department to publish under besides its own name; replaced whole.',
  attributes: () => z.object({
    department: z.string(),
    issuers: z.array(z.string()),
    updatedAt: z.string(),
    updatedBy: z.string(),
  }),
  keys: { pk: 'DEPARTMENT#{department}', sk: 'ISSUERS' },
});

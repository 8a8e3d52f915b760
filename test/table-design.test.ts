import { readFileSync } from 'node:fs';
import { describeTemplate } from '../api/src/core/item-type';
import { TABLE_DESIGN_DOC, TABLE_ITEMS, tableDesignDoc } from '../api/src/table-items';

// docs/table-design.md says what the item declarations say: its key table is generated from them,
// and every key its access patterns name is one a declaration has.
const doc = readFileSync(TABLE_DESIGN_DOC, 'utf8');

it('has the key table the declarations make (else run `npx tsx api/src/table-items.ts`)', () => {
  expect(doc).toBe(tableDesignDoc(doc));
});

it('names in its access patterns only keys that a declaration has', () => {
  const templates = TABLE_ITEMS.flatMap(({ items }) => items.flatMap(({ declaration }) => Object.values(declaration.keys).map(describeTemplate)));
  const heads = templates.map((template) => template.split('<')[0] ?? '').filter((head) => head !== '');
  const named = [...doc.slice(doc.indexOf('## Access patterns')).matchAll(/`([A-Z][A-Z_]*#[^`]*)`/gu)].map(([, key = '']) => key);
  // With a part named (<…>) the key must be a declared template or its beginning; else it must share a literal beginning with one.
  const known = (key: string) => (key.includes('<') ? templates.some((t) => t.startsWith(key)) : heads.some((head) => key.startsWith(head) || head.startsWith(key)));
  expect(named.length).toBeGreaterThan(20);
  expect(named.filter((key) => !known(key))).toEqual([]);
});

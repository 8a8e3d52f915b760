import { readFileSync } from 'node:fs';
import { describeTemplate } from '../api/src/core/item-type';
import { registrationItem } from '../api/src/events/event-items';
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

it('keeps an item off a sparse index only, and on its others (a registration is on its event\'s waiting list only while it waits)', () => {
  const waiting = { id: 'e1.r1', eventId: 'e1', residentId: 'r1', status: 'WAITLISTED' as const, name: '王小一', phone: '13900000001', questions: null, checkInCode: null, waitlistSeq: 12, drawPosition: null, promotionUntoldSince: null, drawUntoldSince: null, createdAt: '2026-12-05T01:00:00.000Z', checkedInAt: null, feedbackAt: null };
  const seated = { ...waiting, status: 'CONFIRMED' as const, waitlistSeq: null, checkInCode: 'ABCDEF' };
  expect(registrationItem.keysOf(waiting)).toEqual({ pk: 'EVENT#e1', sk: 'REG#r1', gsi1pk: 'RESIDENT_REGS#r1', gsi1sk: '2026-12-05T01:00:00.000Z#e1', gsi2pk: 'EVENT#e1#WAIT', gsi2sk: '00000012' });
  expect(registrationItem.keysOf(seated)).toEqual({ pk: 'EVENT#e1', sk: 'REG#r1', gsi1pk: 'RESIDENT_REGS#r1', gsi1sk: '2026-12-05T01:00:00.000Z#e1' });
  expect(registrationItem.indexUpdate(seated, 'gsi2')).toEqual({ set: [], remove: ['gsi2pk', 'gsi2sk'], values: {} });
  expect(registrationItem.indexUpdate(waiting, 'gsi2')).toEqual({ set: ['gsi2pk = :gsi2pk', 'gsi2sk = :gsi2sk'], values: { ':gsi2pk': 'EVENT#e1#WAIT', ':gsi2sk': '00000012' }, remove: [] });
  expect(() => registrationItem.indexUpdate(seated, 'gsi1')).toThrow('not sparse on gsi1');
});

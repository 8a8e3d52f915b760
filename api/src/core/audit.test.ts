import { createTestDynamo, dropTestDynamo } from '../../../test/support/test-app';
import { createAuditLog } from './audit';
import { auditEntry } from './audit-entry';
import type { Dynamo } from './dynamo';
import { ORDINARY_WRITES, writeOne } from './transactions';

// Audit records are append-only for the application too: a put never replaces one (issue 11, finding 10).

let dynamo: Dynamo;
beforeAll(async () => (dynamo = await createTestDynamo()));
afterAll(() => dropTestDynamo(dynamo));

it('never overwrites an audit record, even one written with the same key again', async () => {
  const audit = createAuditLog(dynamo, () => new Date('2026-12-04T05:30:00Z'));
  const put = audit.write(auditEntry({ kind: 'staff', staffId: 'admin', role: 'DISTRICT_ADMIN', department: '区政府办公室' }, 'staff.disable', 'wang.li'));
  expect((await writeOne(dynamo, put, ORDINARY_WRITES)).ok).toBe(true);
  const replay = { Put: { ...put.Put!, Item: { ...put.Put!.Item, action: 'staff.enable' } } };
  expect((await writeOne(dynamo, replay, ORDINARY_WRITES)).ok).toBe(false);
  expect((await audit.trail('staff', 'wang.li')).map((record) => record.action)).toEqual(['staff.disable']);
});

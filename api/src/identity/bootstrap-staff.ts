import type { App } from '../app';
import { hashPassword } from './password';

/**
 * STAFF_BOOTSTRAP=username:password creates the first district admin when there is no staff account
 * at all; once anyone exists it does nothing, so leaving the variable set is harmless.
 */
export async function bootstrapFirstAdmin(app: App): Promise<'created' | 'skipped'> {
  const bootstrap = app.config.staffBootstrap;
  if (!bootstrap || (await app.stores.identity.anyStaff())) return 'skipped';
  const created = await app.stores.identity.createStaff(
    {
      username: bootstrap.username,
      displayName: '系统管理员',
      role: 'DISTRICT_ADMIN',
      department: app.config.districtOffice,
      passwordHash: await hashPassword(bootstrap.password),
    },
    { action: 'staff.bootstrap', targetType: 'staff', targetId: bootstrap.username, actor: { kind: 'anonymous' } },
  );
  if (created) app.log.info({ username: bootstrap.username }, 'created the first district admin from STAFF_BOOTSTRAP');
  return created ? 'created' : 'skipped';
}

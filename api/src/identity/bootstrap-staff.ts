import type { App } from '../app';
import { hashPassword } from './password';

export interface FirstAdmin {
  username: string;
  password: string;
}

/** Where the first admin's name and password came from: the environment (local) or the one-off command (AWS). */
export type FirstAdminSource = 'STAFF_BOOTSTRAP' | 'create-admin';

/**
 * Creates the first district admin, for the district office, when there is no staff account at all;
 * once anyone exists it does nothing. Audited like any staff account created.
 */
export async function createFirstAdmin(app: App, admin: FirstAdmin, source: FirstAdminSource): Promise<'created' | 'skipped'> {
  if (await app.stores.identity.anyStaff()) return 'skipped';
  const created = await app.stores.identity.createStaff(
    {
      username: admin.username,
      displayName: '系统管理员',
      role: 'DISTRICT_ADMIN',
      department: app.config.districtOffice,
      passwordHash: await hashPassword(admin.password),
    },
    { action: 'staff.bootstrap', targetType: 'staff', targetId: admin.username, actor: { kind: 'anonymous' }, details: { source } },
  );
  if (created) app.log.info({ username: admin.username, source }, 'created the first district admin');
  return created ? 'created' : 'skipped';
}

/**
 * STAFF_BOOTSTRAP=username:password creates the first district admin at start-up when there is no
 * staff account at all; once anyone exists it does nothing, so leaving the variable set is harmless.
 * For development and tests: on AWS the first admin comes from `npm run create-admin`, so no
 * password ever sits in the function's environment.
 */
export async function bootstrapFirstAdmin(app: App): Promise<'created' | 'skipped'> {
  const bootstrap = app.config.staffBootstrap;
  return bootstrap ? createFirstAdmin(app, bootstrap, 'STAFF_BOOTSTRAP') : 'skipped';
}

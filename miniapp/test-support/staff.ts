// Staff signed in the way the mini-app keeps them (session/staff.ts), and the two kinds of staff.
import { STAFF_SESSION_KEY, staffSessions } from '../src/session/staff';
import { setStorageSync } from './taro';

export const ADMIN = { username: 'admin', displayName: '区政府办公室管理员', role: 'DISTRICT_ADMIN' as const, department: '区政府办公室' };
export const EDITOR = { username: 'minzheng', displayName: '区民政局信息员', role: 'DEPARTMENT_EDITOR' as const, department: '区民政局' };

/** A staff session of a day for `staff`, token `token-<username>`. */
export function signInAs(staff: { username: string }): void {
  setStorageSync(STAFF_SESSION_KEY, { token: `token-${staff.username}`, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  staffSessions.reloadSession();
}

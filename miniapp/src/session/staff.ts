import { ApiError, request } from '../api/request';
import type { Operation } from '../generated/operations';
import { ChangeStaffPasswordDocument, SignOutDocument, StaffLoginDocument } from '../generated/operations';
import { createSessionStore } from './store';

/**
 * A staff member's session, kept apart from the resident's (its own storage key, its own token).
 *
 * Why apart: a clerk may open the staff pages on the same phone (or kiosk) where they are signed in
 * as a resident. Signing in as staff must not sign the resident out, a staff token must never go
 * with a resident's request (rating, 我的评价) nor the resident's with a staff one, and the API
 * refuses either the wrong way round anyway. So resident pages send the resident token (request()'s
 * default) and staff pages send this one (`staffRequest`); each ends on its own (退出工作人员登录,
 * or when the API answers UNAUTHENTICATED: staff sessions last STAFF_SESSION_HOURS, 8 by default).
 */
export const STAFF_SESSION_KEY = 'govopen.staff-session.v1';

export const staffSessions = createSessionStore(STAFF_SESSION_KEY);

/** A request with the staff token (or none), never the resident's. */
export const staffRequest = <TData, TVars>(operation: Operation<TData, TVars>, variables?: TVars): Promise<TData> =>
  request(operation, variables, staffSessions);

const NO_SESSION = { currentSession: () => null, endSession: () => undefined };

export async function signInAsStaff(username: string, password: string): Promise<void> {
  const name = username.trim();
  if (!name || !password) throw new ApiError('请填写用户名和密码。', 'BAD_USER_INPUT');
  const { staffLogin } = await staffRequest(StaffLoginDocument, { username: name, password });
  staffSessions.saveSession({ token: staffLogin.token, expiresAt: staffLogin.expiresAt });
}

/** Sets one's own password (after an administrator's reset: the temporary one is `current`) and signs in with it. */
export async function changeStaffPassword(username: string, current: string, next: string, repeated: string): Promise<void> {
  if (next !== repeated) throw new ApiError('两次输入的新密码不一样，请重新输入。', 'BAD_USER_INPUT');
  // Proven by the current password, not by a session: sent without one, so a mistyped current
  // password (UNAUTHENTICATED) is said on the form and signs nobody out.
  const { changeStaffPassword: session } = await request(ChangeStaffPasswordDocument, { username: username.trim(), currentPassword: current, newPassword: next }, NO_SESSION);
  staffSessions.saveSession({ token: session.token, expiresAt: session.expiresAt });
}

export function signOutStaff(): void {
  staffRequest(SignOutDocument).catch(() => undefined);
  staffSessions.endSession('signed-out');
}

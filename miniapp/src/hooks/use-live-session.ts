import { useDidShow } from '@tarojs/taro';
import { residentSessions, type Session, type SessionEnd, type SessionStore } from '../session/store';

/**
 * The session a page goes by: the resident's (default) or the staff member's (`staffSessions`).
 * `session` only while it has not run out, so a page open when it expires shows its owner signed out;
 * `ended` says why the last one ended (a session found expired counts as 'expired'). Each time the
 * page is shown, an expired session is dropped, from storage too.
 */
export function useLiveSession(store: SessionStore = residentSessions): { session: Session | null; ended: SessionEnd | null } {
  const { session, ended } = store.useSession();
  useDidShow(() => void store.currentSession());
  const live = session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  return { session: live, ended: ended ?? (session && !live ? 'expired' : null) };
}

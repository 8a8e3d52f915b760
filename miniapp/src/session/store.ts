import { useSyncExternalStore } from 'react';
import { readStored, removeStored, writeStored } from '../lib/storage';

/**
 * A GovOpen session: the token a sign-in returned and when it stops working. Kept in Taro storage so
 * one stays signed in across visits; dropped once `expiresAt` has passed or when the API answers
 * UNAUTHENTICATED (see api/request.ts, which attaches the token).
 *
 * Residents and staff each have their own store under their own key (this file: the resident's;
 * session/staff.ts: the staff member's), so signing in or out as one never touches the other and a
 * request carries exactly one of the two tokens.
 */
export const SESSION_KEY = 'govopen.session.v1';

export type Session = { token: string; expiresAt: string };

/** Why the last session ended, so a page can say so in words. */
export type SessionEnd = 'expired' | 'signed-out';

export type SessionState = { session: Session | null; ended: SessionEnd | null };

export type SessionStore = {
  /** The state as it is now (read from storage once); pure, so React may call it while rendering. */
  sessionState(): SessionState;
  /**
   * The session to send with a request, or none. An expired one is dropped here (storage too), so
   * no request ever carries a token the API would refuse anyway.
   */
  currentSession(now?: number): Session | null;
  saveSession(session: Session): void;
  /** Forgets the session on this phone. Signing out needs no request: the token simply goes. */
  endSession(reason: SessionEnd): void;
  /** Forget the in-memory copy so the next read comes from storage (tests; a new visit). */
  reloadSession(): void;
  useSession(): SessionState;
};

const valid = (raw: unknown): raw is Session =>
  typeof (raw as Session | undefined)?.token === 'string' &&
  (raw as Session).token.length > 0 &&
  !Number.isNaN(Date.parse((raw as Session).expiresAt));

const expired = (session: Session, now: number) => Date.parse(session.expiresAt) <= now;

/** A session kept under `key` in storage. */
export function createSessionStore(key: string): SessionStore {
  let state: SessionState | undefined;
  const listeners = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const sessionState = (): SessionState => {
    if (!state) {
      const stored = readStored<unknown>(key);
      state = { session: valid(stored) ? stored : null, ended: null };
    }
    return state;
  };
  const endSession = (reason: SessionEnd) => {
    removeStored(key);
    set({ session: null, ended: reason });
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  return {
    sessionState,
    currentSession(now = Date.now()) {
      const { session } = sessionState();
      if (session && expired(session, now)) {
        endSession('expired');
        return null;
      }
      return session;
    },
    saveSession(session) {
      writeStored(key, session);
      set({ session, ended: null });
    },
    endSession,
    reloadSession() {
      state = undefined;
      listeners.forEach((listener) => listener());
    },
    useSession: () => useSyncExternalStore(subscribe, sessionState, sessionState),
  };
}

/** The resident's session (WeChat sign-in, or 测试登录 on the H5 demo build). */
export const residentSessions = createSessionStore(SESSION_KEY);

export const { sessionState, currentSession, saveSession, endSession, reloadSession, useSession } = residentSessions;

import { useSyncExternalStore } from 'react';
import { readStored, removeStored, writeStored } from '../lib/storage';

/**
 * The resident's GovOpen session: the token `login` returned and when it stops working. Kept in
 * Taro storage so a resident stays signed in across visits; dropped once `expiresAt` has passed or
 * when the API answers UNAUTHENTICATED (see api/request.ts, which attaches the token).
 */
export const SESSION_KEY = 'govopen.session.v1';

export type Session = { token: string; expiresAt: string };

/** Why the last session ended, so 我的 can say so in words. */
export type SessionEnd = 'expired' | 'signed-out';

export type SessionState = { session: Session | null; ended: SessionEnd | null };

let state: SessionState | undefined;
const listeners = new Set<() => void>();

const valid = (raw: unknown): raw is Session =>
  typeof (raw as Session | undefined)?.token === 'string' &&
  (raw as Session).token.length > 0 &&
  !Number.isNaN(Date.parse((raw as Session).expiresAt));

const expired = (session: Session, now: number) => Date.parse(session.expiresAt) <= now;

function set(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** The state as it is now (read from storage once); pure, so React may call it while rendering. */
export function sessionState(): SessionState {
  if (!state) {
    const stored = readStored<unknown>(SESSION_KEY);
    state = { session: valid(stored) ? stored : null, ended: null };
  }
  return state;
}

/**
 * The session to send with a request, or none. An expired one is dropped here (storage too), so
 * no request ever carries a token the API would refuse anyway.
 */
export function currentSession(now = Date.now()): Session | null {
  const { session } = sessionState();
  if (session && expired(session, now)) {
    endSession('expired');
    return null;
  }
  return session;
}

export function saveSession(session: Session): void {
  writeStored(SESSION_KEY, session);
  set({ session, ended: null });
}

/** Forgets the session on this phone. Signing out needs no request: the token simply goes. */
export function endSession(reason: SessionEnd): void {
  removeStored(SESSION_KEY);
  set({ session: null, ended: reason });
}

/** Forget the in-memory copy so the next read comes from storage (tests; a new visit). */
export function reloadSession(): void {
  state = undefined;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, sessionState, sessionState);
}

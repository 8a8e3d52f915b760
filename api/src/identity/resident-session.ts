import type { Actor } from '../core/actor';
import { UserFacingError } from '../core/errors';
import type { Guard } from '../core/transactions';
import type { IdentityStore } from './identity-store';

// A resident's session token names the session version of its account; signing out raises the
// account's, and older tokens stop working at once. Most requests check it with one GetItem before
// they run (app.ts `settleActor`). An open-day sign-up checks it in its own transaction instead
// (issue 17: one DynamoDB request per sign-up): the resident's record is updated there (the phone
// remembered) only while its version is still the token's, so a signed-out token is refused by
// that transaction, and an answer given without it (an error, a joined double tap) is preceded by
// the read after all.

/** What a request knows of the resident's session. */
export interface ResidentSession {
  /** The resident the token names; null for anyone else. */
  readonly resident: Extract<Actor, { kind: 'resident' }> | null;
  /** True until the session is checked. */
  readonly pending: boolean;
  /** Whether the session still holds: one read at most per request, none once proved. */
  holds(): Promise<boolean>;
  /**
   * The phone of the resident signing up (the session's own, or the one a 亲友帮办 helper signs up,
   * once the helper's session is checked) remembered as the first write of the caller's transaction,
   * on the condition, while pending, that the session still holds: `refused` then says why
   * (UNAUTHENTICATED) or gives the write to try instead (none for a resident without a record,
   * signed in before records were kept).
   */
  phoneGuard(residentId: string, phone: string): Guard;
  /** Runs an operation checked by its own transaction; an answer without that proof waits for the read. */
  answer<T>(run: () => Promise<T>): Promise<T>;
}

const signedOut = () => new UserFacingError('UNAUTHENTICATED', '请先登录。');

/** The session of anyone but a resident: nothing to check here (a staff token is checked with its account). */
export const NOT_A_RESIDENT: ResidentSession = Object.freeze({
  resident: null,
  pending: false,
  holds: async () => true,
  phoneGuard(): never {
    throw new Error('only a resident has a phone to remember');
  },
  answer: <T>(run: () => Promise<T>) => run(),
});

/**
 * The sessions of one process. A transaction that proved a session (its version, at the time it was
 * sent) also proves it for the same resident's requests that began before: a double tap joined to
 * the first (events/sign-up.ts `joinRepeatedTaps`) needs no read of its own.
 */
export function residentSessions(identity: IdentityStore, clock: () => number = Date.now) {
  const provedAt = new Map<string, number>();
  const remember = (key: string, at: number) => {
    if (provedAt.size >= 10_000) for (const [old, time] of provedAt) if (time < at - 60_000) provedAt.delete(old);
    provedAt.set(key, Math.max(at, provedAt.get(key) ?? 0));
  };
  return {
    /** A resident's session as the token names it, checked later: by `holds`, or by the operation's transaction. */
    pending(actor: Extract<Actor, { kind: 'resident' }>, version: number): ResidentSession {
      const { residentId } = actor;
      const key = `${residentId}#${version}`;
      const startedAt = clock();
      let known: boolean | undefined;
      let read: Promise<boolean> | undefined;
      const matches = (record: { sessionVersion: number } | null) => (record?.sessionVersion ?? 0) === version;
      const session: ResidentSession = {
        resident: actor,
        get pending() {
          return known === undefined;
        },
        async holds() {
          if (known !== undefined) return known;
          if ((provedAt.get(key) ?? -1) >= startedAt) return (known = true);
          read ??= identity.getResident(residentId).then(matches);
          return (known = await read);
        },
        phoneGuard(signingUp, phone) {
          if (known || signingUp !== residentId) {
            if (!known) throw new Error("a session not yet checked guards only its own resident's sign-up");
            // Checked already: the phone alone, left out for a resident without a record.
            return { write: identity.rememberPhoneWrite(signingUp, phone), refused: async () => null, written: () => undefined };
          }
          const write = identity.rememberPhoneWrite(residentId, phone, version);
          return {
            write,
            async refused() {
              // Told apart by one strongly consistent read: signed out, or no record to write to.
              const record = await identity.getResident(residentId, true);
              known = matches(record);
              if (!known) throw signedOut();
              return record ? write : null;
            },
            written(sentAt) {
              if (known !== undefined) return;
              known = true;
              remember(key, sentAt);
            },
          };
        },
        async answer(run) {
          const checked = async () => {
            if (!(await session.holds())) throw signedOut();
          };
          let value: Awaited<ReturnType<typeof run>>;
          try {
            value = await run();
          } catch (error) {
            // A signed-out token hears that, whatever else went wrong.
            await checked();
            throw error;
          }
          await checked();
          return value;
        },
      };
      return session;
    },
  };
}

export type ResidentSessions = ReturnType<typeof residentSessions>;

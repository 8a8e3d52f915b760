import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { UserFacingError } from '../core/errors';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import { signInCounterItem } from './sign-in-items';

// Slows password guessing without a lock an outsider could set off (issue 11, finding 2). Failed
// staff sign-ins are counted in 15-minute windows three ways: by source address, by source address
// and username together, and by username alone. A source past its limits is refused for the rest of
// the window — only that source: the clerk at her own desk still signs in. A username guessed at from
// many places is only slowed (each attempt waits a little longer), never locked. Counters are keyed by
// a hash of whatever username was typed, existing or not, so the answers and their timing say nothing
// about which accounts exist; the items carry no address or name in clear and expire by TTL.

export const SIGN_IN_LIMITS = Object.freeze({
  windowMinutes: 15,
  /** Failures one source may make (any usernames) per window. */
  perSource: 30,
  /** Failures one source may make on one username per window. */
  perSourceAndAccount: 5,
  /** Failures on a username (from anywhere) before each further attempt on it is delayed… */
  accountDelayAfter: 10,
  /** …by this much per failure beyond that… */
  accountDelayStepMs: 1000,
  /** …up to this. */
  accountDelayMaxMs: 5000,
});

const TOO_MANY = '尝试次数太多，请 15 分钟后再试。';

const scopeKey = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

export interface SignInThrottle {
  /** Refuses (TOO_MANY_REQUESTS) or delays an attempt by its counters; resolves when it may go ahead. */
  admit(source: string, username: string): Promise<void>;
  /** Counts a failed attempt in all three counters. */
  recordFailure(source: string, username: string): Promise<void>;
  /** A successful sign-in forgets this source's mistakes on this username. */
  recordSuccess(source: string, username: string): Promise<void>;
}

export function createSignInThrottle(dynamo: Dynamo, now: Clock, sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): SignInThrottle {
  const { counters } = itemsOf(dynamo, { counters: signInCounterItem });
  const scopes = (source: string, username: string) => ({
    source: scopeKey('source', source),
    pair: scopeKey('pair', source, username),
    account: scopeKey('account', username),
  });
  const nowSeconds = () => Math.floor(now().getTime() / 1000);

  async function failures(source: string, username: string) {
    const keys = scopes(source, username);
    const found = await counters.getMany(Object.values(keys).map((scope) => ({ scope })));
    // DynamoDB's TTL removes expired items late (up to days): an expired window counts nothing.
    const live = new Map(found.filter((counter) => counter.expiresAt > nowSeconds()).map((counter) => [counter.scope, counter.failures]));
    return { source: live.get(keys.source) ?? 0, pair: live.get(keys.pair) ?? 0, account: live.get(keys.account) ?? 0 };
  }

  async function count(scope: string) {
    const end = nowSeconds() + SIGN_IN_LIMITS.windowMinutes * 60;
    const added = await writeOne(
      dynamo,
      counters.update({ scope }, 'SET failures = if_not_exists(failures, :zero) + :one, expiresAt = if_not_exists(expiresAt, :end), #scope = :scope', {
        if: 'attribute_not_exists(pk) OR expiresAt > :now',
        values: { ':zero': 0, ':one': 1, ':end': end, ':now': nowSeconds(), ':scope': scope },
      }),
      ORDINARY_WRITES,
    );
    // The window had ended: this failure opens a new one.
    if (!added.ok) await writeOne(dynamo, counters.put({ scope, failures: 1, expiresAt: end }), ORDINARY_WRITES);
  }

  return {
    async admit(source, username) {
      const counted = await failures(source, username);
      if (counted.source >= SIGN_IN_LIMITS.perSource || counted.pair >= SIGN_IN_LIMITS.perSourceAndAccount) throw new UserFacingError('TOO_MANY_REQUESTS', TOO_MANY);
      const beyond = counted.account - SIGN_IN_LIMITS.accountDelayAfter;
      if (beyond >= 0) await sleep(Math.min(SIGN_IN_LIMITS.accountDelayMaxMs, (beyond + 1) * SIGN_IN_LIMITS.accountDelayStepMs));
    },
    async recordFailure(source, username) {
      await Promise.all(Object.values(scopes(source, username)).map(count));
    },
    async recordSuccess(source, username) {
      await writeOne(dynamo, counters.remove({ scope: scopes(source, username).pair }), ORDINARY_WRITES);
    },
  };
}

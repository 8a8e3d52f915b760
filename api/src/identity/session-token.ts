import * as z from 'zod';
import { ANONYMOUS, STAFF_ROLES, type Actor } from '../core/actor';

// GovOpen's own session: a short signed token naming the resident or staff member. WeChat's
// session_key never leaves the server; the client only ever holds this.

const ISSUER = 'govopen';
/**
 * jose is loaded by the first token issued or read: a Lambda cold start answering someone signed out
 * never needs it (issue 17). Kept once loaded: under tsx (`npm start`) every `import()` is resolved
 * again through the loader's thread, a message per request; a failed load is tried again next time.
 */
let loaded: Promise<typeof import('jose')> | undefined;
const jose = () =>
  (loaded ??= import('jose').catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));
const ALGORITHM = 'HS256';

// `sv`: the account's session version when the token was issued; signing out (or a new password)
// raises the account's, and tokens naming an older one stop working (app.ts checks it).
const version = z.number().int().min(0).default(0);
const claimsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), sub: z.string().min(1), sv: version }),
  z.object({ kind: z.literal('staff'), sub: z.string().min(1), role: z.enum(STAFF_ROLES), department: z.string(), sv: version }),
]);

export interface SessionTokens {
  /** A token for the actor, naming the account's current session version. */
  issue(actor: Extract<Actor, { kind: 'resident' | 'staff' }>, sessionVersion?: number): Promise<{ token: string; expiresAt: string }>;
  /**
   * The actor a bearer token stands for, with the session version it names; anonymous (with the
   * reason) when it cannot be used: forged, expired, or without an expiry at all.
   */
  read(authorization: string | undefined): Promise<{ actor: Actor; sessionVersion: number }>;
}

export function createSessionTokens(secret: string, hours: { resident: number; staff: number }): SessionTokens {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(actor, sessionVersion = 0) {
      const lifetimeSeconds = Math.round((actor.kind === 'staff' ? hours.staff : hours.resident) * 3600);
      const expiresAt = new Date(Math.floor(Date.now() / 1000 + lifetimeSeconds) * 1000);
      const claims = actor.kind === 'staff' ? { kind: 'staff', role: actor.role, department: actor.department, sv: sessionVersion } : { kind: 'resident', sv: sessionVersion };
      const { SignJWT } = await jose();
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(ISSUER)
        .setSubject(actor.kind === 'staff' ? actor.staffId : actor.residentId)
        .setIssuedAt()
        .setExpirationTime(expiresAt)
        .sign(key);
      return { token, expiresAt: expiresAt.toISOString() };
    },
    async read(authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
      if (!match?.[1]) return { actor: authorization ? { kind: 'anonymous', tokenProblem: 'invalid' } : ANONYMOUS, sessionVersion: 0 };
      // Outside the try: a module that fails to load is a server error, not everyone signed out.
      const { errors, jwtVerify } = await jose();
      try {
        // A token that never expires is no session GovOpen issued (issue 11, finding 8).
        const { payload } = await jwtVerify(match[1], key, { issuer: ISSUER, algorithms: [ALGORITHM], requiredClaims: ['exp'] });
        const claims = claimsSchema.parse(payload);
        const actor: Actor = claims.kind === 'staff'
          ? { kind: 'staff', staffId: claims.sub, role: claims.role, department: claims.department }
          : { kind: 'resident', residentId: claims.sub };
        return { actor, sessionVersion: claims.sv };
      } catch (error) {
        return { actor: { kind: 'anonymous', tokenProblem: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }, sessionVersion: 0 };
      }
    },
  };
}

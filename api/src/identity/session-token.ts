import { errors, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod';
import { ANONYMOUS, STAFF_ROLES, type Actor } from '../core/actor';

// GovOpen's own session: a short signed token naming the resident or staff member. WeChat's
// session_key never leaves the server; the client only ever holds this.

const ISSUER = 'govopen';
const ALGORITHM = 'HS256';

const claimsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), sub: z.string().min(1) }),
  z.object({ kind: z.literal('staff'), sub: z.string().min(1), role: z.enum(STAFF_ROLES), department: z.string() }),
]);

export interface SessionTokens {
  issue(actor: Extract<Actor, { kind: 'resident' | 'staff' }>): Promise<{ token: string; expiresAt: string }>;
  /** The actor a bearer token stands for; anonymous (with the reason) when it cannot be used. */
  read(authorization: string | undefined): Promise<Actor>;
}

export function createSessionTokens(secret: string, hours: { resident: number; staff: number }): SessionTokens {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(actor) {
      const lifetimeSeconds = Math.round((actor.kind === 'staff' ? hours.staff : hours.resident) * 3600);
      const expiresAt = new Date(Math.floor(Date.now() / 1000 + lifetimeSeconds) * 1000);
      const claims = actor.kind === 'staff' ? { kind: 'staff', role: actor.role, department: actor.department } : { kind: 'resident' };
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
      if (!match?.[1]) return authorization ? { kind: 'anonymous', tokenProblem: 'invalid' } : ANONYMOUS;
      try {
        const { payload } = await jwtVerify(match[1], key, { issuer: ISSUER, algorithms: [ALGORITHM] });
        const claims = claimsSchema.parse(payload);
        return claims.kind === 'staff'
          ? { kind: 'staff', staffId: claims.sub, role: claims.role, department: claims.department }
          : { kind: 'resident', residentId: claims.sub };
      } catch (error) {
        return { kind: 'anonymous', tokenProblem: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}

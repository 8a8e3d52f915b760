/** Who is making a request, as far as GovOpen knows from the session token. */
export type Actor =
  | { kind: 'anonymous'; /** set when a token was sent but cannot be used */ tokenProblem?: 'expired' | 'invalid' }
  | { kind: 'resident'; residentId: string }
  | { kind: 'staff'; staffId: string; role: StaffRole; department: string }
  /** GovOpen itself: command-line imports, start-up tasks; named in audit records, allowed nothing over the API. */
  | { kind: 'system'; name: string };

export const STAFF_ROLES = ['DISTRICT_ADMIN', 'DEPARTMENT_EDITOR'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

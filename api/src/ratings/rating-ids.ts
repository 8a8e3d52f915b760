import { createHash } from 'node:crypto';

// Ids derived from what they name, so the same request twice names the same item, and the rater's
// pseudonym staff see instead of the resident's id.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const SERVICE_ID = /^[0-9a-f]{16}$/u;
export const RATING_ID = /^[0-9a-f]{20}$/u;

/** Service ids come from the department and the name it was created with: the same request twice is one service. */
export const serviceIdFor = (department: string, name: string) => sha256(`service|${department}|${name}`).slice(0, 16);

/**
 * A rating's id is its uniqueness rule: one per resident per service per 办件号 (一事一评), or without
 * one, per resident per service per Beijing day (一次一评).
 */
export const ratingIdFor = (residentId: string, serviceId: string, matterNumber: string | null, ratedDate: string) =>
  sha256(`rating|${residentId}|${serviceId}|${matterNumber ? `matter|${matterNumber}` : `day|${ratedDate}`}`).slice(0, 20);

/**
 * What staff of a department see instead of the resident's id: stable across the resident's ratings of
 * that department, not reversible, and different in every other department, so departments comparing
 * notes cannot link one resident's ratings.
 */
export const raterReference = (residentId: string, department: string) => `评价人-${sha256(`rater|${department}|${residentId}`).slice(0, 8)}`;

import { createHash } from 'node:crypto';
import type { StoredUpdate } from './project-model';

// Ids derived from content, so the same thing sent twice (a double tap, a retry, the demo loaded
// again) names the same item and is stored once.

const hash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);

/** A project is one title in one year's list (under one parent). */
export const projectIdFor = (year: number, list: string, parentId: string | null, title: string) => hash([year, list, parentId, title]);

/** A timeline entry is its content, by one department, on one day. */
export const updateIdFor = (update: Omit<StoredUpdate, 'id' | 'postedAt' | 'postedBy'>) =>
  hash([update.projectId, update.kind, update.date, update.department, update.text, { figures: update.figures, spending: update.spending, photos: update.photos, milestoneId: update.milestoneId, corrects: update.corrects }]);

/** A proposal is its text, by one resident, for one year. */
export const proposalIdFor = (residentId: string, forYear: number, title: string, description: string, location: string) =>
  hash([residentId, forYear, title, description, location]);

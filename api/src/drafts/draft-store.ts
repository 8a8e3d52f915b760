import type { AuditEntry, AuditLog } from '../core/audit';
import type { Dynamo } from '../core/dynamo';
import { itemsOf, type Page, type PageRequest } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne, type Write } from '../core/transactions';
import { draftCommenterItem, draftCommentItem, draftItem } from './draft-items';
import type { CommentState, DraftStatus, StoredDraft, StoredDraftComment } from './draft-model';

// 意见征集's reads and writes; how the items sit in the table is declared in draft-items.ts.

export interface DraftListQuery {
  /** Undefined: every draft, newest first. */
  status?: DraftStatus;
  /** Words the title must contain. */
  words?: string;
  /** Only this department's. */
  department?: string;
  now: Date;
}

export interface DraftStore {
  /** Stores a new draft; the one already there when the id is taken (a double tap). */
  publish(draft: StoredDraft, audit: AuditEntry): Promise<{ created: boolean; draft: StoredDraft }>;
  get(id: string): Promise<StoredDraft | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredDraft>>;
  list(query: DraftListQuery, page: PageRequest): Promise<Page<StoredDraft>>;
  /** Replaces the draft if it still has the version it was read at; false otherwise. */
  change(before: StoredDraft, after: StoredDraft, audit?: AuditEntry): Promise<boolean>;
  /** Open drafts whose period ended before `now`. */
  dueToClose(now: Date): Promise<StoredDraft[]>;
  /**
   * Stores a comment, its writer as a commenter and the draft's count, if the draft still takes
   * comments at `now`; the comment already there when its id is taken (a double tap); null when the draft has closed.
   */
  addComment(comment: StoredDraftComment, now: Date): Promise<{ created: boolean; comment: StoredDraftComment } | null>;
  getComment(draftId: string, id: string): Promise<StoredDraftComment | null>;
  getComments(draftId: string, ids: readonly string[]): Promise<StoredDraftComment[]>;
  /** Replaces a pending comment with the moderator's decision; false when someone decided first. */
  moderate(after: StoredDraftComment, audit: AuditEntry): Promise<boolean>;
  /** One draft's comments in one state, oldest first. */
  comments(draftId: string, state: CommentState, page: PageRequest): Promise<Page<StoredDraftComment>>;
  commentsOf(residentId: string, page: PageRequest): Promise<Page<StoredDraftComment>>;
  /** Residents who commented and have not been told of the 采纳情况. */
  untoldCommenters(draftId: string): Promise<string[]>;
  /** Marks one commenter told; false when they already were (so each is told once). */
  markTold(draftId: string, residentId: string, at: Date): Promise<boolean>;
}

/** The gsi1 sort keys are `<closesAt>#<id>`, and `$` sorts just after `#`: every draft that ended by `now` sorts before this, every other after. */
const endedBy = (now: Date) => `${now.toISOString()}$`;

export function createDraftStore(dynamo: Dynamo, audit: AuditLog): DraftStore {
  const { drafts, comments, commenters } = itemsOf(dynamo, { drafts: draftItem, comments: draftCommentItem, commenters: draftCommenterItem });
  const run = async (writes: Write[]) => (await transact(dynamo, writes, ORDINARY_WRITES)).ok;
  const sameVersion = (draft: StoredDraft) => ({ if: '#version = :version', values: { ':version': draft.version } });
  const titleHas = (words: string | undefined, department: string | undefined) => {
    const parts = [words ? 'contains(#title, :words)' : '', department ? '#department = :department' : ''].filter(Boolean);
    return parts.length === 0 ? undefined : { if: parts.join(' AND '), values: { ...(words ? { ':words': words } : {}), ...(department ? { ':department': department } : {}) } };
  };

  return {
    async publish(draft, entry) {
      if (await run([drafts.put(draft, { if: 'attribute_not_exists(pk)' }), audit.write(entry)])) return { created: true, draft };
      const existing = await drafts.get({ id: draft.id }, true);
      if (!existing) throw new Error(`draft ${draft.id} was refused but is not there`);
      return { created: false, draft: existing };
    },
    get: (id) => drafts.get({ id }, true),
    getMany: async (ids) => new Map((await drafts.getMany(ids.map((id) => ({ id })))).map((draft) => [draft.id, draft])),
    list({ status, words, department, now }, page) {
      const filter = titleHas(words, department);
      if (status === undefined) return drafts.page({ index: 'gsi2', where: {}, descending: true, filter }, page);
      // Open: those whose period has not passed, closing soonest first; the rest newest end first.
      const range = status === 'OPEN' ? { from: endedBy(now) } : undefined;
      return drafts.page({ index: 'gsi1', where: { status }, range, descending: status !== 'OPEN', filter }, page);
    },
    change: (before, after, entry) => run([drafts.put(after, sameVersion(before)), ...(entry ? [audit.write(entry)] : [])]),
    dueToClose: (now) => drafts.query({ index: 'gsi1', where: { status: 'OPEN' }, range: { before: endedBy(now) } }),
    async addComment(comment, now) {
      const stillOpen = drafts.update({ id: comment.draftId }, 'ADD #commentCount :one', {
        if: '#status = :open AND #closesAt > :now',
        values: { ':one': 1, ':open': 'OPEN', ':now': now.toISOString() },
      });
      const written = await transact(
        dynamo,
        [
          comments.put(comment, { if: 'attribute_not_exists(pk)' }),
          commenters.update({ draftId: comment.draftId, residentId: comment.residentId }, 'SET #draftId = :draftId, #residentId = :residentId', {
            values: { ':draftId': comment.draftId, ':residentId': comment.residentId },
          }),
          stillOpen,
        ],
        ORDINARY_WRITES,
      );
      if (written.ok) return { created: true, comment };
      const existing = await comments.get({ draftId: comment.draftId, id: comment.id }, true);
      if (existing) return { created: false, comment: existing };
      // The comment is new, so it was the draft's condition that failed: the period is over.
      if (written.refused(stillOpen)) return null;
      throw new Error(`comment ${comment.id} was refused for no known reason`);
    },
    getComment: (draftId, id) => comments.get({ draftId, id }, true),
    getComments: (draftId, ids) => comments.getMany(ids.map((id) => ({ draftId, id }))),
    moderate: (after, entry) => run([comments.put(after, { if: '#state = :pending', values: { ':pending': 'PENDING' } }), audit.write(entry)]),
    comments: (draftId, state, page) => comments.page({ index: 'gsi1', where: { draftId, state } }, page),
    commentsOf: (residentId, page) => comments.page({ index: 'gsi2', where: { residentId }, descending: true }, page),
    untoldCommenters: async (draftId) =>
      (await commenters.query({ where: { draftId }, filter: { if: 'attribute_not_exists(#toldAt)' }, consistent: true })).map((c) => c.residentId),
    async markTold(draftId, residentId, at) {
      const write = commenters.update({ draftId, residentId }, 'SET #toldAt = :at', { if: 'attribute_exists(pk) AND attribute_not_exists(#toldAt)', values: { ':at': at.toISOString() } });
      return (await writeOne(dynamo, write, ORDINARY_WRITES)).ok;
    },
  };
}

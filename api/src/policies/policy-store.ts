import { VALIDITIES, type PolicyDraft, type Validity } from '@govopen/shared';
import type { AuditEntry, AuditLog } from '../core/audit';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { conflict, notFound } from '../core/errors';
import { allOf, isOneOf, itemsOf, type Condition, type Page } from '../core/items';
import { ORDINARY_WRITES, transact, type Write } from '../core/transactions';
import { alreadyPublishedInWords, contentHashOf, policyIdFor, type PolicyIdentity } from './policy-id';
import { facetCounterItem, interpretationItem, policyIdentityItem, policyItem, policyListEntryItem } from './policy-items';
import { countedEntry, departmentFacet, policyListing, type ListingBucket, type ListingEntry } from './policy-listing';
import type { PolicySummary, StoredInterpretation, StoredPolicy } from './policy-model';

// The policies' reads and writes; how they sit in the table is declared in policy-items.ts.

export interface PolicyListQuery {
  /** The owning department's list (staff): every policy it owns, whatever its disclosure. */
  department?: string;
  issuer?: string;
  year?: number;
  topic?: string;
  targetGroup?: string;
  validity: Validity[];
  /** Terms already in search form (see `searchForm`); every term must occur. */
  terms: string[];
  first: number;
  after?: string;
}

export interface FacetCounts {
  issuers: Array<{ value: string; count: number }>;
  years: Array<{ value: string; count: number }>;
  topics: Array<{ value: string; count: number }>;
  targetGroups: Array<{ value: string; count: number }>;
}

export interface QuestionAnswer {
  question: string;
  answer: string;
}

/** An interpretation's Q&A holds at most this many pairs (as staff may write it). */
export const MAX_INTERPRETATION_QUESTIONS = 50;

/** What staff record when they change a published policy's text or validity (policy-write-resolvers.ts). */
const STAFF_CORRECTIONS = new Set(['policy.update', 'policy.repeal']);

/** Said when a policy changed between a clerk opening it and saving it (another clerk, another tab). */
const CHANGED_MEANWHILE = '这份文件在您修改期间已被别人改过了。请重新打开它，核对别人改了什么，再修改。';
/** Said when another document took the same 索引号/文号 between the check and the save. */
const TAKEN_MEANWHILE = '刚刚有另一份文件用这个索引号或文号发布了。请核对索引号和文号，一份文件只能发布一次。';

/** kept: an import found the policy corrected by staff since and left it as it is. */
export type SaveOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

export interface SaveRequest {
  id: string;
  draft: PolicyDraft;
  /** The department that owns a new policy; an existing one keeps its owner. */
  department?: string;
  /**
   * create: a new policy (an identical one already there is fine); update: an existing one; upsert:
   * either; import: either, but a policy staff corrected (修改, 废止) since it was last imported stays.
   */
  mode: 'create' | 'update' | 'upsert' | 'import';
  /** update: the version the writer started from; refused (CONFLICT) when it changed since. */
  version?: number;
  audit?: AuditEntry;
  /**
   * The policy at `id` as the writer just read it (findDocument's answer): not read again. Its write
   * still holds only if the policy is unchanged since.
   */
  found?: HashedPolicy;
}

/** A policy as stored, with the hash of its content that tells a save of the same text (unchanged). */
export type HashedPolicy = StoredPolicy & { contentHash: string };

export interface PolicyStore {
  list(query: PolicyListQuery): Promise<Page<PolicySummary>>;
  /** The policy and its interpretations in one read. */
  getWithInterpretations(id: string): Promise<{ policy: StoredPolicy; interpretations: StoredInterpretation[] } | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredPolicy>>;
  /** The policy published as this document (by its 索引号, else 文号, else issuer and title, as they are now), corrections followed. */
  findDocument(identity: PolicyIdentity): Promise<HashedPolicy | null>;
  /** The id a new policy of this identity gets: its identity's, unless a policy corrected to another identity holds that id. */
  idForNew(identity: PolicyIdentity): Promise<string>;
  facets(): Promise<FacetCounts>;
  /** Creates or replaces the policy, keeping list entries, facet counts and the audit trail in step, all or nothing. */
  save(request: SaveRequest): Promise<{ outcome: SaveOutcome; policy: StoredPolicy }>;
  /** Adds an interpretation; one with the same id already there is left as it is (a retried request). */
  addInterpretation(policyId: string, interpretation: StoredInterpretation, audit?: AuditEntry): Promise<StoredInterpretation>;
  /**
   * Appends a question and its answer to an interpretation's Q&A, unless that very pair is already there
   * (a double tap). Written only if nobody changed the Q&A meanwhile, so a concurrent edit is not lost.
   */
  addQuestion(policyId: string, interpretationId: string, qa: QuestionAnswer, audit?: AuditEntry): Promise<StoredInterpretation>;
  /** Replaces an interpretation's content (its id and day stay), only from `version`: CONFLICT when it moved on. */
  updateInterpretation(policyId: string, interpretation: StoredInterpretation, version: number, audit?: AuditEntry): Promise<StoredInterpretation>;
  hasAnyPolicy(): Promise<boolean>;
}

export function createPolicyStore(dynamo: Dynamo, audit: AuditLog, now: Clock): PolicyStore {
  const { policies, identities, interpretations, entries, counters } = itemsOf(dynamo, {
    policies: policyItem,
    identities: policyIdentityItem,
    interpretations: interpretationItem,
    entries: policyListEntryItem,
    counters: facetCounterItem,
  });

  async function getWithInterpretations(id: string) {
    // INTERPRETATION#… sorts just before POLICY and VIEW#… after it, so one key range holds both.
    const items = await interpretations.readRange({ where: { policyId: id }, range: { upTo: policyItem.key({ id }).sk } });
    const policyFound = items.find(policyItem.is);
    if (!policyFound) return null;
    const found = items
      .filter(interpretationItem.is)
      .map(interpretationItem.decode)
      .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate));
    return { policy: policyItem.decode(policyFound), interpretations: found };
  }

  async function save({ id, draft, department, mode, version, audit: entry, found }: SaveRequest) {
    const old = found ?? (await policies.get({ id }, true));
    const owner = old ? old.department : department;
    if (!owner) throw new Error(`policy ${id} needs an owning department`);
    const contentHash = contentHashOf({ ...draft, department: owner });
    if (old && version !== undefined && old.version !== version) throw conflict(CHANGED_MEANWHILE);
    if (old && old.contentHash === contentHash) return { outcome: 'unchanged' as const, policy: old };
    if (mode === 'create' && old) throw conflict(alreadyPublishedInWords(old, owner));
    if (mode === 'update' && !old) throw notFound('找不到这份政策文件。');
    if (mode === 'import' && old && (await correctedSinceImport(id))) return { outcome: 'kept' as const, policy: old };
    const identityWrites = await identityMoves(id, old, draft);
    const at = now().toISOString();
    const policy: StoredPolicy = {
      ...draft,
      id,
      department: owner,
      year: policyYear(draft),
      summary: summarise(draft),
      version: old ? old.version + 1 : 1,
      createdAt: old ? old.createdAt : at,
      updatedAt: at,
    };
    const before = old ? policyListing(old) : [];
    const after = policyListing(policy);
    const kept = new Set(after.map((e) => `${e.bucket}#${e.facet}`));
    const outcome = await transact(
      dynamo,
      [
        policies.put({ ...policy, contentHash }, old ? { if: '#version = :version', values: { ':version': old.version } } : { if: 'attribute_not_exists(pk)' }),
        ...before.filter((e) => !kept.has(`${e.bucket}#${e.facet}`)).map((e) => entries.remove({ id, bucket: e.bucket, facet: e.facet })),
        ...after.map((e) => entries.put(listEntryOf(policy, e))),
        ...identityWrites,
        ...(entry ? [audit.write(entry)] : []),
        ...countDeltas(before, after).map(([key, delta]) =>
          counters.update(key, 'SET #bucket = :bucket, #facet = :facet ADD #count :delta', { values: { ':bucket': key.bucket, ':facet': key.facet, ':delta': delta } }),
        ),
      ],
      ORDINARY_WRITES,
    );
    if (!outcome.ok) throw conflict(identityWrites.some((write) => outcome.refused(write)) ? TAKEN_MEANWHILE : CHANGED_MEANWHILE);
    return { outcome: old ? ('updated' as const) : ('created' as const), policy };
  }

  /**
   * Whether staff corrected (修改) or repealed (废止) policy `id` after its last import: the original file
   * imported again would silently undo that.
   */
  async function correctedSinceImport(id: string) {
    let corrected = false;
    for (const record of await audit.trail('policy', id)) {
      if (record.action === 'policy.import') corrected = false;
      else if (STAFF_CORRECTIONS.has(record.action)) corrected = true;
    }
    return corrected;
  }

  /**
   * A policy is found by its identity at its own id while the two agree, else by a policyIdentityItem.
   * The writes that keep that so when policy `id` is saved with `draft`, each conditional on no other
   * policy holding the identity meanwhile: the item put for a new identity held under another id,
   * the one of the identity it had removed, and, for an identity held at its own id, no item of it.
   */
  async function identityMoves(id: string, old: StoredPolicy | null, draft: PolicyDraft) {
    const was = old ? policyIdFor(old) : null;
    const now = policyIdFor(draft);
    if (was === now) return [];
    const writes: Write[] = [];
    if (was !== null && was !== id) writes.push(identities.remove({ identity: was }, { if: '#policyId = :id', values: { ':id': id } }));
    if (now === id) {
      writes.push(identities.check({ identity: now }, { if: 'attribute_not_exists(pk)' }));
    } else {
      // The policy at the identity's own id holds another identity now (or there is none): it must stay so.
      const atItsId = await policies.get({ id: now }, true);
      writes.push(
        identities.put({ identity: now, policyId: id }, { if: 'attribute_not_exists(pk)' }),
        policies.check({ id: now }, atItsId ? { if: '#version = :version', values: { ':version': atItsId.version } } : { if: 'attribute_not_exists(pk)' }),
      );
    }
    return writes;
  }

  async function findDocument(identity: PolicyIdentity) {
    const key = policyIdFor(identity);
    const [atItsId, moved] = await Promise.all([policies.get({ id: key }, true), identities.get({ identity: key }, true)]);
    if (atItsId && policyIdFor(atItsId) === key) return atItsId;
    return moved ? policies.get({ id: moved.policyId }, true) : null;
  }

  async function idForNew(identity: PolicyIdentity) {
    for (let taken = 0; ; taken++) {
      const id = policyIdFor(identity, taken);
      const holder = await policies.get({ id }, true);
      if (!holder || policyIdFor(holder) === policyIdFor(identity)) return id;
    }
  }

  async function addInterpretation(policyId: string, interpretation: StoredInterpretation, entry?: AuditEntry) {
    const stored = { ...interpretation, policyId };
    const policyExists = policies.check({ id: policyId }, { if: 'attribute_exists(pk)' });
    const outcome = await transact(
      dynamo,
      [policyExists, interpretations.put(stored, { if: 'attribute_not_exists(pk)' }), ...(entry ? [audit.write(entry)] : [])],
      ORDINARY_WRITES,
    );
    if (outcome.ok) return interpretation;
    if (outcome.refused(policyExists)) throw notFound('找不到这份政策文件。');
    return (await interpretations.get(stored, true)) ?? interpretation;
  }

  async function addQuestion(policyId: string, interpretationId: string, qa: QuestionAnswer, entry?: AuditEntry) {
    const found = (await getWithInterpretations(policyId))?.interpretations.find((i) => i.id === interpretationId);
    if (!found) throw notFound('找不到这篇政策解读。');
    const holds = (i: StoredInterpretation) => i.questions.some((q) => q.question === qa.question && q.answer === qa.answer);
    if (holds(found)) return found;
    if (found.questions.length >= MAX_INTERPRETATION_QUESTIONS) throw conflict(`这篇解读的问答已有 ${MAX_INTERPRETATION_QUESTIONS} 条，不能再加了。`);
    const after = { ...found, questions: [...found.questions, qa] };
    const outcome = await transact(
      dynamo,
      [
        interpretations.put({ ...after, policyId }, { if: 'size(#questions) = :count', values: { ':count': found.questions.length } }),
        ...(entry ? [audit.write(entry)] : []),
      ],
      ORDINARY_WRITES,
    );
    if (outcome.ok) return after;
    // Lost to a concurrent write: fine when that write was this same pair (the other tap of a double tap).
    const now = (await getWithInterpretations(policyId))?.interpretations.find((i) => i.id === interpretationId);
    if (now && holds(now)) return now;
    throw conflict('这篇解读的问答刚被别人修改过，请刷新后再试。');
  }

  async function updateInterpretation(policyId: string, interpretation: StoredInterpretation, version: number, entry?: AuditEntry) {
    const after = { ...interpretation, version: version + 1 };
    // Written before versions existed, an interpretation is version 1 without the attribute.
    const unchanged = version === 1 ? 'attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :version)' : 'attribute_exists(pk) AND #version = :version';
    const outcome = await transact(
      dynamo,
      [interpretations.put({ ...after, policyId }, { if: unchanged, values: { ':version': version } }), ...(entry ? [audit.write(entry)] : [])],
      ORDINARY_WRITES,
    );
    if (!outcome.ok) throw conflict('这篇解读在您修改期间已被别人改过了。请重新打开它，核对别人改了什么，再修改。');
    return after;
  }

  return {
    getWithInterpretations,
    save,
    findDocument,
    idForNew,
    addInterpretation,
    addQuestion,
    updateInterpretation,
    list(query) {
      const { partition, filter } = planListQuery(query);
      return entries.page({ index: 'gsi1', where: partition, filter, descending: true }, query);
    },
    async getMany(ids) {
      const found = await policies.getMany(ids.map((id) => ({ id })));
      return new Map(found.map((policy) => [policy.id, policy]));
    },
    async facets() {
      const counts: FacetCounts = { issuers: [], years: [], topics: [], targetGroups: [] };
      const lists: Record<string, Array<{ value: string; count: number }>> = { ISSUER: counts.issuers, YEAR: counts.years, TOPIC: counts.topics, GROUP: counts.targetGroups };
      for (const { facet, count } of await counters.query({ where: { bucket: 'CURRENT' }, filter: { if: '#count > :zero', values: { ':zero': 0 } } })) {
        const [kind = '', ...value] = facet.split('#');
        lists[kind]?.push({ value: value.join('#'), count });
      }
      counts.years.sort((a, b) => b.value.localeCompare(a.value));
      for (const list of [counts.issuers, counts.topics, counts.targetGroups]) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
      return counts;
    },
    async hasAnyPolicy() {
      return ((await counters.get({ bucket: 'ANY', facet: 'ALL' }))?.count ?? 0) > 0;
    },
  };
}

/** Chooses the index partition that already narrows the list most, and filters the rest. */
function planListQuery(query: PolicyListQuery): { partition: { bucket: ListingBucket; facet: string }; filter?: Condition } {
  const wanted = new Set(query.validity);
  const bucket: ListingBucket = [...wanted].every((v) => v !== 'REPEALED') ? 'CURRENT' : wanted.size === 1 ? 'REPEALED' : 'ANY';
  const candidates = [
    { value: query.targetGroup, facet: `GROUP#${query.targetGroup}`, filter: { if: 'contains(#targetGroups, :targetGroup)', values: { ':targetGroup': query.targetGroup } } },
    { value: query.topic, facet: `TOPIC#${query.topic}`, filter: { if: 'contains(#topics, :topic)', values: { ':topic': query.topic } } },
    { value: query.issuer, facet: `ISSUER#${query.issuer}`, filter: { if: '#issuer = :issuer', values: { ':issuer': query.issuer } } },
    { value: query.year, facet: `YEAR#${query.year}`, filter: { if: '#year = :year', values: { ':year': query.year } } },
  ].filter((candidate) => candidate.value !== undefined);
  // The department's own list is the only partition that holds what is not public: it is always read
  // when asked for (its entries carry the searchable text too). Otherwise only the ALL entries carry
  // the text, so a text search reads that partition.
  const chosen = query.department !== undefined ? { facet: departmentFacet(query.department) } : query.terms.length === 0 ? candidates[0] : undefined;
  const bucketHolds: Validity[] = bucket === 'CURRENT' ? ['VALID', 'AMENDED'] : bucket === 'REPEALED' ? ['REPEALED'] : [...VALIDITIES];
  const filter = allOf(
    ...candidates.filter((candidate) => candidate !== chosen).map((candidate) => candidate.filter),
    bucketHolds.some((v) => !wanted.has(v)) && isOneOf('validity', [...wanted]),
    ...query.terms.map((term, i) => ({ if: `contains(#searchText, :term${i})`, values: { [`:term${i}`]: term } })),
  );
  return { partition: { bucket, facet: chosen?.facet ?? 'ALL' }, filter };
}

/** How each facet counter moves when a policy's list entries go from `before` to `after`. */
function countDeltas(before: ListingEntry[], after: ListingEntry[]): Array<[{ bucket: string; facet: string }, number]> {
  const deltas = new Map<string, number>();
  const change = (entries: ListingEntry[], by: number) => {
    for (const entry of entries) {
      if (!countedEntry(entry)) continue;
      deltas.set(entry.facet, (deltas.get(entry.facet) ?? 0) + by);
    }
  };
  change(before, -1);
  change(after, +1);
  const changed = [...deltas].filter(([, delta]) => delta !== 0).map(([facet, delta]): [{ bucket: string; facet: string }, number] => [{ bucket: 'CURRENT', facet }, delta]);
  // The counter for "any policy" lets an empty store be told apart from a filled one.
  const anyBefore = before.some((e) => e.facet === 'ALL') ? 1 : 0;
  const anyAfter = after.some((e) => e.facet === 'ALL') ? 1 : 0;
  return anyAfter === anyBefore ? changed : [...changed, [{ bucket: 'ANY', facet: 'ALL' }, anyAfter - anyBefore]];
}

function policyYear(draft: PolicyDraft): number | null {
  const fromDate = (draft.publishedDate ?? draft.writtenDate)?.slice(0, 4);
  const fromTitle = /(20\d{2}|19\d{2})年/.exec(draft.title)?.[1];
  const year = fromDate ?? fromTitle;
  return year ? Number(year) : null;
}

const SUMMARY_LENGTH = 90;

function summarise(draft: PolicyDraft): string {
  const firstSection = draft.sections.find((s) => s.text.trim().length > 0);
  const text = (firstSection ? `${firstSection.heading}${firstSection.text}` : draft.body).replace(/\s+/g, '');
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

/** The stored list entry of a policy at one place it shows up in lists. */
export function listEntryOf(policy: StoredPolicy, { bucket, facet, searchText }: ListingEntry) {
  const sortDate = policy.publishedDate ?? policy.writtenDate ?? `${policy.year ?? '0000'}-00-00`;
  return { ...summaryOf(policy), bucket, facet, sortDate, ...(searchText === undefined ? {} : { searchText }) };
}

function summaryOf(policy: StoredPolicy): PolicySummary {
  const { id, title, documentNumber, issuer, publishedDate, year, validity, topics, targetGroups, summary } = policy;
  return { id, title, documentNumber, issuer, publishedDate, year, validity, topics, targetGroups, summary };
}

import type { AuditEntry, AuditLog } from '../core/audit';
import { changeWrites, openingWrites } from '../core/case-history';
import type { Dynamo } from '../core/dynamo';
import { itemsOf, type Page, type PageRequest } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne, type Write } from '../core/transactions';
import type { ConsultationChange } from './consultation-flow';
import { consultationAskerEntryItem, consultationItem, consultationStepItem, frequentQuestionItem, questionPhotoUploadsItem } from './consultation-items';
import type { ConsultationStep, StoredConsultation, StoredFrequentQuestion } from './consultation-model';

// 咨询留言's and 高频问答's reads and writes; how the items sit in the table is declared in
// consultation-items.ts.

export interface ConsultationQueueQuery {
  /** Undefined: every department. */
  department?: string;
  stage: 'OPEN' | 'DONE';
  /** OPEN only: true, the last day before `today` (overdue); false, from `today` on. */
  overdue?: boolean;
  today: string;
}

export interface ConsultationStore {
  /** Stores a new question with its asker's entry and first step; the one already there when the id is taken. */
  add(consultation: StoredConsultation, step: ConsultationStep): Promise<{ created: boolean; consultation: StoredConsultation }>;
  /** A question and its steps, read consistently. */
  get(id: string): Promise<{ consultation: StoredConsultation; steps: ConsultationStep[] } | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredConsultation>>;
  getSteps(id: string): Promise<ConsultationStep[]>;
  /** Applies a change if the question still has the version it was read at; false otherwise. */
  change(change: ConsultationChange, audit?: AuditEntry): Promise<boolean>;
  /** A change that publishes the question as a 高频问答, in the same transaction. */
  publish(change: ConsultationChange, faq: StoredFrequentQuestion, audit: AuditEntry): Promise<boolean>;
  listOf(residentId: string, page: PageRequest): Promise<Page<StoredConsultation>>;
  /** OPEN: by the last day to answer; DONE: newest first. */
  listQueue(query: ConsultationQueueQuery, page: PageRequest): Promise<Page<StoredConsultation>>;
  countQueue(query: ConsultationQueueQuery): Promise<number>;
  getFrequentQuestion(id: string): Promise<StoredFrequentQuestion | null>;
  /** Published 高频问答, newest first, of one department or all, of one topic or all. */
  listFrequentQuestions(query: { department?: string; topic?: string }, page: PageRequest): Promise<Page<StoredFrequentQuestion>>;
  /** Counts one question-photo upload of the resident on the day; false once `limit` were counted that day. */
  countPhotoUpload(residentId: string, day: string, limit: number, expiresAt: number): Promise<boolean>;
}

const bySequence = <T extends { sequence: number }>(steps: T[]) => steps.sort((a, b) => a.sequence - b.sequence);

export function createConsultationStore(dynamo: Dynamo, audit: AuditLog): ConsultationStore {
  const { consultations, entries, steps, faqs, photoUploads } = itemsOf(dynamo, {
    consultations: consultationItem,
    entries: consultationAskerEntryItem,
    steps: consultationStepItem,
    faqs: frequentQuestionItem,
    photoUploads: questionPhotoUploadsItem,
  });
  const run = async (writes: Write[]) => (await transact(dynamo, writes, ORDINARY_WRITES)).ok;
  const auditWrites = (entry?: AuditEntry) => (entry ? [audit.write(entry)] : []);
  const getMany = async (ids: readonly string[]) => new Map((await consultations.getMany(ids.map((id) => ({ id })))).map((c) => [c.id, c]));

  const order = ({ stage, overdue, today }: ConsultationQueueQuery) => ({
    range: stage !== 'OPEN' || overdue === undefined ? undefined : overdue ? { before: today } : { from: today },
    descending: stage === 'DONE',
  });

  return {
    async add(consultation, step) {
      const created = await run([
        ...openingWrites(consultations, steps, consultation, step),
        entries.put({ consultationId: consultation.id, residentId: consultation.residentId, askedAt: consultation.askedAt }, { if: 'attribute_not_exists(pk)' }),
      ]);
      if (created) return { created, consultation };
      const existing = await consultations.get({ id: consultation.id }, true);
      if (!existing) throw new Error(`consultation ${consultation.id} was refused but is not there`);
      return { created, consultation: existing };
    },
    async get(id) {
      const items = await consultations.readRange({ where: { id }, consistent: true });
      const found = items.find(consultationItem.is);
      if (!found) return null;
      return { consultation: consultationItem.decode(found), steps: bySequence(items.filter(consultationStepItem.is).map(consultationStepItem.decode)) };
    },
    getMany,
    getSteps: async (id) => bySequence(await steps.query({ where: { caseId: id } })),
    change: (change, entry) => run([...changeWrites(consultations, steps, change), ...auditWrites(entry)]),
    publish: (change, faq, entry) => run([...changeWrites(consultations, steps, change), faqs.put(faq, { if: 'attribute_not_exists(pk)' }), audit.write(entry)]),
    listOf: (residentId, page) =>
      entries.page({ index: 'gsi1', where: { residentId }, descending: true }, page, async (found) => {
        const byId = await getMany(found.map((entry) => entry.consultationId));
        return found.map((entry) => byId.get(entry.consultationId) ?? null);
      }),
    listQueue: ({ department, ...query }, page) =>
      department === undefined
        ? consultations.page({ index: 'gsi2', where: { stage: query.stage }, ...order(query) }, page)
        : consultations.page({ index: 'gsi1', where: { department, stage: query.stage }, ...order(query) }, page),
    countQueue: ({ department, ...query }) =>
      department === undefined
        ? consultations.count({ index: 'gsi2', where: { stage: query.stage }, ...order(query) })
        : consultations.count({ index: 'gsi1', where: { department, stage: query.stage }, ...order(query) }),
    getFrequentQuestion: (id) => faqs.get({ id }),
    listFrequentQuestions({ department, topic }, page) {
      const filter = topic ? { if: '#topic = :topic', values: { ':topic': topic } } : undefined;
      return department === undefined
        ? faqs.page({ index: 'gsi1', where: {}, filter, descending: true }, page)
        : faqs.page({ index: 'gsi2', where: { department }, filter, descending: true }, page);
    },
    async countPhotoUpload(residentId, day, limit, expiresAt) {
      const counted = await writeOne(
        dynamo,
        photoUploads.update({ residentId, day }, 'SET residentId = :resident, #day = :day, expiresAt = if_not_exists(expiresAt, :expires) ADD uploads :one', {
          if: 'attribute_not_exists(uploads) OR uploads < :limit',
          values: { ':resident': residentId, ':day': day, ':expires': expiresAt, ':one': 1, ':limit': limit },
        }),
        ORDINARY_WRITES,
      );
      return counted.ok;
    },
  };
}

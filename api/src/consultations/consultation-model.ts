import type { z } from 'zod';
import type { CaseStep } from '../core/case-history';
import type { consultationItem, frequentQuestionItem } from './consultation-items';

// 咨询留言: a resident's question to a department, as stored.

/**
 * OPEN: waiting for an answer (also after a reopening); ANSWERED: waiting for the resident's rating;
 * CLOSED: rated 满意, or 不满意 a second time; HOTLINE: handed to the 12345 hotline, which answers it there.
 */
export const CONSULTATION_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED', 'HOTLINE'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_STEP_KINDS = ['ASKED', 'TRANSFERRED', 'MARKED_COMPLEX', 'ANSWERED', 'RATED', 'REOPENED', 'HANDED_TO_HOTLINE', 'PUBLISHED_AS_FAQ'] as const;
export type ConsultationStepKind = (typeof CONSULTATION_STEP_KINDS)[number];

export type StoredConsultation = z.output<typeof consultationItem.declaration.attributes>;
export type ConsultationAnswer = NonNullable<StoredConsultation['answer']>;
export type ConsultationRating = StoredConsultation['ratings'][number];
export type StoredFrequentQuestion = z.output<typeof frequentQuestionItem.declaration.attributes>;

export interface ConsultationStep extends CaseStep<ConsultationStepKind> {
  /** TRANSFERRED (and ASKED): from which department to which. */
  fromDepartment: string | null;
  toDepartment: string | null;
}

// What the GraphQL types' field resolvers start from (codegen's mappers): a question with its steps
// when they were read with it (a single read), without them in lists (loaded when asked for).
export interface ConsultationParent extends StoredConsultation {
  steps?: ConsultationStep[];
}
export type FrequentQuestionParent = StoredFrequentQuestion;

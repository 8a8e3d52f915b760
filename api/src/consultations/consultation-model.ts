import type { CaseClock } from '../core/case-clock';
import type { CaseStep } from '../core/case-history';

// 咨询留言: a resident's question to a department, as stored.

/**
 * OPEN: waiting for an answer (also after a reopening); ANSWERED: waiting for the resident's rating;
 * CLOSED: rated 满意, or 不满意 a second time; HOTLINE: handed to the 12345 hotline, which answers it there.
 */
export const CONSULTATION_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED', 'HOTLINE'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export interface ConsultationAnswer {
  text: string;
  /** The department that answered (after transfers, not necessarily the one first asked). */
  department: string;
  answeredAt: string;
  answeredBy: string;
  onTime: boolean;
}

export interface ConsultationRating {
  satisfied: boolean;
  /** Why not satisfied (required then). */
  reason: string | null;
  ratedAt: string;
}

export interface StoredConsultation {
  id: string;
  residentId: string;
  /** The topic the resident chose, if any. */
  topic: string | null;
  /** The department handling it now; the district office for questions that named none. */
  department: string;
  /** Whether the resident named a department (false: 不知道找谁, routed by the district office). */
  departmentChosen: boolean;
  question: string;
  /** A photo the resident added (PhotoStorage key). */
  photoKey: string | null;
  /** Public questions (and their answers) may be read by everyone; private ones by the asker and the department. */
  public: boolean;
  /** The asker agrees that the question, masked, may be published as a 高频问答. */
  faqConsent: boolean;
  /** A number to call back, stored whole, shown masked; read in full only by the department, audited. */
  contactMobile: string | null;
  status: ConsultationStatus;
  /** A reason given when marked complex (5 working days by default instead of 1). */
  complexReason: string | null;
  askedAt: string;
  askedOn: string;
  clock: CaseClock;
  answer: ConsultationAnswer | null;
  /** The ratings given: one, or two when 不满意 reopened it. */
  ratings: ConsultationRating[];
  /** The 12345 work order it was handed to. */
  hotlineOrder: string | null;
  /** When it was published as a 高频问答. */
  faqPublishedAt: string | null;
  version: number;
  demo: boolean;
}

export const CONSULTATION_STEP_KINDS = ['ASKED', 'TRANSFERRED', 'MARKED_COMPLEX', 'ANSWERED', 'RATED', 'REOPENED', 'HANDED_TO_HOTLINE', 'PUBLISHED_AS_FAQ'] as const;
export type ConsultationStepKind = (typeof CONSULTATION_STEP_KINDS)[number];

export interface ConsultationStep extends CaseStep<ConsultationStepKind> {
  /** TRANSFERRED: from which department to which. */
  fromDepartment: string | null;
  toDepartment: string | null;
}

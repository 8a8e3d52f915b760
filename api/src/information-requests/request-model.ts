import type { z } from 'zod';
import type { CaseStep } from '../core/case-history';
import type { requestItem } from './request-items';

/** 信息处理费 is charged per item (按件) or per page (按量), never both (processing-fee.ts). */
export const FEE_METHODS = ['PER_ITEM', 'PER_PAGE'] as const;
export type FeeMethod = (typeof FEE_METHODS)[number];

// 依申请公开: an application for government information under the 政府信息公开条例 (2019), as stored.

/** 公民 or 法人或者其他组织; organisations are counted by kind in the annual report. */
export const APPLICANT_KINDS = ['CITIZEN', 'ORGANISATION'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const ORGANISATION_KINDS = ['BUSINESS', 'RESEARCH', 'NONPROFIT', 'LEGAL_SERVICE', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = Object.freeze({
  BUSINESS: '商业企业',
  RESEARCH: '科研机构',
  NONPROFIT: '社会公益组织',
  LEGAL_SERVICE: '法律服务机构',
  OTHER: '其他',
});

/** The form the applicant wants the information in (条例 第二十九条). */
export const INFORMATION_FORMS = ['ELECTRONIC', 'PAPER'] as const;
export type InformationForm = (typeof INFORMATION_FORMS)[number];

/** How the applicant wants to receive it. */
export const DELIVERY_METHODS = ['ONLINE', 'EMAIL', 'POST', 'COLLECT'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DELIVERY_LABELS: Readonly<Record<DeliveryMethod, string>> = Object.freeze({
  ONLINE: '在线查看',
  EMAIL: '电子邮件',
  POST: '邮寄',
  COLLECT: '当面领取',
});

export const FORM_LABELS: Readonly<Record<InformationForm, string>> = Object.freeze({ ELECTRONIC: '电子文本', PAPER: '纸质文本' });

/**
 * Where an application stands. PROCESSING: the reply clock runs (or is paused for a third party or a
 * fee); AWAITING_CORRECTION: the applicant was asked to correct it (补正) and the clock stands; REPLIED;
 * CLOSED: not processed further (no correction in time, fee not paid, withdrawn by the applicant).
 */
export const REQUEST_STATUSES = ['PROCESSING', 'AWAITING_CORRECTION', 'REPLIED', 'CLOSED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Why an application was closed without a reply (the annual report's 其他处理). */
export const CLOSE_REASONS = ['CORRECTION_LAPSED', 'FEE_UNPAID', 'WITHDRAWN'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** What the clock waits for while paused. */
export const PAUSE_KINDS = ['CORRECTION', 'THIRD_PARTY', 'FEE'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

export const REQUEST_STEP_KINDS = [
  'RECEIVED',
  'CORRECTION_REQUESTED',
  'CORRECTED',
  'CORRECTION_LAPSED',
  'EXTENDED',
  'THIRD_PARTY_ASKED',
  'THIRD_PARTY_ANSWERED',
  'FEE_NOTIFIED',
  'FEE_PAID',
  'FEE_WAIVED',
  'FEE_LAPSED',
  'REPLIED',
  'WITHDRAWN',
] as const;
export type RequestStepKind = (typeof REQUEST_STEP_KINDS)[number];

export type RequestStep = CaseStep<RequestStepKind>;

export type StoredInformationRequest = z.output<typeof requestItem.declaration.attributes>;
export type Applicant = StoredInformationRequest['applicant'];
export type CorrectionRequest = NonNullable<StoredInformationRequest['correction']>;
export type FeeRecord = NonNullable<StoredInformationRequest['fee']>;
export type RequestReply = NonNullable<StoredInformationRequest['reply']>;

/** What the GraphQL type's field resolvers start from (codegen's mappers): with its steps when read with them. */
export interface InformationRequestParent extends StoredInformationRequest {
  steps?: RequestStep[];
}

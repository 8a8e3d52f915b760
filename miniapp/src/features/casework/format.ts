// 政民互动 in words: where a question or an application stands, its clock, the kinds of reply (dates:
// lib/format.ts; a deadline day with its weekday: features/rating deadlineInWords). No Taro import:
// the pages and their tests share these.
import type {
  ApplicantKind,
  ConsultationDetailFieldsFragment,
  ConsultationFieldsFragment,
  ConsultationStatus,
  ConsultationStepKind,
  DeliveryMethod,
  FeeMethod,
  InformationForm,
  InformationReplyKind,
  InformationRequestDetailFieldsFragment,
  InformationRequestFieldsFragment,
  InformationRequestStatus,
  OrganisationKind,
} from '../../generated/operations';
import { dateInWords, dayInWords } from '../../lib/format';
import { deadlineInWords } from '../rating/format';

export const CONSULTATION_STATUS_WORDS: Record<ConsultationStatus, string> = {
  OPEN: '等待答复',
  ANSWERED: '已答复',
  CLOSED: '已办结',
  HOTLINE: '已转12345热线',
};

export const CONSULTATION_STEP_WORDS: Record<ConsultationStepKind, string> = {
  ASKED: '居民留言',
  TRANSFERRED: '转办',
  MARKED_COMPLEX: '认定为复杂咨询',
  ANSWERED: '答复',
  RATED: '居民评价',
  REOPENED: '居民不满意，重新办理',
  HANDED_TO_HOTLINE: '转12345热线',
  PUBLISHED_AS_FAQ: '公开为高频问答',
};

/** The question's steps in words (a transfer says from where to where). */
export const consultationSteps = (c: Pick<ConsultationDetailFieldsFragment, 'steps'>) =>
  c.steps.map((step) => ({
    at: step.at,
    what: `${CONSULTATION_STEP_WORDS[step.kind]}${step.fromDepartment && step.toDepartment ? `：${step.fromDepartment} → ${step.toDepartment}` : ''}`,
    note: step.note,
  }));

/** The clock of a question in words: 答复期限：<the last day> / 已超期, or when it was answered. */
export function consultationClockInWords(c: Pick<ConsultationFieldsFragment, 'status' | 'answerDeadline' | 'isOverdue' | 'answer'>): string {
  if (c.status === 'OPEN' && c.answerDeadline) return `${c.isOverdue ? '已超期，' : ''}答复期限：${deadlineInWords(c.answerDeadline)}`;
  if (c.answer) return `${dateInWords(c.answer.answeredAt)}答复，${c.answer.onTime ? '按期' : '超期'}`;
  return '';
}

export const REQUEST_STATUS_WORDS: Record<InformationRequestStatus, string> = {
  PROCESSING: '正在办理',
  AWAITING_CORRECTION: '等待您补正',
  REPLIED: '已答复',
  CLOSED: '已终止',
};

/** The status as staff read it: the same, but the waiting is the applicant's. */
export const REQUEST_STAFF_STATUS_WORDS: Record<InformationRequestStatus, string> = { ...REQUEST_STATUS_WORDS, AWAITING_CORRECTION: '等待申请人补正' };

export const REQUEST_STEP_WORDS: Record<string, string> = {
  RECEIVED: '收到申请',
  CORRECTION_REQUESTED: '要求补正',
  CORRECTED: '申请人补正',
  CORRECTION_LAPSED: '逾期未补正，视为放弃申请',
  EXTENDED: '延长答复期限',
  THIRD_PARTY_ASKED: '征求第三方意见',
  THIRD_PARTY_ANSWERED: '第三方意见已收到',
  FEE_NOTIFIED: '通知收取信息处理费',
  FEE_PAID: '信息处理费已缴纳',
  FEE_WAIVED: '信息处理费已减免',
  FEE_LAPSED: '逾期未缴费，视为放弃申请',
  REPLIED: '答复',
  WITHDRAWN: '申请人撤回申请',
};

/** An application's steps in words. */
export const requestSteps = (r: Pick<InformationRequestDetailFieldsFragment, 'steps'>) =>
  r.steps.map((step) => ({ at: step.at, what: REQUEST_STEP_WORDS[step.kind] ?? step.kind, note: step.note }));

export const REPLY_KIND_WORDS: Record<InformationReplyKind, string> = {
  DISCLOSED: '予以公开',
  ALREADY_PUBLIC: '予以公开（已主动公开）',
  PARTLY_DISCLOSED: '部分公开',
  WITHHELD: '不予公开',
  NOT_EXIST: '信息不存在',
  OTHER_AGENCY: '告知向其他机关申请',
  UNAVAILABLE: '无法提供',
  NOT_PROCESSED: '不予处理',
};

/** The grounds a kind of reply may cite (api/src/information-requests/reply-kinds.ts), with the words staff choose from. */
const WITHHELD_GROUNDS = {
  STATE_SECRET: '属于国家秘密',
  FORBIDDEN_BY_LAW: '法律、行政法规禁止公开',
  SECURITY_AND_STABILITY: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
  THIRD_PARTY_RIGHTS: '涉及商业秘密、个人隐私等，公开会损害第三方合法权益',
  INTERNAL_AFFAIRS: '属于内部事务信息',
  PROCESS_INFORMATION: '属于过程性信息',
  ENFORCEMENT_FILE: '属于行政执法案卷信息',
  ADMINISTRATIVE_QUERY: '属于行政查询事项',
};
export const REPLY_GROUNDS: Partial<Record<InformationReplyKind, Record<string, string>>> = {
  PARTLY_DISCLOSED: WITHHELD_GROUNDS,
  WITHHELD: WITHHELD_GROUNDS,
  UNAVAILABLE: { NEEDS_CREATION: '需要对现有信息加工、分析', STILL_UNCLEAR: '补正后申请内容仍不明确' },
  NOT_PROCESSED: {
    PETITION: '以申请的形式信访、投诉、举报',
    REPEATED: '重复申请',
    PUBLICATION: '申请获取公开出版物',
    EXCESSIVE: '申请数量、频次明显超过合理范围',
    CONFIRMATION: '要求确认或重新出具已获取的信息',
  },
};

export const APPLICANT_KIND_WORDS: Record<ApplicantKind, string> = { CITIZEN: '公民', ORGANISATION: '法人或者其他组织' };
export const ORGANISATION_KIND_WORDS: Record<OrganisationKind, string> = {
  BUSINESS: '企业',
  RESEARCH: '科研机构',
  NONPROFIT: '社会公益组织',
  LEGAL_SERVICE: '法律服务机构',
  OTHER: '其他',
};
export const FORM_WORDS: Record<InformationForm, string> = { ELECTRONIC: '电子文档', PAPER: '纸质文本' };
export const DELIVERY_WORDS: Record<DeliveryMethod, string> = { ONLINE: '在网上查看（本小程序）', EMAIL: '电子邮件', POST: '邮寄', COLLECT: '当面领取' };
export const FEE_METHOD_WORDS: Record<FeeMethod, string> = { PER_ITEM: '按件计收', PER_PAGE: '按量计收（页）' };

/** An application's clock in words: the last day to reply, the stop and why, or the outcome. */
export function requestClockInWords(r: Pick<InformationRequestFieldsFragment, 'status' | 'replyDeadline' | 'isOverdue' | 'correctionDueBy' | 'repliedOnTime'>): string {
  if (r.status === 'AWAITING_CORRECTION') return `答复期限暂停，等待补正${r.correctionDueBy ? `（最迟在${dayInWords(r.correctionDueBy)}补正）` : ''}`;
  if (r.status === 'PROCESSING') return r.replyDeadline ? `${r.isOverdue ? '已超期，' : ''}答复期限：${deadlineInWords(r.replyDeadline)}` : '答复期限暂停（征求第三方意见或等待缴费，这段时间不计算在内）';
  if (r.status === 'REPLIED') return r.repliedOnTime === false ? '已答复（超过期限）' : '已按期答复';
  return '';
}

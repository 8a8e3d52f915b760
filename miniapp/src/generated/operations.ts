/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AdoptionItemInput = {
  adopted: boolean;
  response: string;
  suggestion: string;
};

export type AdoptionOutcome =
  | 'ADOPTED'
  | 'NOT_ADOPTED'
  | 'PARTLY_ADOPTED';

export type AgendaItemInput = {
  item: string;
  time?: string | null | undefined;
};

export type AppealState =
  | 'DECIDED'
  /** Appealed by the department; no district admin has decided yet. */
  | 'WAITING';

export type ApplicantKind =
  | 'CITIZEN'
  | 'ORGANISATION';

/** A resident's question (咨询留言). */
export type AskQuestionInput = {
  /** A mobile number to call back on; shown masked everywhere. */
  contactMobile?: string | null | undefined;
  /** The department asked; left out: 不知道找谁, and the district office routes it. */
  department?: string | null | undefined;
  /** Keys from `requestQuestionPhotoUpload`, uploaded, at most 3. Private: only the asker and the handling department see them; never published. */
  photos?: Array<string> | null | undefined;
  /** The asker agrees that the question, masked, may be published as a 高频问答 once answered. */
  public: boolean;
  /** Up to 1000 characters. */
  question: string;
  topic?: string | null | undefined;
};

export type CommentOnDraftInput = {
  draftId: string;
  /** Left out: on the whole draft. */
  sectionId?: string | null | undefined;
  text: string;
};

export type ConsultationQueueFilter = {
  /** District admins: one department, or all when left out; editors always see their own. */
  department?: string | null | undefined;
  /** OPEN only: true for the overdue ones, false for the others. */
  overdue?: boolean | null | undefined;
  stage?: ConsultationStage | null | undefined;
};

export type ConsultationStage =
  /** Answered, closed or handed to 12345, newest first. */
  | 'DONE'
  /** Not answered yet, by the last day to answer. */
  | 'OPEN';

/**
 * OPEN: waiting for an answer (also after a 不满意 reopened it); ANSWERED: waiting for the resident's
 * rating; CLOSED: rated 满意, or 不满意 a second time; HOTLINE: handed to the 12345 hotline.
 */
export type ConsultationStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'HOTLINE'
  | 'OPEN';

export type ConsultationStepKind =
  | 'ANSWERED'
  | 'ASKED'
  | 'HANDED_TO_HOTLINE'
  | 'MARKED_COMPLEX'
  | 'PUBLISHED_AS_FAQ'
  | 'RATED'
  | 'REOPENED'
  | 'TRANSFERRED';

export type CreateStaffInput = {
  /** Required for DEPARTMENT_EDITOR; a DISTRICT_ADMIN belongs to the district office when omitted. */
  department?: string | null | undefined;
  displayName: string;
  role: StaffRole;
  username: string;
};

export type DeliveryMethod =
  | 'COLLECT'
  | 'EMAIL'
  | 'ONLINE'
  | 'POST';

/** 公开方式: 主动公开 / 依申请公开 / 不予公开. Residents only ever see PROACTIVE policies. */
export type Disclosure =
  | 'NOT_DISCLOSED'
  | 'ON_REQUEST'
  | 'PROACTIVE';

/** A document as uploaded from the phone or the computer. */
export type DocumentUpload = {
  /** The file's bytes in base64, at most 70 KB of file (the API's request limit is 100 KB). */
  contentBase64: string;
  /** The file's name (its extension is a hint; the first bytes decide). */
  name: string;
};

/** What the moderator is warned of in a comment. */
export type DraftCommentFlagKind =
  | 'ABUSIVE_WORDS'
  | 'PRIVATE_DATA';

/** PENDING: held for moderation; APPROVED: public (masked); REJECTED: not made public, with the reason. */
export type DraftCommentState =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type DraftFeedbackGroupInput = {
  commentIds: Array<string>;
  outcome: AdoptionOutcome;
  point: string;
  /** Required unless ADOPTED. */
  reason?: string | null | undefined;
};

export type DraftSectionInput = {
  heading: string;
  text: string;
};

/** 意见征集: OPEN takes comments until its period ends; CLOSED: the period is over; ANSWERED: its 采纳情况 is published. */
export type DraftStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN';

export type EventFeedbackInput = {
  satisfaction: Satisfaction;
  suggestions?: string | null | undefined;
  useful?: string | null | undefined;
};

export type EventFilter = {
  department?: string | null | undefined;
  /** yyyy-mm (Beijing time): every published event starting that month. */
  month?: string | null | undefined;
  /** Without a month: false (default) lists events not yet ended, soonest first; true lists ended ones, latest first. */
  past?: boolean | null | undefined;
  theme?: string | null | undefined;
};

/** Instants as ISO 8601 with an offset, e.g. 2026-06-01T09:30:00+08:00. */
export type EventInput = {
  agenda?: Array<AgendaItemInput> | null | undefined;
  capacity: number;
  /** District admins only: the holding department (default: the district office). Editors hold events for their own. */
  department?: string | null | undefined;
  description: string;
  endsAt: string;
  liveUrl?: string | null | undefined;
  officials?: Array<OfficialInput> | null | undefined;
  selectionMode: SelectionMode;
  signUpClosesAt: string;
  /** Default: when the event is published. */
  signUpOpensAt?: string | null | undefined;
  startsAt: string;
  theme: string;
  title: string;
  /** A venue, a live link, or both. */
  venue?: VenueInput | null | undefined;
};

export type EventStatus =
  | 'CANCELLED'
  /** Published; sign-up stopped (by staff, or the window has passed). */
  | 'CLOSED'
  /** Being prepared; only its department's staff see it. */
  | 'DRAFT'
  /** It has taken place (its end has passed). */
  | 'HELD'
  /** Published; sign-up follows the sign-up window. */
  | 'OPEN';

export type EventSummaryInput = {
  adopted: Array<AdoptionItemInput>;
  raised: string;
};

export type FamilyActivityKind =
  | 'ACCEPTED'
  | 'CONFIRMED'
  | 'ENDED'
  | 'INVITED'
  | 'SIGNED_UP';

/**
 * 亲友帮办: INVITED (the resident shared a code), ACCEPTED (the helper entered it; nothing shared yet),
 * ACTIVE (the resident confirmed), ENDED (either side ended it).
 */
export type FamilyLinkState =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'ENDED'
  | 'INVITED';

/** Which side of a family link: the resident helped, or the family member helping. */
export type FamilyRole =
  | 'HELPER'
  | 'RESIDENT';

export type FamilySignUpInput = {
  /** The resident's name, as on their ID card (the open day checks it at the door). */
  name: string;
  /** The resident's own mobile; needed only when GovOpen does not know it yet. */
  phone?: string | null | undefined;
  questions?: string | null | undefined;
};

export type FeeMethod =
  /** Per application (件) in the applicant's calendar month. */
  | 'PER_ITEM'
  /** Per page of this application. */
  | 'PER_PAGE';

export type FeeSettlement =
  | 'PAID'
  | 'WAIVED';

export type FollowUpRatingInput = {
  comment?: string | null | undefined;
  level: Satisfaction;
};

export type InformationForm =
  | 'ELECTRONIC'
  | 'PAPER';

export type InformationReplyInput = {
  /** The legal grounds the kind needs (e.g. STATE_SECRET for WITHHELD). */
  grounds?: Array<string> | null | undefined;
  kind: InformationReplyKind;
  otherAgencyContact?: string | null | undefined;
  /** OTHER_AGENCY: the agency responsible. */
  otherAgencyName?: string | null | undefined;
  reasons: string;
};

/** The kinds of reply the 政府信息公开条例 allows. */
export type InformationReplyKind =
  | 'ALREADY_PUBLIC'
  | 'DISCLOSED'
  | 'NOT_EXIST'
  | 'NOT_PROCESSED'
  | 'OTHER_AGENCY'
  | 'PARTLY_DISCLOSED'
  | 'UNAVAILABLE'
  | 'WITHHELD';

/** An application for government information (依申请公开). */
export type InformationRequestInput = {
  address?: string | null | undefined;
  applicantKind: ApplicantKind;
  contactPerson?: string | null | undefined;
  delivery: DeliveryMethod;
  /** The department asked, which handles and answers it. */
  department: string;
  /** The information wanted: its name, number, or what identifies it. */
  description: string;
  email?: string | null | undefined;
  form: InformationForm;
  /** Citizens: the ID number, stored apart, masked everywhere, read in full only by the handling staff (audited). */
  idNumber?: string | null | undefined;
  mobile: string;
  /** 姓名, or the organisation's 名称. */
  name: string;
  /** Organisations: 统一社会信用代码. */
  organisationCode?: string | null | undefined;
  /** Organisations only. */
  organisationKind?: OrganisationKind | null | undefined;
};

export type InformationRequestStage =
  /** Replied or closed, newest first. */
  | 'DONE'
  /** The clock runs, by the last day to reply. */
  | 'OPEN'
  /** Waiting for the applicant (补正, a fee). */
  | 'WAITING';

/** PROCESSING: the reply clock runs; AWAITING_CORRECTION: waiting for the applicant's 补正; REPLIED; CLOSED. */
export type InformationRequestStatus =
  | 'AWAITING_CORRECTION'
  | 'CLOSED'
  | 'PROCESSING'
  | 'REPLIED';

export type InterpretationInput = {
  body: string;
  consultationPhone?: string | null | undefined;
  kind: InterpretationKind;
  mediaUrl?: string | null | undefined;
  officeHours?: string | null | undefined;
  questions?: Array<QuestionAnswerInput> | null | undefined;
  title: string;
};

/** 解读形式: 文字 / 问答 / 图解 / 视频. */
export type InterpretationKind =
  | 'GRAPHIC'
  | 'QA'
  | 'TEXT'
  | 'VIDEO';

/** A milestone not yet done, put right by the lead department (correctMilestone). */
export type MilestoneCorrectionInput = {
  /** YYYY-MM-DD, not before today; changed only while the planned date has not passed. */
  plannedDate: string;
  /** Why: told to residents on the timeline with the change (计划调整). */
  reason: string;
  title: string;
};

export type OfficialInput = {
  name: string;
  position: string;
};

export type OrganisationKind =
  | 'BUSINESS'
  | 'LEGAL_SERVICE'
  | 'NONPROFIT'
  | 'OTHER'
  | 'RESEARCH';

/** Dates YYYY-MM-DD; figures count whole calendar months, from the month of `from` to the month of `to`. */
export type PeriodInput = {
  from: string;
  to: string;
};

export type PolicyFilter = {
  /** Staff (本部门的政策): the policies the department owns, whatever their disclosure and the name they were issued under. Its own staff and district admins only. */
  department?: string | null | undefined;
  issuer?: string | null | undefined;
  targetGroup?: string | null | undefined;
  /** Words to look for in the title, 文号 and body; Simplified and Traditional match alike. */
  text?: string | null | undefined;
  topic?: string | null | undefined;
  /** Default: currently in force (VALID and AMENDED). */
  validity?: Array<Validity> | null | undefined;
  year?: number | null | undefined;
};

/** A policy as staff publish it. Headings (一、 /（一）/ 1.) are read from the body. */
export type PolicyInput = {
  body: string;
  /** District admins only: the department that owns the policy (default: the district office). Editors publish for their own. */
  department?: string | null | undefined;
  disclosure?: Disclosure | null | undefined;
  documentNumber?: string | null | undefined;
  indexNumber?: string | null | undefined;
  /** 发布机构; the owning department when omitted. */
  issuer?: string | null | undefined;
  /** 发布日期; today when omitted. */
  publishedDate?: string | null | undefined;
  tables?: Array<PolicyTableInput> | null | undefined;
  /** Chosen from the body when omitted. */
  targetGroups?: Array<string> | null | undefined;
  title: string;
  /** Chosen from the body when omitted. */
  topics?: Array<string> | null | undefined;
  writtenDate?: string | null | undefined;
};

export type PolicyTableInput = {
  columns: Array<string>;
  rows: Array<Array<string>>;
  title: string;
};

/**
 * What the lead department may change after creating a project. Year, list, parent and lead department
 * stay; a milestone is corrected on its own (correctMilestone), never here.
 */
export type ProjectChangesInput = {
  /** 元, whole. */
  budgetPlanned: number;
  cooperatingDepartments?: Array<string> | null | undefined;
  /** Its place in the list (a child: among its parent's children); null leaves it where it is. */
  order?: number | null | undefined;
  /** Why the target or the planned budget changes: required then, and shown to residents on the timeline (计划调整). */
  reason?: string | null | undefined;
  summary: string;
  target: ProjectTargetInput;
  title: string;
};

export type ProjectEvaluationInput = {
  comment?: string | null | undefined;
  level: Satisfaction;
};

export type ProjectFigureInput = {
  label: string;
  unit?: string | null | undefined;
  value: number;
};

export type ProjectFilter = {
  /** Projects (child projects included) this department leads or co-operates on. */
  department?: string | null | undefined;
  /** The list's name, e.g. 2026年区十大民生实事. */
  list?: string | null | undefined;
  /** Status as derived today. */
  status?: ProjectStatus | null | undefined;
  year?: number | null | undefined;
};

/** A project as the district decides it. A milestone's planned date moves only before it has passed (correctMilestone, in public): a late milestone stays late and is explained. */
export type ProjectInput = {
  /** 元, whole. */
  budgetPlanned: number;
  cooperatingDepartments?: Array<string> | null | undefined;
  /** District admins name it; an editor creates projects for their own department. */
  leadDepartment?: string | null | undefined;
  list: string;
  /** None for a project that will get child projects. */
  milestones?: Array<ProjectMilestoneInput> | null | undefined;
  /** Default: after the last one. */
  order?: number | null | undefined;
  /** Makes it a child project (one level only; the parent must have no milestones). Year and list must be the parent's. */
  parentId?: string | null | undefined;
  summary: string;
  target: ProjectTargetInput;
  title: string;
  year: number;
};

export type ProjectMilestoneInput = {
  /** YYYY-MM-DD. */
  plannedDate: string;
  title: string;
  /** Default 1. */
  weight?: number | null | undefined;
};

/** Where a project's progress comes from. */
export type ProjectProgressBasis =
  /** Child projects' progress, weighted by their planned budgets (equal weights when none has a budget); cancelled children left out. */
  | 'CHILDREN'
  /** Done milestones' weights over all milestones' weights. */
  | 'MILESTONES';

export type ProjectProposalAnswerInput = {
  projectId?: string | null | undefined;
  reply: string;
  /** ACCEPTED, MERGED or DECLINED. */
  status: ProjectProposalStatus;
};

export type ProjectProposalInput = {
  /** Optional, for the district office to call back; masked wherever it is shown. */
  contactMobile?: string | null | undefined;
  description: string;
  /** Where: 街道, 社区 or a place residents know. */
  location: string;
  title: string;
};

export type ProjectProposalStatus =
  /** Taken into next year's list (see projectId once the project exists). */
  | 'ACCEPTED'
  | 'DECLINED'
  /** Merged into another project or proposal. */
  | 'MERGED'
  /** Waiting for the district office's answer. */
  | 'SUBMITTED';

/**
 * 民生实事项目的状态. Derived from the milestones (and child projects), never typed in; only CANCELLED
 * is set by staff, with a reason.
 */
export type ProjectStatus =
  /** Stopped by the lead department, with a public reason. */
  | 'CANCELLED'
  /** Every milestone done (a parent: every child project not cancelled is completed). */
  | 'COMPLETED'
  /** A milestone not done is overdue (its planned date passed by more than the grace in working days), or a child project is. */
  | 'DELAYED'
  /** Work reported or a milestone done, and nothing overdue. */
  | 'IN_PROGRESS'
  /** No milestone done and no progress reported yet. */
  | 'NOT_STARTED';

export type ProjectTargetInput = {
  quantity: number;
  text: string;
  unit: string;
};

export type ProjectUpdateInput = {
  /** Makes this entry a correction of an earlier one of the same project (not of a 计划调整, PLAN_CHANGED: the plan is changed again instead; nor of a 项目取消, CANCELLED: final). */
  corrects?: string | null | undefined;
  figures?: Array<ProjectFigureInput> | null | undefined;
  /** Keys from `requestPhotoUpload` for this project, at most 9. */
  photos?: Array<string> | null | undefined;
  /** 元 spent since the last report (whole; negative only in a correction). */
  spending?: number | null | undefined;
  text: string;
};

export type ProjectUpdateKind =
  /** The project was cancelled (the text is the reason). */
  | 'CANCELLED'
  /** A correction of an earlier update (see `corrects`). */
  | 'CORRECTION'
  /** The lead department explained why a milestone is late. */
  | 'DELAY_EXPLAINED'
  /** A milestone was marked done. */
  | 'MILESTONE_DONE'
  /** 计划调整: the lead department changed the target or the planned budget; the text says from what to what, and why. */
  | 'PLAN_CHANGED'
  /** Progress reported by a department (text, figures, spending, photos). */
  | 'PROGRESS';

export type PublishCheckKind =
  /** The same document (索引号, else 文号, else issuer and title) is published already: publishing again is refused. */
  | 'ALREADY_PUBLISHED'
  /** A web address in the text that answered with an error or does not exist. */
  | 'BROKEN_LINK'
  /** The issuer is not the department's own name nor one the district allowed for it. */
  | 'ISSUER'
  /** Unmasked private data (mobile, ID number, bank card …): publishing is refused until it is masked. */
  | 'PRIVATE_DATA'
  /** A word from the district's sensitive-word list: check it before publishing. */
  | 'SENSITIVE_WORD'
  /** A web address that could not be reached in time; it may work for residents. */
  | 'UNCHECKED_LINK';

export type PublishDraftFeedbackInput = {
  draftId: string;
  groups: Array<DraftFeedbackGroupInput>;
  summary?: string | null | undefined;
};

export type PublishDraftInput = {
  /** Left out: the staff member's own. */
  department?: string | null | undefined;
  explanation: string;
  otherWays?: string | null | undefined;
  /** Days of the period, 30 when left out; under 30 needs shortPeriodReason; never under 7. */
  periodDays?: number | null | undefined;
  sections: Array<DraftSectionInput>;
  shortPeriodReason?: string | null | undefined;
  title: string;
};

export type QuestionAnswerInput = {
  answer: string;
  question: string;
};

export type RatingCaseFilter = {
  /** Only cases with an appeal waiting for a decision, or with a decided one. */
  appeal?: AppealState | null | undefined;
  /** District admins: one department (default all); editors: their own. */
  department?: string | null | undefined;
  /** true: only cases whose call-back or reply is late; false: only those that are not. */
  overdue?: boolean | null | undefined;
  /** Default: every case not yet closed. */
  status?: RatingCaseStatus | null | undefined;
};

/** OPEN → CALLED_BACK → RECTIFIED or EXPLAINED → CLOSED. */
export type RatingCaseStatus =
  | 'CALLED_BACK'
  | 'CLOSED'
  /** Replied: explained why it is as it is (解释说明). */
  | 'EXPLAINED'
  | 'OPEN'
  /** Replied: what was wrong has been fixed (整改). */
  | 'RECTIFIED';

export type RatingCaseStepKind =
  | 'APPEALED'
  | 'APPEAL_REJECTED'
  | 'APPEAL_UPHELD'
  | 'CALLED_BACK'
  | 'CLOSED'
  | 'FOLLOW_UP_RATED'
  | 'OPENED'
  | 'REPLIED';

/**
 * One rating. A resident gives one rating per matter (一事一评: per service and 办件号), or without a
 * 办件号 one per service per day (一次一评, Beijing time). Sending the same rating again (a double tap,
 * a retry) returns the stored one; a different one for the same matter or day is refused (CONFLICT).
 */
export type RatingInput = {
  /** In the resident's words, up to 500 characters; required when the reason is OTHER. */
  comment?: string | null | undefined;
  /** A mobile number for the call-back of a bad rating; the one the resident gave GovOpen when omitted. */
  contactPhone?: string | null | undefined;
  level: Satisfaction;
  /** 办件号 of the matter, when there is one. */
  matterNumber?: string | null | undefined;
  /** Required for a bad rating unless `comment` says why; not for the others. */
  reasons?: Array<RatingReason> | null | undefined;
  /** 窗口号, one of the service's windows. */
  window?: string | null | undefined;
};

/** Why a rating is bad: 等候时间长, 态度不好, 办事不顺利/多次跑, 材料要求不清, 系统故障, 其他. */
export type RatingReason =
  | 'BAD_ATTITUDE'
  | 'LONG_WAIT'
  | 'MULTIPLE_TRIPS'
  | 'OTHER'
  | 'SYSTEM_FAILURE'
  | 'UNCLEAR_REQUIREMENTS';

/** Sign-up asks for little: who, how to reach them, and what they want to raise. */
export type RegistrationInput = {
  name: string;
  /** A mainland mobile number. */
  phone: string;
  questions?: string | null | undefined;
};

export type RegistrationStatus =
  /** DRAW: applied, waiting for the draw. */
  | 'APPLIED'
  | 'CANCELLED'
  /** FIRST_COME: has a seat. */
  | 'CONFIRMED'
  /** DRAW: drawn, has a seat. */
  | 'SELECTED'
  /** On the waiting list; moves into a seat when one is freed. */
  | 'WAITLISTED';

export type ReplyOutcome =
  | 'EXPLAINED'
  | 'RECTIFIED';

/** 满意度, one scale for ratings (好差评), project evaluations and open-day questionnaires: 非常满意, 满意, 基本满意, 不满意, 非常不满意. The bottom two are dissatisfied (a rating's 差评). */
export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED'
  | 'VERY_DISSATISFIED'
  | 'VERY_SATISFIED';

/** Where a 扫码登录 request stands, as both screens show it. */
export type ScanSignInStatus =
  /** The resident confirmed: the browser is (or is about to be) signed in as them. */
  | 'CONFIRMED'
  /** Two minutes passed without a confirmation: the browser shows a new code. */
  | 'EXPIRED'
  /** Waiting for a resident to scan the code. */
  | 'PENDING'
  /** The resident tapped 取消: nobody is signed in. */
  | 'REFUSED'
  /** A signed-in resident opened the code in the mini-program: the browser says 已扫码 and waits for 确认登录 or 取消. */
  | 'SCANNED';

/** What a search result is: a policy (down to its section), an interpretation (or one of its answers), a draft for comment (征求意见稿), an open day, a livelihood project, a rated service. */
export type SearchKind =
  | 'DRAFT'
  | 'EVENT'
  | 'INTERPRETATION'
  | 'POLICY'
  | 'PROJECT'
  | 'SERVICE';

/** 政府开放日: how the seats are given. */
export type SelectionMode =
  /** 公开抽签: applications until sign-up closes, then a reproducible draw chooses; the rest wait in draw order. */
  | 'DRAW'
  /** 先到先得: seats are confirmed in order of sign-up, then a waiting list. */
  | 'FIRST_COME';

/** How a service is delivered: at a counter (窗口), online (网办), or by phone (热线). */
export type ServiceChannel =
  | 'HOTLINE'
  | 'ONLINE'
  | 'WINDOW';

/** A service as staff describe it. Editors create services for their own department. */
export type ServiceInput = {
  channel: ServiceChannel;
  /** District admins only: the owning department (default: the district office). */
  department?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
  /** Required (at least one) for WINDOW services; not allowed for the others. */
  windows?: Array<string> | null | undefined;
};

export type StaffRole =
  /** Acts only for their own department's policies, projects, events and services. */
  | 'DEPARTMENT_EDITOR'
  /** Acts for every department, manages staff accounts. */
  | 'DISTRICT_ADMIN';

export type SubscriptionsInput = {
  /** Of SubscriptionOptions.departments (a name written short is the one meant); any other is BAD_USER_INPUT. */
  departments: Array<string>;
  groups: Array<string>;
  topics: Array<string>;
  /** The version read (0 before the first save). */
  version: number;
};

/** 效力状态: 有效 / 已修改 / 已废止. */
export type Validity =
  | 'AMENDED'
  | 'REPEALED'
  | 'VALID';

export type VenueInput = {
  address: string;
  latitude: number;
  longitude: number;
};

export type ConsultationFieldsFragment = { id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answerDeadline: { date: string, provisional: boolean, note: string | null } | null, answer: { answeredAt: string, onTime: boolean } | null };

export type ConsultationDetailFieldsFragment = { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null };

export type MyConsultationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyConsultationsQuery = { myConsultations: { edges: Array<{ node: { id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answerDeadline: { date: string, provisional: boolean, note: string | null } | null, answer: { answeredAt: string, onTime: boolean } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsultationDetailQueryVariables = Exact<{
  id: string;
}>;


export type ConsultationDetailQuery = { consultation: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type RequestQuestionPhotoUploadMutationVariables = Exact<{
  contentType: string;
  bytes: number;
}>;


export type RequestQuestionPhotoUploadMutation = { requestQuestionPhotoUpload: { uploadUrl: string, method: string, photoKey: string, expiresAt: string, headers: Array<{ name: string, value: string }> } };

export type AskQuestionMutationVariables = Exact<{
  input: AskQuestionInput;
}>;


export type AskQuestionMutation = { askQuestion: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type RateConsultationAnswerMutationVariables = Exact<{
  id: string;
  satisfied: boolean;
  reason?: string | null | undefined;
}>;


export type RateConsultationAnswerMutation = { rateConsultationAnswer: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type ConsultationQueueQueryVariables = Exact<{
  filter?: ConsultationQueueFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsultationQueueQuery = { consultationQueue: { edges: Array<{ node: { id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answerDeadline: { date: string, provisional: boolean, note: string | null } | null, answer: { answeredAt: string, onTime: boolean } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsultationContactQueryVariables = Exact<{
  id: string;
}>;


export type ConsultationContactQuery = { consultationContact: string | null };

export type TransferConsultationMutationVariables = Exact<{
  id: string;
  toDepartment: string;
  note: string;
}>;


export type TransferConsultationMutation = { transferConsultation: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type MarkConsultationComplexMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type MarkConsultationComplexMutation = { markConsultationComplex: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type AnswerConsultationMutationVariables = Exact<{
  id: string;
  answer: string;
}>;


export type AnswerConsultationMutation = { answerConsultation: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type HandConsultationToHotlineMutationVariables = Exact<{
  id: string;
  workOrder: string;
}>;


export type HandConsultationToHotlineMutation = { handConsultationToHotline: { public: boolean, hotlineOrder: string | null, contactMobile: string | null, id: string, topic: string | null, department: string, question: string, status: ConsultationStatus, complexReason: string | null, askedAt: string, isOverdue: boolean, answer: { text: string, department: string, answeredAt: string, onTime: boolean } | null, ratings: Array<{ satisfied: boolean, reason: string | null, ratedAt: string }>, photos: Array<{ key: string, url: string }>, steps: Array<{ kind: ConsultationStepKind, at: string, note: string | null, fromDepartment: string | null, toDepartment: string | null }>, answerDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type PublishFrequentQuestionMutationVariables = Exact<{
  id: string;
}>;


export type PublishFrequentQuestionMutation = { publishFrequentQuestion: { id: string, publishedAt: string } };

export type InterpretationsToExtendQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
}>;


export type InterpretationsToExtendQuery = { policies: { edges: Array<{ node: { id: string, title: string, interpretations: Array<{ id: string, kind: InterpretationKind, title: string }> } }> } };

export type AddConsultationToInterpretationMutationVariables = Exact<{
  id: string;
  policyId: string;
  interpretationId: string;
  question: string;
  answer: string;
}>;


export type AddConsultationToInterpretationMutation = { addConsultationToInterpretation: { id: string } };

export type FrequentQuestionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FrequentQuestionsQuery = { frequentQuestions: { edges: Array<{ node: { id: string, topic: string | null, department: string, question: string, answer: string, publishedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DraftCardFieldsFragment = { id: string, title: string, department: string, status: DraftStatus, lastDay: string, publishedAt: string, commentCount: number };

export type PublicDraftCommentFieldsFragment = { id: string, sectionHeading: string | null, text: string, commentedAt: string };

export type DraftCommentFieldsFragment = { state: DraftCommentState, rejectReason: string | null, draftTitle: string, id: string, sectionHeading: string | null, text: string, commentedAt: string };

export type DraftListQueryVariables = Exact<{
  status?: DraftStatus | null | undefined;
  words?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DraftListQuery = { drafts: { edges: Array<{ node: { id: string, title: string, department: string, status: DraftStatus, lastDay: string, publishedAt: string, commentCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DraftPageQueryVariables = Exact<{
  id: string;
}>;


export type DraftPageQuery = { draft: { explanation: string, otherWays: string | null, periodDays: number, shortPeriodReason: string | null, id: string, title: string, department: string, status: DraftStatus, lastDay: string, publishedAt: string, commentCount: number, sections: Array<{ id: string, heading: string, text: string }>, comments: { edges: Array<{ node: { id: string, sectionHeading: string | null, text: string, commentedAt: string } }> }, feedback: { summary: string | null, publishedAt: string, groups: Array<{ point: string, outcome: AdoptionOutcome, reason: string | null, commentCount: number, comments: Array<{ id: string, text: string, sectionHeading: string | null }> }> } | null } | null };

export type MyDraftCommentsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyDraftCommentsQuery = { myDraftComments: { edges: Array<{ node: { state: DraftCommentState, rejectReason: string | null, draftTitle: string, id: string, sectionHeading: string | null, text: string, commentedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommentOnDraftMutationVariables = Exact<{
  input: CommentOnDraftInput;
}>;


export type CommentOnDraftMutation = { commentOnDraft: { state: DraftCommentState, id: string, sectionHeading: string | null, text: string, commentedAt: string } };

export type DepartmentDraftsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DepartmentDraftsQuery = { departmentDrafts: { edges: Array<{ node: { id: string, title: string, department: string, status: DraftStatus, lastDay: string, publishedAt: string, commentCount: number, viewerCan: { manage: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DraftCommentQueueQueryVariables = Exact<{
  draftId: string;
  state?: DraftCommentState | null | undefined;
  after?: string | null | undefined;
}>;


export type DraftCommentQueueQuery = { draft: { id: string, title: string } | null, draftComments: { edges: Array<{ node: { state: DraftCommentState, id: string, sectionHeading: string | null, text: string, commentedAt: string, flags: Array<{ kind: DraftCommentFlagKind, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublishDraftMutationVariables = Exact<{
  input: PublishDraftInput;
}>;


export type PublishDraftMutation = { publishDraft: { id: string, title: string, department: string, status: DraftStatus, lastDay: string, publishedAt: string, commentCount: number } };

export type ModerateDraftCommentMutationVariables = Exact<{
  id: string;
  approve: boolean;
  reason?: string | null | undefined;
}>;


export type ModerateDraftCommentMutation = { moderateDraftComment: { state: DraftCommentState, id: string, sectionHeading: string | null, text: string, commentedAt: string, flags: Array<{ kind: DraftCommentFlagKind, excerpt: string }> } };

export type PublishDraftFeedbackMutationVariables = Exact<{
  input: PublishDraftFeedbackInput;
}>;


export type PublishDraftFeedbackMutation = { publishDraftFeedback: { id: string, title: string, department: string, status: DraftStatus, lastDay: string, publishedAt: string, commentCount: number } };

export type StaffEventFieldsFragment = { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null };

export type StaffEventQueryVariables = Exact<{
  id: string;
}>;


export type StaffEventQuery = { event: { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } | null };

export type OpenEventMutationVariables = Exact<{
  id: string;
}>;


export type OpenEventMutation = { openEvent: { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } };

export type CloseEventMutationVariables = Exact<{
  id: string;
}>;


export type CloseEventMutation = { closeEvent: { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } };

export type CancelEventMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type CancelEventMutation = { cancelEvent: { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } };

export type DrawEventMutationVariables = Exact<{
  eventId: string;
}>;


export type DrawEventMutation = { drawEvent: { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } };

export type EventRegistrationsQueryVariables = Exact<{
  eventId: string;
}>;


export type EventRegistrationsQuery = { eventRegistrations: Array<{ id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null }> };

export type EventRegistrationsCsvQueryVariables = Exact<{
  eventId: string;
}>;


export type EventRegistrationsCsvQuery = { eventRegistrationsCsv: string };

export type EventFeedbackQueryVariables = Exact<{
  eventId: string;
}>;


export type EventFeedbackQuery = { eventFeedback: { count: number, averageSatisfaction: number | null, entries: Array<{ satisfaction: Satisfaction, useful: string | null, suggestions: string | null, submittedAt: string }> } };

export type PublishEventSummaryMutationVariables = Exact<{
  eventId: string;
  input: EventSummaryInput;
}>;


export type PublishEventSummaryMutation = { publishEventSummary: { description: string, cancelReason: string | null, liveUrl: string | null, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, draw: { seed: string, drawnAt: string, applicants: number, selected: number } | null, reach: { told: number, opened: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, venue: { address: string } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } };

export type EventToEditQueryVariables = Exact<{
  id: string;
}>;


export type EventToEditQuery = { event: { id: string, department: string, status: EventStatus, theme: string, title: string, description: string, startsAt: string, endsAt: string, liveUrl: string | null, capacity: number, signUpClosesAt: string, selectionMode: SelectionMode, venue: { address: string, latitude: number, longitude: number } | null, agenda: Array<{ time: string | null, item: string }>, officials: Array<{ name: string, position: string }> } | null };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type CreateEventMutation = { createEvent: { id: string } };

export type UpdateEventMutationVariables = Exact<{
  id: string;
  input: EventInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string } };

export type EventCardFieldsFragment = { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, venue: { address: string } | null, draw: { applicants: number, selected: number } | null };

export type RegistrationLineFieldsFragment = { id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null };

export type RegistrationFieldsFragment = { checkInCode: string | null, checkInQrSvg: string | null, feedbackSubmitted: boolean, id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null };

export type EventListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventListQuery = { events: { edges: Array<{ cursor: string, node: { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, venue: { address: string } | null, draw: { applicants: number, selected: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventDetailQueryVariables = Exact<{
  id: string;
}>;


export type EventDetailQuery = { event: { description: string, liveUrl: string | null, demo: boolean, cancelReason: string | null, calendarFile: string, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, agenda: Array<{ time: string | null, item: string }>, officials: Array<{ name: string, position: string }>, venue: { address: string, latitude: number, longitude: number } | null, draw: { seed: string, algorithm: string, drawnAt: string, applicants: number, selected: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, myRegistration: { checkInCode: string | null, checkInQrSvg: string | null, feedbackSubmitted: boolean, id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null } | null } | null };

export type RegisterForEventMutationVariables = Exact<{
  eventId: string;
  input: RegistrationInput;
}>;


export type RegisterForEventMutation = { registerForEvent: { checkInCode: string | null, checkInQrSvg: string | null, feedbackSubmitted: boolean, id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null } };

export type MyRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRegistrationsQuery = { myRegistrations: Array<{ checkInCode: string | null, checkInQrSvg: string | null, feedbackSubmitted: boolean, id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null, event: { calendarFile: string, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, venue: { address: string } | null, draw: { applicants: number, selected: number } | null } }> };

export type CancelRegistrationMutationVariables = Exact<{
  id: string;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { checkInCode: string | null, checkInQrSvg: string | null, feedbackSubmitted: boolean, id: string, status: RegistrationStatus, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null } };

export type SubmitEventFeedbackMutationVariables = Exact<{
  eventId: string;
  input: EventFeedbackInput;
}>;


export type SubmitEventFeedbackMutation = { submitEventFeedback: { satisfaction: Satisfaction, submittedAt: string } };

export type AttendanceFieldsFragment = { id: string, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null };

export type StaffEventCardFieldsFragment = { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, summary: { publishedAt: string } | null, venue: { address: string } | null, draw: { applicants: number, selected: number } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null };

export type DepartmentEventsQueryVariables = Exact<{
  department?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DepartmentEventsQuery = { departmentEvents: { edges: Array<{ node: { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, summary: { publishedAt: string } | null, venue: { address: string } | null, draw: { applicants: number, selected: number } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DoorEventsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DoorEventsQuery = { events: { edges: Array<{ node: { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, summary: { publishedAt: string } | null, venue: { address: string } | null, draw: { applicants: number, selected: number } | null, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CheckInMutationVariables = Exact<{
  eventId: string;
  code: string;
}>;


export type CheckInMutation = { checkIn: { message: string, alreadyCheckedIn: boolean, registration: { id: string, name: string, checkedInAt: string | null, event: { id: string, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } } } };

export type LoginMutationVariables = Exact<{
  code: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, phone: string | null, memberSince: string } };

export type PhoneForFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type PhoneForFormsQuery = { me: { id: string, phoneForForms: string | null } };

export type PhoneNumberFromWeChatMutationVariables = Exact<{
  code: string;
}>;


export type PhoneNumberFromWeChatMutation = { phoneNumberFromWeChat: string };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { developmentSignIn: boolean } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type KnownDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type KnownDepartmentsQuery = { knownDepartments: Array<string> };

export type InformationRequestFieldsFragment = { id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, replyDeadline: { date: string, provisional: boolean, note: string | null } | null };

export type InformationRequestDetailFieldsFragment = { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null };

export type MyInformationRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyInformationRequestsQuery = { myInformationRequests: { edges: Array<{ node: { id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InformationRequestDetailQueryVariables = Exact<{
  id: string;
}>;


export type InformationRequestDetailQuery = { informationRequest: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type ApplyForInformationMutationVariables = Exact<{
  input: InformationRequestInput;
}>;


export type ApplyForInformationMutation = { applyForInformation: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type CorrectInformationRequestMutationVariables = Exact<{
  id: string;
  text: string;
}>;


export type CorrectInformationRequestMutation = { correctInformationRequest: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type WithdrawInformationRequestMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawInformationRequestMutation = { withdrawInformationRequest: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type InformationRequestQueueQueryVariables = Exact<{
  department?: string | null | undefined;
  stage?: InformationRequestStage | null | undefined;
  overdue?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type InformationRequestQueueQuery = { informationRequestQueue: { edges: Array<{ node: { id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApplicantIdNumberQueryVariables = Exact<{
  id: string;
}>;


export type ApplicantIdNumberQuery = { applicantIdNumber: string | null };

export type RequestInformationCorrectionMutationVariables = Exact<{
  id: string;
  items: string;
}>;


export type RequestInformationCorrectionMutation = { requestInformationCorrection: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type ReplyToInformationRequestMutationVariables = Exact<{
  id: string;
  reply: InformationReplyInput;
}>;


export type ReplyToInformationRequestMutation = { replyToInformationRequest: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type ExtendInformationRequestMutationVariables = Exact<{
  id: string;
  workingDays: number;
  reason: string;
  approvedBy: string;
}>;


export type ExtendInformationRequestMutation = { extendInformationRequest: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type AskThirdPartyOpinionMutationVariables = Exact<{
  id: string;
  whom: string;
}>;


export type AskThirdPartyOpinionMutation = { askThirdPartyOpinion: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type RecordThirdPartyOpinionMutationVariables = Exact<{
  id: string;
  opinion: string;
}>;


export type RecordThirdPartyOpinionMutation = { recordThirdPartyOpinion: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type NoticeInformationFeeMutationVariables = Exact<{
  id: string;
  method: FeeMethod;
  quantity: number;
}>;


export type NoticeInformationFeeMutation = { noticeInformationFee: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type SettleInformationFeeMutationVariables = Exact<{
  id: string;
  settlement: FeeSettlement;
  note?: string | null | undefined;
}>;


export type SettleInformationFeeMutation = { settleInformationFee: { idNumber: string | null, mobile: string, correctionRequestBy: string | null, id: string, reference: string, department: string, applicantKind: ApplicantKind, applicantName: string, description: string, form: InformationForm, delivery: DeliveryMethod, status: InformationRequestStatus, receivedOn: string, isOverdue: boolean, correctionItems: string | null, correctionDueBy: string | null, replyKind: InformationReplyKind | null, repliedOnTime: boolean | null, fee: { method: FeeMethod, totalYuan: number, lines: Array<string>, payBy: string, settlement: FeeSettlement | null } | null, notices: Array<{ kind: string, title: string, reference: string, addressee: string, paragraphs: Array<string>, basis: string | null, rights: string | null, issuer: string, date: string, text: string }>, steps: Array<{ kind: string, at: string, note: string | null }>, replyDeadline: { date: string, provisional: boolean, note: string | null } | null } };

export type InformationReportYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type InformationReportYearsQuery = { informationReportYears: Array<number> };

export type AnnualReportFieldsFragment = { year: number, columns: Array<string>, csv: string, rows: Array<{ label: string, level: number, counts: Array<number> | null }> };

export type PublishedInformationReportQueryVariables = Exact<{
  year: number;
}>;


export type PublishedInformationReportQuery = { publishedInformationReport: { year: number, columns: Array<string>, csv: string, rows: Array<{ label: string, level: number, counts: Array<number> | null }> } };

export type InformationRequestReportQueryVariables = Exact<{
  year: number;
  department?: string | null | undefined;
}>;


export type InformationRequestReportQuery = { informationRequestReport: { year: number, columns: Array<string>, csv: string, rows: Array<{ label: string, level: number, counts: Array<number> | null }> } };

export type PhotoUploadFieldsFragment = { uploadUrl: string, method: string, photoKey: string, expiresAt: string, headers: Array<{ name: string, value: string }> };

export type PolicyCardFieldsFragment = { id: string, title: string, documentNumber: string | null, issuer: string | null, publishedDate: string | null, writtenDate: string | null, validity: Validity, repealedDate: string | null };

export type PolicyListQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyListQuery = { policies: { edges: Array<{ cursor: string, node: { summary: string, id: string, title: string, documentNumber: string | null, issuer: string | null, publishedDate: string | null, writtenDate: string | null, validity: Validity, repealedDate: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PolicyFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyFacetsQuery = { policyFacets: { issuers: Array<{ value: string, count: number }>, years: Array<{ value: string, count: number }>, topics: Array<{ value: string, count: number }> } };

export type PolicyDetailQueryVariables = Exact<{
  id: string;
}>;


export type PolicyDetailQuery = { policy: { indexNumber: string | null, topics: Array<string>, targetGroups: Array<string>, body: string, id: string, title: string, documentNumber: string | null, issuer: string | null, publishedDate: string | null, writtenDate: string | null, validity: Validity, repealedDate: string | null, sections: Array<{ id: string, level: number, heading: string, text: string }>, tables: Array<{ title: string, columns: Array<string>, rows: Array<Array<string>> }>, interpretations: Array<{ id: string, kind: InterpretationKind, title: string, body: string, mediaUrl: string | null, publishedDate: string, consultationPhone: string | null, officeHours: string | null, questions: Array<{ question: string, answer: string }> }> } | null };

export type StaffProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffProjectsQuery = { projects: { edges: Array<{ node: { id: string, title: string, leadDepartment: string, status: ProjectStatus, progress: number, parent: { id: string, title: string } | null, milestones: Array<{ id: string, needsExplanation: boolean }>, viewerCan: { manage: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffProjectQueryVariables = Exact<{
  id: string;
}>;


export type StaffProjectQuery = { project: { id: string, title: string, leadDepartment: string, status: ProjectStatus, progress: number, cancelledReason: string | null, cancelledDate: string | null, parent: { id: string, title: string } | null, viewerCan: { manage: boolean, report: boolean }, target: { text: string }, budget: { planned: number, spent: number, spentPercent: number | null }, children: Array<{ id: string, title: string, status: ProjectStatus, progress: number }>, milestones: Array<{ needsExplanation: boolean, id: string, title: string, plannedDate: string, actualDate: string | null, done: boolean, overdue: boolean, overdueWorkingDays: number | null, delayReason: string | null, delayExplainedDate: string | null, delayExplainedBy: string | null }>, updates: { edges: Array<{ node: { id: string, kind: ProjectUpdateKind, date: string, department: string, text: string, spending: number | null, milestoneId: string | null, corrects: string | null, correctedBy: Array<string>, figures: Array<{ label: string, value: number, unit: string | null }>, photos: Array<{ key: string, url: string }> } }> } } | null };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string } };

export type ProjectParentChoicesQueryVariables = Exact<{
  year: number;
}>;


export type ProjectParentChoicesQuery = { projectLists: Array<{ name: string, projects: Array<{ id: string, title: string, status: ProjectStatus, milestones: Array<{ id: string }>, viewerCan: { manage: boolean } }> }> };

export type ProjectToEditQueryVariables = Exact<{
  id: string;
}>;


export type ProjectToEditQuery = { project: { id: string, year: number, list: string, order: number, title: string, summary: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, version: number, parent: { id: string, title: string } | null, target: { quantity: number, unit: string, text: string }, budget: { planned: number }, children: Array<{ id: string, budget: { planned: number } }>, milestones: Array<{ id: string, title: string, plannedDate: string, weight: number }>, viewerCan: { manage: boolean } } | null };

export type UpdateProjectMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  input: ProjectChangesInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string } };

export type CancelProjectMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type CancelProjectMutation = { cancelProject: { id: string, status: ProjectStatus, cancelledReason: string | null, cancelledDate: string | null } };

export type RequestPhotoUploadMutationVariables = Exact<{
  projectId: string;
  contentType: string;
  bytes: number;
}>;


export type RequestPhotoUploadMutation = { requestPhotoUpload: { uploadUrl: string, method: string, photoKey: string, expiresAt: string, headers: Array<{ name: string, value: string }> } };

export type PostProjectUpdateMutationVariables = Exact<{
  projectId: string;
  input: ProjectUpdateInput;
}>;


export type PostProjectUpdateMutation = { postProjectUpdate: { id: string, kind: ProjectUpdateKind, date: string, department: string, text: string, spending: number | null, milestoneId: string | null, corrects: string | null, correctedBy: Array<string>, figures: Array<{ label: string, value: number, unit: string | null }>, photos: Array<{ key: string, url: string }> } };

export type CompleteMilestoneMutationVariables = Exact<{
  milestoneId: string;
  actualDate: string;
  note?: string | null | undefined;
}>;


export type CompleteMilestoneMutation = { completeMilestone: { id: string, status: ProjectStatus, progress: number } };

export type CorrectMilestoneMutationVariables = Exact<{
  milestoneId: string;
  input: MilestoneCorrectionInput;
}>;


export type CorrectMilestoneMutation = { correctMilestone: { id: string, status: ProjectStatus, progress: number } };

export type ExplainDelayMutationVariables = Exact<{
  milestoneId: string;
  reason: string;
}>;


export type ExplainDelayMutation = { explainDelay: { id: string, status: ProjectStatus, progress: number } };

export type StaffProposalFieldsFragment = { id: string, forYear: number, title: string, description: string, location: string, contactMobile: string | null, status: ProjectProposalStatus, reply: string | null, submittedAt: string, answeredAt: string | null, project: { id: string, title: string } | null, viewerCan: { manage: boolean, readPersonalData: boolean } };

export type StaffProposalsQueryVariables = Exact<{
  forYear: number;
  status?: ProjectProposalStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffProposalsQuery = { projectProposals: { edges: Array<{ node: { id: string, forYear: number, title: string, description: string, location: string, contactMobile: string | null, status: ProjectProposalStatus, reply: string | null, submittedAt: string, answeredAt: string | null, project: { id: string, title: string } | null, viewerCan: { manage: boolean, readPersonalData: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProposalContactQueryVariables = Exact<{
  id: string;
}>;


export type ProposalContactQuery = { projectProposalContact: string | null };

export type AnswerProjectProposalMutationVariables = Exact<{
  id: string;
  input: ProjectProposalAnswerInput;
}>;


export type AnswerProjectProposalMutation = { answerProjectProposal: { id: string, forYear: number, title: string, description: string, location: string, contactMobile: string | null, status: ProjectProposalStatus, reply: string | null, submittedAt: string, answeredAt: string | null, project: { id: string, title: string } | null, viewerCan: { manage: boolean, readPersonalData: boolean } } };

export type ProjectCardFieldsFragment = { id: string, title: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, progress: number, completedDate: string | null, cancelledReason: string | null, target: { text: string } };

export type ProjectUpdateFieldsFragment = { id: string, kind: ProjectUpdateKind, date: string, department: string, text: string, spending: number | null, milestoneId: string | null, corrects: string | null, correctedBy: Array<string>, figures: Array<{ label: string, value: number, unit: string | null }>, photos: Array<{ key: string, url: string }> };

export type ProjectMilestoneFieldsFragment = { id: string, title: string, plannedDate: string, actualDate: string | null, done: boolean, overdue: boolean, overdueWorkingDays: number | null, delayReason: string | null, delayExplainedDate: string | null, delayExplainedBy: string | null };

export type ProjectListsQueryVariables = Exact<{
  year: number;
}>;


export type ProjectListsQuery = { projectLists: Array<{ year: number, name: string, progress: number, budget: { planned: number, spent: number, spentPercent: number | null }, statusCounts: Array<{ status: ProjectStatus, count: number }>, projects: Array<{ id: string, title: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, progress: number, completedDate: string | null, cancelledReason: string | null, children: Array<{ id: string, leadDepartment: string }>, target: { text: string } }> }> };

export type ProjectListQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectListQuery = { projects: { edges: Array<{ cursor: string, node: { id: string, title: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, progress: number, completedDate: string | null, cancelledReason: string | null, target: { text: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProjectDetailQueryVariables = Exact<{
  id: string;
}>;


export type ProjectDetailQuery = { project: { year: number, list: string, summary: string, progressBasis: ProjectProgressBasis, cancelledDate: string | null, followerCount: number, followedByMe: boolean, demo: boolean, id: string, title: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, progress: number, completedDate: string | null, cancelledReason: string | null, target: { quantity: number, unit: string, text: string }, budget: { planned: number, spent: number, spentPercent: number | null }, milestones: Array<{ id: string, title: string, plannedDate: string, actualDate: string | null, done: boolean, overdue: boolean, overdueWorkingDays: number | null, delayReason: string | null, delayExplainedDate: string | null, delayExplainedBy: string | null }>, parent: { id: string, title: string } | null, children: Array<{ id: string, title: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, progress: number, completedDate: string | null, cancelledReason: string | null, target: { text: string } }>, evaluationSummary: { count: number, satisfiedPercent: number | null }, myEvaluation: { level: Satisfaction, comment: string | null, createdAt: string } | null, updates: { edges: Array<{ node: { id: string, kind: ProjectUpdateKind, date: string, department: string, text: string, spending: number | null, milestoneId: string | null, corrects: string | null, correctedBy: Array<string>, figures: Array<{ label: string, value: number, unit: string | null }>, photos: Array<{ key: string, url: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ProjectUpdatesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ProjectUpdatesQuery = { project: { id: string, updates: { edges: Array<{ node: { id: string, kind: ProjectUpdateKind, date: string, department: string, text: string, spending: number | null, milestoneId: string | null, corrects: string | null, correctedBy: Array<string>, figures: Array<{ label: string, value: number, unit: string | null }>, photos: Array<{ key: string, url: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type FollowProjectMutationVariables = Exact<{
  id: string;
}>;


export type FollowProjectMutation = { followProject: { id: string, followedByMe: boolean, followerCount: number } };

export type UnfollowProjectMutationVariables = Exact<{
  id: string;
}>;


export type UnfollowProjectMutation = { unfollowProject: { id: string, followedByMe: boolean, followerCount: number } };

export type EvaluateProjectMutationVariables = Exact<{
  id: string;
  input: ProjectEvaluationInput;
}>;


export type EvaluateProjectMutation = { evaluateProject: { level: Satisfaction, comment: string | null, createdAt: string, project: { id: string, evaluationSummary: { count: number, satisfiedPercent: number | null } } } };

export type ProposeProjectMutationVariables = Exact<{
  input: ProjectProposalInput;
}>;


export type ProposeProjectMutation = { proposeProject: { id: string, forYear: number, title: string } };

export type ProposalFieldsFragment = { id: string, forYear: number, title: string, description: string, location: string, contactMobile: string | null, status: ProjectProposalStatus, reply: string | null, submittedAt: string, answeredAt: string | null, project: { id: string, title: string } | null };

export type MyProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProjectsQuery = { myProposals: Array<{ id: string, forYear: number, title: string, description: string, location: string, contactMobile: string | null, status: ProjectProposalStatus, reply: string | null, submittedAt: string, answeredAt: string | null, project: { id: string, title: string } | null }>, myFollowedProjects: Array<{ id: string, title: string, leadDepartment: string, cooperatingDepartments: Array<string>, status: ProjectStatus, progress: number, completedDate: string | null, cancelledReason: string | null, target: { text: string } }> };

export type ReadPolicyDocumentMutationVariables = Exact<{
  document: DocumentUpload;
}>;


export type ReadPolicyDocumentMutation = { readPolicyDocument: { format: string, title: string | null, documentNumber: string | null, indexNumber: string | null, issuer: string | null, writtenDate: string | null, publishedDate: string | null, disclosure: Disclosure, body: string, warnings: Array<string>, sections: Array<{ level: number, heading: string }>, tables: Array<{ title: string, columns: Array<string>, rows: Array<Array<string>> }>, sources: Array<{ field: string, value: string, source: string, line: number | null }>, notes: Array<{ label: string, value: string, line: number | null }> } };

export type PolicyChecksQueryVariables = Exact<{
  input: PolicyInput;
  policyId?: string | null | undefined;
}>;


export type PolicyChecksQuery = { policyChecks: { canPublish: boolean, linksChecked: number, findings: Array<{ kind: PublishCheckKind, blocking: boolean, message: string, field: string | null, line: number | null, excerpt: string | null, policyId: string | null }> } };

export type PublishPolicyMutationVariables = Exact<{
  input: PolicyInput;
}>;


export type PublishPolicyMutation = { publishPolicy: { id: string, title: string, issuer: string | null, publishedDate: string | null, interpretationDue: { date: string, provisional: boolean, overdue: boolean } | null } };

export type PolicyToEditQueryVariables = Exact<{
  id: string;
}>;


export type PolicyToEditQuery = { policy: { id: string, version: number, title: string, documentNumber: string | null, indexNumber: string | null, issuer: string | null, department: string, writtenDate: string | null, publishedDate: string | null, disclosure: Disclosure, body: string, tables: Array<{ title: string, columns: Array<string>, rows: Array<Array<string>> }>, viewerCan: { manage: boolean } } | null };

export type UpdatePolicyMutationVariables = Exact<{
  id: string;
  input: PolicyInput;
  version: number;
}>;


export type UpdatePolicyMutation = { updatePolicy: { id: string, title: string, issuer: string | null, publishedDate: string | null } };

export type PolicyToInterpretQueryVariables = Exact<{
  id: string;
}>;


export type PolicyToInterpretQuery = { policy: { id: string, title: string, publishedDate: string | null, interpretationDue: { date: string, provisional: boolean, overdue: boolean } | null, interpretations: Array<{ id: string, version: number, kind: InterpretationKind, title: string, body: string, mediaUrl: string | null, consultationPhone: string | null, officeHours: string | null, questions: Array<{ question: string, answer: string }> }> } | null };

export type UpdateInterpretationMutationVariables = Exact<{
  policyId: string;
  id: string;
  input: InterpretationInput;
  version: number;
}>;


export type UpdateInterpretationMutation = { updateInterpretation: { id: string, version: number } };

export type AddInterpretationMutationVariables = Exact<{
  policyId: string;
  input: InterpretationInput;
}>;


export type AddInterpretationMutation = { addInterpretation: { id: string } };

export type SensitiveWordsQueryVariables = Exact<{ [key: string]: never; }>;


export type SensitiveWordsQuery = { sensitiveWords: { words: Array<string>, updatedAt: string | null, updatedByName: string | null } };

export type SetSensitiveWordsMutationVariables = Exact<{
  words: Array<string> | string;
}>;


export type SetSensitiveWordsMutation = { setSensitiveWords: { words: Array<string>, updatedAt: string | null, updatedByName: string | null } };

export type DepartmentIssuersQueryVariables = Exact<{
  department: string;
}>;


export type DepartmentIssuersQuery = { departmentIssuers: { department: string, issuers: Array<string> } };

export type SetDepartmentIssuersMutationVariables = Exact<{
  department: string;
  issuers: Array<string> | string;
}>;


export type SetDepartmentIssuersMutation = { setDepartmentIssuers: { department: string, issuers: Array<string> } };

export type StaffPoliciesQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffPoliciesQuery = { policies: { edges: Array<{ cursor: string, node: { id: string, title: string, documentNumber: string | null, issuer: string | null, publishedDate: string | null, writtenDate: string | null, validity: Validity, repealedDate: string | null, interpretationDue: { date: string, provisional: boolean, overdue: boolean } | null, interpretations: Array<{ id: string, title: string }>, reach: { told: number, opened: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RepealPolicyMutationVariables = Exact<{
  id: string;
  repealedDate: string;
}>;


export type RepealPolicyMutation = { repealPolicy: { id: string, validity: Validity, repealedDate: string | null } };

export type StaffLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type StaffLoginMutation = { staffLogin: { token: string, expiresAt: string } };

export type ChangeStaffPasswordMutationVariables = Exact<{
  username: string;
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeStaffPasswordMutation = { changeStaffPassword: { token: string, expiresAt: string } };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { staffMe: { username: string, displayName: string, role: StaffRole, department: string } };

export type DeadlineFieldsFragment = { date: string, provisional: boolean, note: string | null };

export type CaseListFieldsFragment = { id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { levelLabel: string } | null, rating: { id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, service: { id: string, name: string } } };

export type RatingCasesQueryVariables = Exact<{
  filter?: RatingCaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RatingCasesQuery = { ratingCases: { edges: Array<{ node: { id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { levelLabel: string } | null, rating: { id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, service: { id: string, name: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseDetailFieldsFragment = { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } };

export type RatingCaseDetailQueryVariables = Exact<{
  id: string;
}>;


export type RatingCaseDetailQuery = { ratingCase: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } | null };

export type RaterContactQueryVariables = Exact<{
  caseId: string;
}>;


export type RaterContactQuery = { raterContact: { reference: string, phone: string | null } };

export type RecordCallbackMutationVariables = Exact<{
  caseId: string;
  note: string;
}>;


export type RecordCallbackMutation = { recordCallback: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type ReplyToRatingMutationVariables = Exact<{
  caseId: string;
  reply: string;
  outcome: ReplyOutcome;
}>;


export type ReplyToRatingMutation = { replyToRating: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type CloseCaseMutationVariables = Exact<{
  caseId: string;
  note?: string | null | undefined;
}>;


export type CloseCaseMutation = { closeCase: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type AppealRatingMutationVariables = Exact<{
  caseId: string;
  reason: string;
}>;


export type AppealRatingMutation = { appealRating: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type DecideAppealMutationVariables = Exact<{
  caseId: string;
  upheld: boolean;
  note?: string | null | undefined;
}>;


export type DecideAppealMutation = { decideAppeal: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, excluded: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, byName: string | null, note: string | null, outcome: ReplyOutcome | null, level: Satisfaction | null }>, viewerCan: { decideAppeal: boolean }, appeal: { reason: string, appealedAt: string, appealedByName: string, decision: { upheld: boolean, note: string | null, decidedAt: string, decidedByName: string } | null } | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type AppealCasesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AppealCasesQuery = { ratingCases: { edges: Array<{ node: { id: string, department: string, openedAt: string, rating: { id: string, levelLabel: string, reasonLabels: Array<string>, service: { id: string, name: string } }, appeal: { reason: string, appealedAt: string, appealedBy: string, appealedByName: string, decision: { upheld: boolean } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceDepartmentsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ServiceDepartmentsQuery = { services: { edges: Array<{ node: { id: string, department: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceQrFieldsFragment = { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, description: string | null, disabled: boolean, ratingLinks: Array<{ window: string | null, h5Url: string, qrCodeDataUrl: string, caption: string }> };

export type ServiceQrCodesQueryVariables = Exact<{
  department: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceQrCodesQuery = { services: { edges: Array<{ node: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, description: string | null, disabled: boolean, ratingLinks: Array<{ window: string | null, h5Url: string, qrCodeDataUrl: string, caption: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateServiceMutationVariables = Exact<{
  input: ServiceInput;
}>;


export type CreateServiceMutation = { createService: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, description: string | null, disabled: boolean, ratingLinks: Array<{ window: string | null, h5Url: string, qrCodeDataUrl: string, caption: string }> } };

export type UpdateServiceMutationVariables = Exact<{
  id: string;
  input: ServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, description: string | null, disabled: boolean, ratingLinks: Array<{ window: string | null, h5Url: string, qrCodeDataUrl: string, caption: string }> } };

export type DisableServiceMutationVariables = Exact<{
  id: string;
}>;


export type DisableServiceMutation = { disableService: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, description: string | null, disabled: boolean, ratingLinks: Array<{ window: string | null, h5Url: string, qrCodeDataUrl: string, caption: string }> } };

export type EnableServiceMutationVariables = Exact<{
  id: string;
}>;


export type EnableServiceMutation = { enableService: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, description: string | null, disabled: boolean, ratingLinks: Array<{ window: string | null, h5Url: string, qrCodeDataUrl: string, caption: string }> } };

export type RatingServiceFieldsFragment = { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, disabled: boolean };

export type RatingServicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RatingServicesQuery = { services: { edges: Array<{ node: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, disabled: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RatingFormQueryVariables = Exact<{
  serviceId: string;
}>;


export type RatingFormQuery = { service: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string>, disabled: boolean } | null, ratingOptions: { levels: Array<{ level: Satisfaction, label: string, bad: boolean }>, reasons: Array<{ reason: RatingReason, label: string }> } };

export type ResidentCaseFieldsFragment = { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null };

export type MyRatingFieldsFragment = { id: string, department: string, window: string | null, matterNumber: string | null, level: Satisfaction, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null };

export type RateServiceMutationVariables = Exact<{
  serviceId: string;
  input: RatingInput;
}>;


export type RateServiceMutation = { rateService: { id: string, department: string, window: string | null, matterNumber: string | null, level: Satisfaction, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null } };

export type MyRatingQueryVariables = Exact<{
  id: string;
}>;


export type MyRatingQuery = { rating: { id: string, department: string, window: string | null, matterNumber: string | null, level: Satisfaction, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null } | null };

export type MyRatingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyRatingsQuery = { myRatings: { edges: Array<{ node: { id: string, department: string, window: string | null, matterNumber: string | null, level: Satisfaction, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, ratingOptions: { levels: Array<{ level: Satisfaction, label: string, bad: boolean }> } };

export type RateRectificationMutationVariables = Exact<{
  caseId: string;
  input: FollowUpRatingInput;
}>;


export type RateRectificationMutation = { rateRectification: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null } | null, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: Satisfaction, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } };

export type RatingCountFieldsFragment = { ratings: number, excluded: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null };

export type RatingFiguresQueryVariables = Exact<{
  period: PeriodInput;
  department?: string | null | undefined;
}>;


export type RatingFiguresQuery = { ratingFigures: { from: string, to: string, department: string | null, total: { ratings: number, excluded: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null }, byDepartment: Array<{ department: string, counts: { ratings: number, excluded: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null } }>, byService: Array<{ service: { id: string, name: string }, counts: { ratings: number, excluded: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null } }> } };

export type InboxMessageFieldsFragment = { id: string, heading: string, title: string, when: string | null, detail: string | null, page: string | null, sentAt: string, read: boolean, forResident: string | null, overtaken: string | null };

export type MyMessagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyMessagesQuery = { myMessages: { edges: Array<{ node: { id: string, heading: string, title: string, when: string | null, detail: string | null, page: string | null, sentAt: string, read: boolean, forResident: string | null, overtaken: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnreadMessageCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { unreadMessageCount: number };

export type OpenMessageMutationVariables = Exact<{
  id: string;
}>;


export type OpenMessageMutation = { openMessage: { id: string, heading: string, title: string, when: string | null, detail: string | null, page: string | null, sentAt: string, read: boolean, forResident: string | null, overtaken: string | null } };

export type MySubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubscriptionsQuery = { mySubscriptions: { topics: Array<string>, groups: Array<string>, departments: Array<string>, version: number }, subscriptionOptions: { topics: Array<string>, groups: Array<string>, departments: Array<string> } };

export type SaveSubscriptionsMutationVariables = Exact<{
  input: SubscriptionsInput;
}>;


export type SaveSubscriptionsMutation = { saveSubscriptions: { topics: Array<string>, groups: Array<string>, departments: Array<string>, version: number } };

export type FamilyLinkFieldsFragment = { id: string, role: FamilyRole, state: FamilyLinkState, otherName: string | null, code: string | null, codeExpiresAt: string | null, createdAt: string, activity: Array<{ kind: FamilyActivityKind, by: FamilyRole, at: string, detail: string | null }> };

export type MyFamilyLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFamilyLinksQuery = { myFamilyLinks: Array<{ id: string, role: FamilyRole, state: FamilyLinkState, otherName: string | null, code: string | null, codeExpiresAt: string | null, createdAt: string, activity: Array<{ kind: FamilyActivityKind, by: FamilyRole, at: string, detail: string | null }> }> };

export type InviteFamilyHelperMutationVariables = Exact<{
  name: string;
}>;


export type InviteFamilyHelperMutation = { inviteFamilyHelper: { id: string, role: FamilyRole, state: FamilyLinkState, otherName: string | null, code: string | null, codeExpiresAt: string | null, createdAt: string, activity: Array<{ kind: FamilyActivityKind, by: FamilyRole, at: string, detail: string | null }> } };

export type AcceptFamilyInvitationMutationVariables = Exact<{
  code: string;
  name: string;
}>;


export type AcceptFamilyInvitationMutation = { acceptFamilyInvitation: { id: string, role: FamilyRole, state: FamilyLinkState, otherName: string | null, code: string | null, codeExpiresAt: string | null, createdAt: string, activity: Array<{ kind: FamilyActivityKind, by: FamilyRole, at: string, detail: string | null }> } };

export type ConfirmFamilyHelperMutationVariables = Exact<{
  linkId: string;
}>;


export type ConfirmFamilyHelperMutation = { confirmFamilyHelper: { id: string, role: FamilyRole, state: FamilyLinkState, otherName: string | null, code: string | null, codeExpiresAt: string | null, createdAt: string, activity: Array<{ kind: FamilyActivityKind, by: FamilyRole, at: string, detail: string | null }> } };

export type EndFamilyLinkMutationVariables = Exact<{
  linkId: string;
}>;


export type EndFamilyLinkMutation = { endFamilyLink: { id: string, role: FamilyRole, state: FamilyLinkState, otherName: string | null, code: string | null, codeExpiresAt: string | null, createdAt: string, activity: Array<{ kind: FamilyActivityKind, by: FamilyRole, at: string, detail: string | null }> } };

export type SignUpForFamilyMutationVariables = Exact<{
  linkId: string;
  eventId: string;
  input: FamilySignUpInput;
}>;


export type SignUpForFamilyMutation = { signUpForFamily: { status: RegistrationStatus, eventTitle: string } };

export type StartScanSignInMutationVariables = Exact<{ [key: string]: never; }>;


export type StartScanSignInMutation = { startScanSignIn: { code: string, secret: string, qrSvg: string, expiresAt: string } };

export type PollScanSignInMutationVariables = Exact<{
  code: string;
  secret: string;
}>;


export type PollScanSignInMutation = { pollScanSignIn: { status: ScanSignInStatus, session: { token: string, expiresAt: string } | null } };

export type OpenScanSignInMutationVariables = Exact<{
  code: string;
}>;


export type OpenScanSignInMutation = { openScanSignIn: { code: string, requester: string, requestedAt: string, expiresAt: string, status: ScanSignInStatus } };

export type ConfirmScanSignInMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmScanSignInMutation = { confirmScanSignIn: { code: string, status: ScanSignInStatus } };

export type RefuseScanSignInMutationVariables = Exact<{
  code: string;
}>;


export type RefuseScanSignInMutation = { refuseScanSignIn: { code: string, status: ScanSignInStatus } };

export type SearchHitFieldsFragment = { kind: SearchKind, id: string, policyId: string | null, subtitle: string | null, date: string | null, repealed: boolean, sectionIndex: number | null, sectionId: string | null, answersQuestion: boolean, title: { text: string, highlights: Array<{ start: number, length: number }> }, heading: { text: string, highlights: Array<{ start: number, length: number }> } | null, passage: { text: string, highlights: Array<{ start: number, length: number }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeRepealed?: boolean | null | undefined;
}>;


export type SearchQuery = { search: { query: string, understoodAs: string | null, total: number, partial: boolean, suggestions: Array<string>, answer: { kind: SearchKind, id: string, policyId: string | null, subtitle: string | null, date: string | null, repealed: boolean, sectionIndex: number | null, sectionId: string | null, answersQuestion: boolean, title: { text: string, highlights: Array<{ start: number, length: number }> }, heading: { text: string, highlights: Array<{ start: number, length: number }> } | null, passage: { text: string, highlights: Array<{ start: number, length: number }> } } | null, groups: Array<{ kind: SearchKind, total: number, hits: Array<{ kind: SearchKind, id: string, policyId: string | null, subtitle: string | null, date: string | null, repealed: boolean, sectionIndex: number | null, sectionId: string | null, answersQuestion: boolean, title: { text: string, highlights: Array<{ start: number, length: number }> }, heading: { text: string, highlights: Array<{ start: number, length: number }> } | null, passage: { text: string, highlights: Array<{ start: number, length: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }>, consultation: { phone: string, hours: string } } };

export type SearchSuggestionsQueryVariables = Exact<{
  prefix?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchSuggestionsQuery = { searchSuggestions: Array<string> };

export type StaffAccountFieldsFragment = { username: string, displayName: string, role: StaffRole, department: string, disabled: boolean, mustChangePassword: boolean, lastSignedInAt: string | null };

export type StaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsQuery = { staffMembers: Array<{ username: string, displayName: string, role: StaffRole, department: string, disabled: boolean, mustChangePassword: boolean, lastSignedInAt: string | null }> };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffAccountMutation = { createStaff: { temporaryPassword: string, staff: { username: string, displayName: string, role: StaffRole, department: string, disabled: boolean, mustChangePassword: boolean, lastSignedInAt: string | null } } };

export type DisableStaffAccountMutationVariables = Exact<{
  username: string;
}>;


export type DisableStaffAccountMutation = { disableStaff: { username: string, displayName: string, role: StaffRole, department: string, disabled: boolean, mustChangePassword: boolean, lastSignedInAt: string | null } };

export type EnableStaffAccountMutationVariables = Exact<{
  username: string;
}>;


export type EnableStaffAccountMutation = { enableStaff: { username: string, displayName: string, role: StaffRole, department: string, disabled: boolean, mustChangePassword: boolean, lastSignedInAt: string | null } };

export type ResetStaffPasswordMutationVariables = Exact<{
  username: string;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword: { temporaryPassword: string, staff: { username: string, displayName: string, role: StaffRole, department: string, disabled: boolean, mustChangePassword: boolean, lastSignedInAt: string | null } } };

export type WorkbenchQueryVariables = Exact<{
  department?: string | null | undefined;
}>;


export type WorkbenchQuery = { workbench: { department: string | null, departments: Array<string>, today: string, counts: Array<{ key: string, label: string, count: number, unit: string, overdue: number | null, detail: string | null, path: string }> } };

export type StaffDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffDepartmentsQuery = { departments: Array<string> };

/** An operation's text, typed with what it returns and what it needs. */
export type Operation<TData, TVars> = string & { readonly __operation?: [TData, TVars] };
export const MyConsultationsDocument = "query MyConsultations($after: String) {\n  myConsultations(first: 15, after: $after) {\n    edges {\n      node {\n        ...ConsultationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<MyConsultationsQuery, MyConsultationsQueryVariables>;
export const ConsultationDetailDocument = "query ConsultationDetail($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ConsultationDetailQuery, ConsultationDetailQueryVariables>;
export const RequestQuestionPhotoUploadDocument = "mutation RequestQuestionPhotoUpload($contentType: String!, $bytes: Int!) {\n  requestQuestionPhotoUpload(contentType: $contentType, bytes: $bytes) {\n    ...PhotoUploadFields\n  }\n}\nfragment PhotoUploadFields on PhotoUpload {\n  uploadUrl\n  method\n  headers {\n    name\n    value\n  }\n  photoKey\n  expiresAt\n}" as Operation<RequestQuestionPhotoUploadMutation, RequestQuestionPhotoUploadMutationVariables>;
export const AskQuestionDocument = "mutation AskQuestion($input: AskQuestionInput!) {\n  askQuestion(input: $input) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<AskQuestionMutation, AskQuestionMutationVariables>;
export const RateConsultationAnswerDocument = "mutation RateConsultationAnswer($id: ID!, $satisfied: Boolean!, $reason: String) {\n  rateConsultationAnswer(id: $id, satisfied: $satisfied, reason: $reason) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RateConsultationAnswerMutation, RateConsultationAnswerMutationVariables>;
export const ConsultationQueueDocument = "query ConsultationQueue($filter: ConsultationQueueFilter, $after: String) {\n  consultationQueue(filter: $filter, first: 15, after: $after) {\n    edges {\n      node {\n        ...ConsultationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ConsultationQueueQuery, ConsultationQueueQueryVariables>;
export const ConsultationContactDocument = "query ConsultationContact($id: ID!) {\n  consultationContact(id: $id)\n}" as Operation<ConsultationContactQuery, ConsultationContactQueryVariables>;
export const TransferConsultationDocument = "mutation TransferConsultation($id: ID!, $toDepartment: String!, $note: String!) {\n  transferConsultation(id: $id, toDepartment: $toDepartment, note: $note) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<TransferConsultationMutation, TransferConsultationMutationVariables>;
export const MarkConsultationComplexDocument = "mutation MarkConsultationComplex($id: ID!, $reason: String!) {\n  markConsultationComplex(id: $id, reason: $reason) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<MarkConsultationComplexMutation, MarkConsultationComplexMutationVariables>;
export const AnswerConsultationDocument = "mutation AnswerConsultation($id: ID!, $answer: String!) {\n  answerConsultation(id: $id, answer: $answer) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<AnswerConsultationMutation, AnswerConsultationMutationVariables>;
export const HandConsultationToHotlineDocument = "mutation HandConsultationToHotline($id: ID!, $workOrder: String!) {\n  handConsultationToHotline(id: $id, workOrder: $workOrder) {\n    ...ConsultationDetailFields\n  }\n}\nfragment ConsultationDetailFields on Consultation {\n  ...ConsultationFields\n  public\n  answer {\n    text\n    department\n  }\n  ratings {\n    satisfied\n    reason\n    ratedAt\n  }\n  hotlineOrder\n  contactMobile\n  photos {\n    key\n    url\n  }\n  steps {\n    kind\n    at\n    note\n    fromDepartment\n    toDepartment\n  }\n}\nfragment ConsultationFields on Consultation {\n  id\n  topic\n  department\n  question\n  status\n  complexReason\n  askedAt\n  answerDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  answer {\n    answeredAt\n    onTime\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<HandConsultationToHotlineMutation, HandConsultationToHotlineMutationVariables>;
export const PublishFrequentQuestionDocument = "mutation PublishFrequentQuestion($id: ID!) {\n  publishFrequentQuestion(id: $id) {\n    id\n    publishedAt\n  }\n}" as Operation<PublishFrequentQuestionMutation, PublishFrequentQuestionMutationVariables>;
export const InterpretationsToExtendDocument = "query InterpretationsToExtend($filter: PolicyFilter) {\n  policies(filter: $filter, first: 10) {\n    edges {\n      node {\n        id\n        title\n        interpretations {\n          id\n          kind\n          title\n        }\n      }\n    }\n  }\n}" as Operation<InterpretationsToExtendQuery, InterpretationsToExtendQueryVariables>;
export const AddConsultationToInterpretationDocument = "mutation AddConsultationToInterpretation($id: ID!, $policyId: ID!, $interpretationId: ID!, $question: String!, $answer: String!) {\n  addConsultationToInterpretation(\n    id: $id\n    policyId: $policyId\n    interpretationId: $interpretationId\n    question: $question\n    answer: $answer\n  ) {\n    id\n  }\n}" as Operation<AddConsultationToInterpretationMutation, AddConsultationToInterpretationMutationVariables>;
export const FrequentQuestionsDocument = "query FrequentQuestions($after: String) {\n  frequentQuestions(first: 20, after: $after) {\n    edges {\n      node {\n        id\n        topic\n        department\n        question\n        answer\n        publishedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as Operation<FrequentQuestionsQuery, FrequentQuestionsQueryVariables>;
export const DraftListDocument = "query DraftList($status: DraftStatus, $words: String, $after: String) {\n  drafts(status: $status, words: $words, first: 20, after: $after) {\n    edges {\n      node {\n        ...DraftCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment DraftCardFields on Draft {\n  id\n  title\n  department\n  status\n  lastDay\n  publishedAt\n  commentCount\n}" as Operation<DraftListQuery, DraftListQueryVariables>;
export const DraftPageDocument = "query DraftPage($id: ID!) {\n  draft(id: $id) {\n    ...DraftCardFields\n    explanation\n    sections {\n      id\n      heading\n      text\n    }\n    otherWays\n    periodDays\n    shortPeriodReason\n    comments(first: 50) {\n      edges {\n        node {\n          ...PublicDraftCommentFields\n        }\n      }\n    }\n    feedback {\n      summary\n      publishedAt\n      groups {\n        point\n        outcome\n        reason\n        commentCount\n        comments {\n          id\n          text\n          sectionHeading\n        }\n      }\n    }\n  }\n}\nfragment DraftCardFields on Draft {\n  id\n  title\n  department\n  status\n  lastDay\n  publishedAt\n  commentCount\n}\nfragment PublicDraftCommentFields on DraftComment {\n  id\n  sectionHeading\n  text\n  commentedAt\n}" as Operation<DraftPageQuery, DraftPageQueryVariables>;
export const MyDraftCommentsDocument = "query MyDraftComments($after: String) {\n  myDraftComments(first: 20, after: $after) {\n    edges {\n      node {\n        ...DraftCommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment DraftCommentFields on DraftComment {\n  ...PublicDraftCommentFields\n  state\n  rejectReason\n  draftTitle\n}\nfragment PublicDraftCommentFields on DraftComment {\n  id\n  sectionHeading\n  text\n  commentedAt\n}" as Operation<MyDraftCommentsQuery, MyDraftCommentsQueryVariables>;
export const CommentOnDraftDocument = "mutation CommentOnDraft($input: CommentOnDraftInput!) {\n  commentOnDraft(input: $input) {\n    ...PublicDraftCommentFields\n    state\n  }\n}\nfragment PublicDraftCommentFields on DraftComment {\n  id\n  sectionHeading\n  text\n  commentedAt\n}" as Operation<CommentOnDraftMutation, CommentOnDraftMutationVariables>;
export const DepartmentDraftsDocument = "query DepartmentDrafts($after: String) {\n  departmentDrafts(first: 20, after: $after) {\n    edges {\n      node {\n        ...DraftCardFields\n        viewerCan {\n          manage\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment DraftCardFields on Draft {\n  id\n  title\n  department\n  status\n  lastDay\n  publishedAt\n  commentCount\n}" as Operation<DepartmentDraftsQuery, DepartmentDraftsQueryVariables>;
export const DraftCommentQueueDocument = "query DraftCommentQueue($draftId: ID!, $state: DraftCommentState, $after: String) {\n  draft(id: $draftId) {\n    id\n    title\n  }\n  draftComments(draftId: $draftId, state: $state, first: 20, after: $after) {\n    edges {\n      node {\n        ...PublicDraftCommentFields\n        state\n        flags {\n          kind\n          excerpt\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment PublicDraftCommentFields on DraftComment {\n  id\n  sectionHeading\n  text\n  commentedAt\n}" as Operation<DraftCommentQueueQuery, DraftCommentQueueQueryVariables>;
export const PublishDraftDocument = "mutation PublishDraft($input: PublishDraftInput!) {\n  publishDraft(input: $input) {\n    ...DraftCardFields\n  }\n}\nfragment DraftCardFields on Draft {\n  id\n  title\n  department\n  status\n  lastDay\n  publishedAt\n  commentCount\n}" as Operation<PublishDraftMutation, PublishDraftMutationVariables>;
export const ModerateDraftCommentDocument = "mutation ModerateDraftComment($id: ID!, $approve: Boolean!, $reason: String) {\n  moderateDraftComment(id: $id, approve: $approve, reason: $reason) {\n    ...PublicDraftCommentFields\n    state\n    flags {\n      kind\n      excerpt\n    }\n  }\n}\nfragment PublicDraftCommentFields on DraftComment {\n  id\n  sectionHeading\n  text\n  commentedAt\n}" as Operation<ModerateDraftCommentMutation, ModerateDraftCommentMutationVariables>;
export const PublishDraftFeedbackDocument = "mutation PublishDraftFeedback($input: PublishDraftFeedbackInput!) {\n  publishDraftFeedback(input: $input) {\n    ...DraftCardFields\n  }\n}\nfragment DraftCardFields on Draft {\n  id\n  title\n  department\n  status\n  lastDay\n  publishedAt\n  commentCount\n}" as Operation<PublishDraftFeedbackMutation, PublishDraftFeedbackMutationVariables>;
export const StaffEventDocument = "query StaffEvent($id: ID!) {\n  event(id: $id) {\n    ...StaffEventFields\n  }\n}\nfragment StaffEventFields on Event {\n  ...StaffEventCardFields\n  description\n  cancelReason\n  liveUrl\n  draw {\n    seed\n    drawnAt\n    applicants\n    selected\n  }\n  reach {\n    told\n    opened\n  }\n  summary {\n    raised\n    adopted {\n      suggestion\n      response\n      adopted\n    }\n    publishedAt\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<StaffEventQuery, StaffEventQueryVariables>;
export const OpenEventDocument = "mutation OpenEvent($id: ID!) {\n  openEvent(id: $id) {\n    ...StaffEventFields\n  }\n}\nfragment StaffEventFields on Event {\n  ...StaffEventCardFields\n  description\n  cancelReason\n  liveUrl\n  draw {\n    seed\n    drawnAt\n    applicants\n    selected\n  }\n  reach {\n    told\n    opened\n  }\n  summary {\n    raised\n    adopted {\n      suggestion\n      response\n      adopted\n    }\n    publishedAt\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<OpenEventMutation, OpenEventMutationVariables>;
export const CloseEventDocument = "mutation CloseEvent($id: ID!) {\n  closeEvent(id: $id) {\n    ...StaffEventFields\n  }\n}\nfragment StaffEventFields on Event {\n  ...StaffEventCardFields\n  description\n  cancelReason\n  liveUrl\n  draw {\n    seed\n    drawnAt\n    applicants\n    selected\n  }\n  reach {\n    told\n    opened\n  }\n  summary {\n    raised\n    adopted {\n      suggestion\n      response\n      adopted\n    }\n    publishedAt\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<CloseEventMutation, CloseEventMutationVariables>;
export const CancelEventDocument = "mutation CancelEvent($id: ID!, $reason: String) {\n  cancelEvent(id: $id, reason: $reason) {\n    ...StaffEventFields\n  }\n}\nfragment StaffEventFields on Event {\n  ...StaffEventCardFields\n  description\n  cancelReason\n  liveUrl\n  draw {\n    seed\n    drawnAt\n    applicants\n    selected\n  }\n  reach {\n    told\n    opened\n  }\n  summary {\n    raised\n    adopted {\n      suggestion\n      response\n      adopted\n    }\n    publishedAt\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<CancelEventMutation, CancelEventMutationVariables>;
export const DrawEventDocument = "mutation DrawEvent($eventId: ID!) {\n  drawEvent(eventId: $eventId) {\n    ...StaffEventFields\n  }\n}\nfragment StaffEventFields on Event {\n  ...StaffEventCardFields\n  description\n  cancelReason\n  liveUrl\n  draw {\n    seed\n    drawnAt\n    applicants\n    selected\n  }\n  reach {\n    told\n    opened\n  }\n  summary {\n    raised\n    adopted {\n      suggestion\n      response\n      adopted\n    }\n    publishedAt\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<DrawEventMutation, DrawEventMutationVariables>;
export const EventRegistrationsDocument = "query EventRegistrations($eventId: ID!) {\n  eventRegistrations(eventId: $eventId) {\n    ...RegistrationLineFields\n  }\n}\nfragment RegistrationLineFields on Registration {\n  id\n  status\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n}" as Operation<EventRegistrationsQuery, EventRegistrationsQueryVariables>;
export const EventRegistrationsCsvDocument = "query EventRegistrationsCsv($eventId: ID!) {\n  eventRegistrationsCsv(eventId: $eventId)\n}" as Operation<EventRegistrationsCsvQuery, EventRegistrationsCsvQueryVariables>;
export const EventFeedbackDocument = "query EventFeedback($eventId: ID!) {\n  eventFeedback(eventId: $eventId) {\n    count\n    averageSatisfaction\n    entries {\n      satisfaction\n      useful\n      suggestions\n      submittedAt\n    }\n  }\n}" as Operation<EventFeedbackQuery, EventFeedbackQueryVariables>;
export const PublishEventSummaryDocument = "mutation PublishEventSummary($eventId: ID!, $input: EventSummaryInput!) {\n  publishEventSummary(eventId: $eventId, input: $input) {\n    ...StaffEventFields\n  }\n}\nfragment StaffEventFields on Event {\n  ...StaffEventCardFields\n  description\n  cancelReason\n  liveUrl\n  draw {\n    seed\n    drawnAt\n    applicants\n    selected\n  }\n  reach {\n    told\n    opened\n  }\n  summary {\n    raised\n    adopted {\n      suggestion\n      response\n      adopted\n    }\n    publishedAt\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<PublishEventSummaryMutation, PublishEventSummaryMutationVariables>;
export const EventToEditDocument = "query EventToEdit($id: ID!) {\n  event(id: $id) {\n    id\n    department\n    status\n    theme\n    title\n    description\n    startsAt\n    endsAt\n    venue {\n      address\n      latitude\n      longitude\n    }\n    liveUrl\n    capacity\n    signUpClosesAt\n    selectionMode\n    agenda {\n      time\n      item\n    }\n    officials {\n      name\n      position\n    }\n  }\n}" as Operation<EventToEditQuery, EventToEditQueryVariables>;
export const CreateEventDocument = "mutation CreateEvent($input: EventInput!) {\n  createEvent(input: $input) {\n    id\n  }\n}" as Operation<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = "mutation UpdateEvent($id: ID!, $input: EventInput!) {\n  updateEvent(id: $id, input: $input) {\n    id\n  }\n}" as Operation<UpdateEventMutation, UpdateEventMutationVariables>;
export const EventListDocument = "query EventList($filter: EventFilter, $first: Int, $after: String) {\n  events(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...EventCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}" as Operation<EventListQuery, EventListQueryVariables>;
export const EventDetailDocument = "query EventDetail($id: ID!) {\n  event(id: $id) {\n    ...EventCardFields\n    description\n    agenda {\n      time\n      item\n    }\n    officials {\n      name\n      position\n    }\n    venue {\n      address\n      latitude\n      longitude\n    }\n    liveUrl\n    demo\n    cancelReason\n    draw {\n      seed\n      algorithm\n      drawnAt\n      applicants\n      selected\n    }\n    summary {\n      raised\n      adopted {\n        suggestion\n        response\n        adopted\n      }\n      publishedAt\n    }\n    calendarFile\n    myRegistration {\n      ...RegistrationFields\n    }\n  }\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment RegistrationFields on Registration {\n  ...RegistrationLineFields\n  checkInCode\n  checkInQrSvg\n  feedbackSubmitted\n}\nfragment RegistrationLineFields on Registration {\n  id\n  status\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n}" as Operation<EventDetailQuery, EventDetailQueryVariables>;
export const RegisterForEventDocument = "mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {\n  registerForEvent(eventId: $eventId, input: $input) {\n    ...RegistrationFields\n  }\n}\nfragment RegistrationFields on Registration {\n  ...RegistrationLineFields\n  checkInCode\n  checkInQrSvg\n  feedbackSubmitted\n}\nfragment RegistrationLineFields on Registration {\n  id\n  status\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n}" as Operation<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const MyRegistrationsDocument = "query MyRegistrations {\n  myRegistrations {\n    ...RegistrationFields\n    event {\n      ...EventCardFields\n      calendarFile\n    }\n  }\n}\nfragment RegistrationFields on Registration {\n  ...RegistrationLineFields\n  checkInCode\n  checkInQrSvg\n  feedbackSubmitted\n}\nfragment RegistrationLineFields on Registration {\n  id\n  status\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}" as Operation<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const CancelRegistrationDocument = "mutation CancelRegistration($id: ID!) {\n  cancelRegistration(id: $id) {\n    ...RegistrationFields\n  }\n}\nfragment RegistrationFields on Registration {\n  ...RegistrationLineFields\n  checkInCode\n  checkInQrSvg\n  feedbackSubmitted\n}\nfragment RegistrationLineFields on Registration {\n  id\n  status\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n}" as Operation<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const SubmitEventFeedbackDocument = "mutation SubmitEventFeedback($eventId: ID!, $input: EventFeedbackInput!) {\n  submitEventFeedback(eventId: $eventId, input: $input) {\n    satisfaction\n    submittedAt\n  }\n}" as Operation<SubmitEventFeedbackMutation, SubmitEventFeedbackMutationVariables>;
export const DepartmentEventsDocument = "query DepartmentEvents($department: String, $first: Int, $after: String) {\n  departmentEvents(department: $department, first: $first, after: $after) {\n    edges {\n      node {\n        ...StaffEventCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<DepartmentEventsQuery, DepartmentEventsQueryVariables>;
export const DoorEventsDocument = "query DoorEvents($first: Int) {\n  events(filter: {past: false}, first: $first) {\n    edges {\n      node {\n        ...StaffEventCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment StaffEventCardFields on Event {\n  ...EventCardFields\n  summary {\n    publishedAt\n  }\n  ...AttendanceFields\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<DoorEventsQuery, DoorEventsQueryVariables>;
export const CheckInDocument = "mutation CheckIn($eventId: ID!, $code: String!) {\n  checkIn(eventId: $eventId, code: $code) {\n    message\n    alreadyCheckedIn\n    registration {\n      id\n      name\n      checkedInAt\n      event {\n        ...AttendanceFields\n      }\n    }\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<CheckInMutation, CheckInMutationVariables>;
export const LoginDocument = "mutation Login($code: String!) {\n  login(code: $code) {\n    token\n    expiresAt\n  }\n}" as Operation<LoginMutation, LoginMutationVariables>;
export const MeDocument = "query Me {\n  me {\n    id\n    phone\n    memberSince\n  }\n}" as Operation<MeQuery, MeQueryVariables>;
export const PhoneForFormsDocument = "query PhoneForForms {\n  me {\n    id\n    phoneForForms\n  }\n}" as Operation<PhoneForFormsQuery, PhoneForFormsQueryVariables>;
export const PhoneNumberFromWeChatDocument = "mutation PhoneNumberFromWeChat($code: String!) {\n  phoneNumberFromWeChat(code: $code)\n}" as Operation<PhoneNumberFromWeChatMutation, PhoneNumberFromWeChatMutationVariables>;
export const SignInOptionsDocument = "query SignInOptions {\n  signInOptions {\n    developmentSignIn\n  }\n}" as Operation<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const SignOutDocument = "mutation SignOut {\n  signOut\n}" as Operation<SignOutMutation, SignOutMutationVariables>;
export const KnownDepartmentsDocument = "query KnownDepartments {\n  knownDepartments\n}" as Operation<KnownDepartmentsQuery, KnownDepartmentsQueryVariables>;
export const MyInformationRequestsDocument = "query MyInformationRequests($after: String) {\n  myInformationRequests(first: 15, after: $after) {\n    edges {\n      node {\n        ...InformationRequestFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<MyInformationRequestsQuery, MyInformationRequestsQueryVariables>;
export const InformationRequestDetailDocument = "query InformationRequestDetail($id: ID!) {\n  informationRequest(id: $id) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<InformationRequestDetailQuery, InformationRequestDetailQueryVariables>;
export const ApplyForInformationDocument = "mutation ApplyForInformation($input: InformationRequestInput!) {\n  applyForInformation(input: $input) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ApplyForInformationMutation, ApplyForInformationMutationVariables>;
export const CorrectInformationRequestDocument = "mutation CorrectInformationRequest($id: ID!, $text: String!) {\n  correctInformationRequest(id: $id, text: $text) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<CorrectInformationRequestMutation, CorrectInformationRequestMutationVariables>;
export const WithdrawInformationRequestDocument = "mutation WithdrawInformationRequest($id: ID!) {\n  withdrawInformationRequest(id: $id) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<WithdrawInformationRequestMutation, WithdrawInformationRequestMutationVariables>;
export const InformationRequestQueueDocument = "query InformationRequestQueue($department: String, $stage: InformationRequestStage, $overdue: Boolean, $after: String) {\n  informationRequestQueue(\n    department: $department\n    stage: $stage\n    overdue: $overdue\n    first: 15\n    after: $after\n  ) {\n    edges {\n      node {\n        ...InformationRequestFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<InformationRequestQueueQuery, InformationRequestQueueQueryVariables>;
export const ApplicantIdNumberDocument = "query ApplicantIdNumber($id: ID!) {\n  applicantIdNumber(id: $id)\n}" as Operation<ApplicantIdNumberQuery, ApplicantIdNumberQueryVariables>;
export const RequestInformationCorrectionDocument = "mutation RequestInformationCorrection($id: ID!, $items: String!) {\n  requestInformationCorrection(id: $id, items: $items) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RequestInformationCorrectionMutation, RequestInformationCorrectionMutationVariables>;
export const ReplyToInformationRequestDocument = "mutation ReplyToInformationRequest($id: ID!, $reply: InformationReplyInput!) {\n  replyToInformationRequest(id: $id, reply: $reply) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ReplyToInformationRequestMutation, ReplyToInformationRequestMutationVariables>;
export const ExtendInformationRequestDocument = "mutation ExtendInformationRequest($id: ID!, $workingDays: Int!, $reason: String!, $approvedBy: String!) {\n  extendInformationRequest(\n    id: $id\n    workingDays: $workingDays\n    reason: $reason\n    approvedBy: $approvedBy\n  ) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ExtendInformationRequestMutation, ExtendInformationRequestMutationVariables>;
export const AskThirdPartyOpinionDocument = "mutation AskThirdPartyOpinion($id: ID!, $whom: String!) {\n  askThirdPartyOpinion(id: $id, whom: $whom) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<AskThirdPartyOpinionMutation, AskThirdPartyOpinionMutationVariables>;
export const RecordThirdPartyOpinionDocument = "mutation RecordThirdPartyOpinion($id: ID!, $opinion: String!) {\n  recordThirdPartyOpinion(id: $id, opinion: $opinion) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RecordThirdPartyOpinionMutation, RecordThirdPartyOpinionMutationVariables>;
export const NoticeInformationFeeDocument = "mutation NoticeInformationFee($id: ID!, $method: FeeMethod!, $quantity: Int!) {\n  noticeInformationFee(id: $id, method: $method, quantity: $quantity) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<NoticeInformationFeeMutation, NoticeInformationFeeMutationVariables>;
export const SettleInformationFeeDocument = "mutation SettleInformationFee($id: ID!, $settlement: FeeSettlement!, $note: String) {\n  settleInformationFee(id: $id, settlement: $settlement, note: $note) {\n    ...InformationRequestDetailFields\n  }\n}\nfragment InformationRequestDetailFields on InformationRequest {\n  ...InformationRequestFields\n  idNumber\n  mobile\n  correctionRequestBy\n  fee {\n    method\n    totalYuan\n    lines\n    payBy\n    settlement\n  }\n  notices {\n    kind\n    title\n    reference\n    addressee\n    paragraphs\n    basis\n    rights\n    issuer\n    date\n    text\n  }\n  steps {\n    kind\n    at\n    note\n  }\n}\nfragment InformationRequestFields on InformationRequest {\n  id\n  reference\n  department\n  applicantKind\n  applicantName\n  description\n  form\n  delivery\n  status\n  receivedOn\n  replyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  correctionItems\n  correctionDueBy\n  replyKind\n  repliedOnTime\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<SettleInformationFeeMutation, SettleInformationFeeMutationVariables>;
export const InformationReportYearsDocument = "query InformationReportYears {\n  informationReportYears\n}" as Operation<InformationReportYearsQuery, InformationReportYearsQueryVariables>;
export const PublishedInformationReportDocument = "query PublishedInformationReport($year: Int!) {\n  publishedInformationReport(year: $year) {\n    ...AnnualReportFields\n  }\n}\nfragment AnnualReportFields on InformationAnnualReport {\n  year\n  columns\n  rows {\n    label\n    level\n    counts\n  }\n  csv\n}" as Operation<PublishedInformationReportQuery, PublishedInformationReportQueryVariables>;
export const InformationRequestReportDocument = "query InformationRequestReport($year: Int!, $department: String) {\n  informationRequestReport(year: $year, department: $department) {\n    ...AnnualReportFields\n  }\n}\nfragment AnnualReportFields on InformationAnnualReport {\n  year\n  columns\n  rows {\n    label\n    level\n    counts\n  }\n  csv\n}" as Operation<InformationRequestReportQuery, InformationRequestReportQueryVariables>;
export const PolicyListDocument = "query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n  policies(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PolicyCardFields\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyFacetsDocument = "query PolicyFacets {\n  policyFacets {\n    issuers {\n      value\n      count\n    }\n    years {\n      value\n      count\n    }\n    topics {\n      value\n      count\n    }\n  }\n}" as Operation<PolicyFacetsQuery, PolicyFacetsQueryVariables>;
export const PolicyDetailDocument = "query PolicyDetail($id: ID!) {\n  policy(id: $id) {\n    ...PolicyCardFields\n    indexNumber\n    topics\n    targetGroups\n    body\n    sections {\n      id\n      level\n      heading\n      text\n    }\n    tables {\n      title\n      columns\n      rows\n    }\n    interpretations {\n      id\n      kind\n      title\n      body\n      questions {\n        question\n        answer\n      }\n      mediaUrl\n      publishedDate\n      consultationPhone\n      officeHours\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<PolicyDetailQuery, PolicyDetailQueryVariables>;
export const StaffProjectsDocument = "query StaffProjects($filter: ProjectFilter, $after: String) {\n  projects(filter: $filter, first: 50, after: $after) {\n    edges {\n      node {\n        id\n        title\n        leadDepartment\n        status\n        progress\n        parent {\n          id\n          title\n        }\n        milestones {\n          id\n          needsExplanation\n        }\n        viewerCan {\n          manage\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as Operation<StaffProjectsQuery, StaffProjectsQueryVariables>;
export const StaffProjectDocument = "query StaffProject($id: ID!) {\n  project(id: $id) {\n    id\n    title\n    leadDepartment\n    status\n    progress\n    cancelledReason\n    cancelledDate\n    parent {\n      id\n      title\n    }\n    viewerCan {\n      manage\n      report\n    }\n    target {\n      text\n    }\n    budget {\n      planned\n      spent\n      spentPercent\n    }\n    children {\n      id\n      title\n      status\n      progress\n    }\n    milestones {\n      ...ProjectMilestoneFields\n      needsExplanation\n    }\n    updates(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          date\n          department\n          text\n          figures {\n            label\n            value\n            unit\n          }\n          spending\n          photos {\n            key\n            url\n          }\n          milestoneId\n          corrects\n          correctedBy\n        }\n      }\n    }\n  }\n}\nfragment ProjectMilestoneFields on ProjectMilestone {\n  id\n  title\n  plannedDate\n  actualDate\n  done\n  overdue\n  overdueWorkingDays\n  delayReason\n  delayExplainedDate\n  delayExplainedBy\n}" as Operation<StaffProjectQuery, StaffProjectQueryVariables>;
export const CreateProjectDocument = "mutation CreateProject($input: ProjectInput!) {\n  createProject(input: $input) {\n    id\n  }\n}" as Operation<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectParentChoicesDocument = "query ProjectParentChoices($year: Int!) {\n  projectLists(year: $year) {\n    name\n    projects {\n      id\n      title\n      status\n      milestones {\n        id\n      }\n      viewerCan {\n        manage\n      }\n    }\n  }\n}" as Operation<ProjectParentChoicesQuery, ProjectParentChoicesQueryVariables>;
export const ProjectToEditDocument = "query ProjectToEdit($id: ID!) {\n  project(id: $id) {\n    id\n    year\n    list\n    order\n    title\n    summary\n    leadDepartment\n    cooperatingDepartments\n    status\n    version\n    parent {\n      id\n      title\n    }\n    target {\n      quantity\n      unit\n      text\n    }\n    budget {\n      planned\n    }\n    children {\n      id\n      budget {\n        planned\n      }\n    }\n    milestones {\n      id\n      title\n      plannedDate\n      weight\n    }\n    viewerCan {\n      manage\n    }\n  }\n}" as Operation<ProjectToEditQuery, ProjectToEditQueryVariables>;
export const UpdateProjectDocument = "mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: ProjectChangesInput!) {\n  updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    id\n  }\n}" as Operation<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const CancelProjectDocument = "mutation CancelProject($id: ID!, $reason: String!) {\n  cancelProject(id: $id, reason: $reason) {\n    id\n    status\n    cancelledReason\n    cancelledDate\n  }\n}" as Operation<CancelProjectMutation, CancelProjectMutationVariables>;
export const RequestPhotoUploadDocument = "mutation RequestPhotoUpload($projectId: ID!, $contentType: String!, $bytes: Int!) {\n  requestPhotoUpload(\n    projectId: $projectId\n    contentType: $contentType\n    bytes: $bytes\n  ) {\n    ...PhotoUploadFields\n  }\n}\nfragment PhotoUploadFields on PhotoUpload {\n  uploadUrl\n  method\n  headers {\n    name\n    value\n  }\n  photoKey\n  expiresAt\n}" as Operation<RequestPhotoUploadMutation, RequestPhotoUploadMutationVariables>;
export const PostProjectUpdateDocument = "mutation PostProjectUpdate($projectId: ID!, $input: ProjectUpdateInput!) {\n  postProjectUpdate(projectId: $projectId, input: $input) {\n    ...ProjectUpdateFields\n  }\n}\nfragment ProjectUpdateFields on ProjectUpdate {\n  id\n  kind\n  date\n  department\n  text\n  figures {\n    label\n    value\n    unit\n  }\n  spending\n  photos {\n    key\n    url\n  }\n  milestoneId\n  corrects\n  correctedBy\n}" as Operation<PostProjectUpdateMutation, PostProjectUpdateMutationVariables>;
export const CompleteMilestoneDocument = "mutation CompleteMilestone($milestoneId: ID!, $actualDate: String!, $note: String) {\n  completeMilestone(\n    milestoneId: $milestoneId\n    actualDate: $actualDate\n    note: $note\n  ) {\n    id\n    status\n    progress\n  }\n}" as Operation<CompleteMilestoneMutation, CompleteMilestoneMutationVariables>;
export const CorrectMilestoneDocument = "mutation CorrectMilestone($milestoneId: ID!, $input: MilestoneCorrectionInput!) {\n  correctMilestone(milestoneId: $milestoneId, input: $input) {\n    id\n    status\n    progress\n  }\n}" as Operation<CorrectMilestoneMutation, CorrectMilestoneMutationVariables>;
export const ExplainDelayDocument = "mutation ExplainDelay($milestoneId: ID!, $reason: String!) {\n  explainDelay(milestoneId: $milestoneId, reason: $reason) {\n    id\n    status\n    progress\n  }\n}" as Operation<ExplainDelayMutation, ExplainDelayMutationVariables>;
export const StaffProposalsDocument = "query StaffProposals($forYear: Int!, $status: ProjectProposalStatus, $after: String) {\n  projectProposals(forYear: $forYear, status: $status, first: 20, after: $after) {\n    edges {\n      node {\n        ...StaffProposalFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment StaffProposalFields on ProjectProposal {\n  id\n  forYear\n  title\n  description\n  location\n  contactMobile\n  status\n  reply\n  project {\n    id\n    title\n  }\n  submittedAt\n  answeredAt\n  viewerCan {\n    manage\n    readPersonalData\n  }\n}" as Operation<StaffProposalsQuery, StaffProposalsQueryVariables>;
export const ProposalContactDocument = "query ProposalContact($id: ID!) {\n  projectProposalContact(id: $id)\n}" as Operation<ProposalContactQuery, ProposalContactQueryVariables>;
export const AnswerProjectProposalDocument = "mutation AnswerProjectProposal($id: ID!, $input: ProjectProposalAnswerInput!) {\n  answerProjectProposal(id: $id, input: $input) {\n    ...StaffProposalFields\n  }\n}\nfragment StaffProposalFields on ProjectProposal {\n  id\n  forYear\n  title\n  description\n  location\n  contactMobile\n  status\n  reply\n  project {\n    id\n    title\n  }\n  submittedAt\n  answeredAt\n  viewerCan {\n    manage\n    readPersonalData\n  }\n}" as Operation<AnswerProjectProposalMutation, AnswerProjectProposalMutationVariables>;
export const ProjectListsDocument = "query ProjectLists($year: Int!) {\n  projectLists(year: $year) {\n    year\n    name\n    progress\n    budget {\n      planned\n      spent\n      spentPercent\n    }\n    statusCounts {\n      status\n      count\n    }\n    projects {\n      ...ProjectCardFields\n      children {\n        id\n        leadDepartment\n      }\n    }\n  }\n}\nfragment ProjectCardFields on Project {\n  id\n  title\n  leadDepartment\n  cooperatingDepartments\n  target {\n    text\n  }\n  status\n  progress\n  completedDate\n  cancelledReason\n}" as Operation<ProjectListsQuery, ProjectListsQueryVariables>;
export const ProjectListDocument = "query ProjectList($filter: ProjectFilter, $first: Int, $after: String) {\n  projects(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ProjectCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment ProjectCardFields on Project {\n  id\n  title\n  leadDepartment\n  cooperatingDepartments\n  target {\n    text\n  }\n  status\n  progress\n  completedDate\n  cancelledReason\n}" as Operation<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectDetailDocument = "query ProjectDetail($id: ID!) {\n  project(id: $id) {\n    ...ProjectCardFields\n    year\n    list\n    summary\n    target {\n      quantity\n      unit\n      text\n    }\n    budget {\n      planned\n      spent\n      spentPercent\n    }\n    milestones {\n      ...ProjectMilestoneFields\n    }\n    progressBasis\n    cancelledDate\n    parent {\n      id\n      title\n    }\n    children {\n      ...ProjectCardFields\n    }\n    followerCount\n    followedByMe\n    evaluationSummary {\n      count\n      satisfiedPercent\n    }\n    myEvaluation {\n      level\n      comment\n      createdAt\n    }\n    demo\n    updates(first: 10) {\n      edges {\n        node {\n          ...ProjectUpdateFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\nfragment ProjectCardFields on Project {\n  id\n  title\n  leadDepartment\n  cooperatingDepartments\n  target {\n    text\n  }\n  status\n  progress\n  completedDate\n  cancelledReason\n}\nfragment ProjectMilestoneFields on ProjectMilestone {\n  id\n  title\n  plannedDate\n  actualDate\n  done\n  overdue\n  overdueWorkingDays\n  delayReason\n  delayExplainedDate\n  delayExplainedBy\n}\nfragment ProjectUpdateFields on ProjectUpdate {\n  id\n  kind\n  date\n  department\n  text\n  figures {\n    label\n    value\n    unit\n  }\n  spending\n  photos {\n    key\n    url\n  }\n  milestoneId\n  corrects\n  correctedBy\n}" as Operation<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const ProjectUpdatesDocument = "query ProjectUpdates($id: ID!, $after: String) {\n  project(id: $id) {\n    id\n    updates(first: 10, after: $after) {\n      edges {\n        node {\n          ...ProjectUpdateFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\nfragment ProjectUpdateFields on ProjectUpdate {\n  id\n  kind\n  date\n  department\n  text\n  figures {\n    label\n    value\n    unit\n  }\n  spending\n  photos {\n    key\n    url\n  }\n  milestoneId\n  corrects\n  correctedBy\n}" as Operation<ProjectUpdatesQuery, ProjectUpdatesQueryVariables>;
export const FollowProjectDocument = "mutation FollowProject($id: ID!) {\n  followProject(id: $id) {\n    id\n    followedByMe\n    followerCount\n  }\n}" as Operation<FollowProjectMutation, FollowProjectMutationVariables>;
export const UnfollowProjectDocument = "mutation UnfollowProject($id: ID!) {\n  unfollowProject(id: $id) {\n    id\n    followedByMe\n    followerCount\n  }\n}" as Operation<UnfollowProjectMutation, UnfollowProjectMutationVariables>;
export const EvaluateProjectDocument = "mutation EvaluateProject($id: ID!, $input: ProjectEvaluationInput!) {\n  evaluateProject(id: $id, input: $input) {\n    level\n    comment\n    createdAt\n    project {\n      id\n      evaluationSummary {\n        count\n        satisfiedPercent\n      }\n    }\n  }\n}" as Operation<EvaluateProjectMutation, EvaluateProjectMutationVariables>;
export const ProposeProjectDocument = "mutation ProposeProject($input: ProjectProposalInput!) {\n  proposeProject(input: $input) {\n    id\n    forYear\n    title\n  }\n}" as Operation<ProposeProjectMutation, ProposeProjectMutationVariables>;
export const MyProjectsDocument = "query MyProjects {\n  myProposals {\n    ...ProposalFields\n  }\n  myFollowedProjects {\n    ...ProjectCardFields\n  }\n}\nfragment ProposalFields on ProjectProposal {\n  id\n  forYear\n  title\n  description\n  location\n  contactMobile\n  status\n  reply\n  project {\n    id\n    title\n  }\n  submittedAt\n  answeredAt\n}\nfragment ProjectCardFields on Project {\n  id\n  title\n  leadDepartment\n  cooperatingDepartments\n  target {\n    text\n  }\n  status\n  progress\n  completedDate\n  cancelledReason\n}" as Operation<MyProjectsQuery, MyProjectsQueryVariables>;
export const ReadPolicyDocumentDocument = "mutation ReadPolicyDocument($document: DocumentUpload!) {\n  readPolicyDocument(document: $document) {\n    format\n    title\n    documentNumber\n    indexNumber\n    issuer\n    writtenDate\n    publishedDate\n    disclosure\n    body\n    sections {\n      level\n      heading\n    }\n    tables {\n      title\n      columns\n      rows\n    }\n    sources {\n      field\n      value\n      source\n      line\n    }\n    notes {\n      label\n      value\n      line\n    }\n    warnings\n  }\n}" as Operation<ReadPolicyDocumentMutation, ReadPolicyDocumentMutationVariables>;
export const PolicyChecksDocument = "query PolicyChecks($input: PolicyInput!, $policyId: ID) {\n  policyChecks(input: $input, policyId: $policyId) {\n    canPublish\n    linksChecked\n    findings {\n      kind\n      blocking\n      message\n      field\n      line\n      excerpt\n      policyId\n    }\n  }\n}" as Operation<PolicyChecksQuery, PolicyChecksQueryVariables>;
export const PublishPolicyDocument = "mutation PublishPolicy($input: PolicyInput!) {\n  publishPolicy(input: $input) {\n    id\n    title\n    issuer\n    publishedDate\n    interpretationDue {\n      date\n      provisional\n      overdue\n    }\n  }\n}" as Operation<PublishPolicyMutation, PublishPolicyMutationVariables>;
export const PolicyToEditDocument = "query PolicyToEdit($id: ID!) {\n  policy(id: $id) {\n    id\n    version\n    title\n    documentNumber\n    indexNumber\n    issuer\n    department\n    writtenDate\n    publishedDate\n    disclosure\n    body\n    tables {\n      title\n      columns\n      rows\n    }\n    viewerCan {\n      manage\n    }\n  }\n}" as Operation<PolicyToEditQuery, PolicyToEditQueryVariables>;
export const UpdatePolicyDocument = "mutation UpdatePolicy($id: ID!, $input: PolicyInput!, $version: Int!) {\n  updatePolicy(id: $id, input: $input, version: $version) {\n    id\n    title\n    issuer\n    publishedDate\n  }\n}" as Operation<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const PolicyToInterpretDocument = "query PolicyToInterpret($id: ID!) {\n  policy(id: $id) {\n    id\n    title\n    publishedDate\n    interpretationDue {\n      date\n      provisional\n      overdue\n    }\n    interpretations {\n      id\n      version\n      kind\n      title\n      body\n      questions {\n        question\n        answer\n      }\n      mediaUrl\n      consultationPhone\n      officeHours\n    }\n  }\n}" as Operation<PolicyToInterpretQuery, PolicyToInterpretQueryVariables>;
export const UpdateInterpretationDocument = "mutation UpdateInterpretation($policyId: ID!, $id: ID!, $input: InterpretationInput!, $version: Int!) {\n  updateInterpretation(\n    policyId: $policyId\n    id: $id\n    input: $input\n    version: $version\n  ) {\n    id\n    version\n  }\n}" as Operation<UpdateInterpretationMutation, UpdateInterpretationMutationVariables>;
export const AddInterpretationDocument = "mutation AddInterpretation($policyId: ID!, $input: InterpretationInput!) {\n  addInterpretation(policyId: $policyId, input: $input) {\n    id\n  }\n}" as Operation<AddInterpretationMutation, AddInterpretationMutationVariables>;
export const SensitiveWordsDocument = "query SensitiveWords {\n  sensitiveWords {\n    words\n    updatedAt\n    updatedByName\n  }\n}" as Operation<SensitiveWordsQuery, SensitiveWordsQueryVariables>;
export const SetSensitiveWordsDocument = "mutation SetSensitiveWords($words: [String!]!) {\n  setSensitiveWords(words: $words) {\n    words\n    updatedAt\n    updatedByName\n  }\n}" as Operation<SetSensitiveWordsMutation, SetSensitiveWordsMutationVariables>;
export const DepartmentIssuersDocument = "query DepartmentIssuers($department: String!) {\n  departmentIssuers(department: $department) {\n    department\n    issuers\n  }\n}" as Operation<DepartmentIssuersQuery, DepartmentIssuersQueryVariables>;
export const SetDepartmentIssuersDocument = "mutation SetDepartmentIssuers($department: String!, $issuers: [String!]!) {\n  setDepartmentIssuers(department: $department, issuers: $issuers) {\n    department\n    issuers\n  }\n}" as Operation<SetDepartmentIssuersMutation, SetDepartmentIssuersMutationVariables>;
export const StaffPoliciesDocument = "query StaffPolicies($filter: PolicyFilter, $after: String) {\n  policies(filter: $filter, first: 20, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PolicyCardFields\n        interpretationDue {\n          date\n          provisional\n          overdue\n        }\n        interpretations {\n          id\n          title\n        }\n        reach {\n          told\n          opened\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<StaffPoliciesQuery, StaffPoliciesQueryVariables>;
export const RepealPolicyDocument = "mutation RepealPolicy($id: ID!, $repealedDate: String!) {\n  repealPolicy(id: $id, repealedDate: $repealedDate) {\n    id\n    validity\n    repealedDate\n  }\n}" as Operation<RepealPolicyMutation, RepealPolicyMutationVariables>;
export const StaffLoginDocument = "mutation StaffLogin($username: String!, $password: String!) {\n  staffLogin(username: $username, password: $password) {\n    token\n    expiresAt\n  }\n}" as Operation<StaffLoginMutation, StaffLoginMutationVariables>;
export const ChangeStaffPasswordDocument = "mutation ChangeStaffPassword($username: String!, $currentPassword: String!, $newPassword: String!) {\n  changeStaffPassword(\n    username: $username\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n  ) {\n    token\n    expiresAt\n  }\n}" as Operation<ChangeStaffPasswordMutation, ChangeStaffPasswordMutationVariables>;
export const StaffMeDocument = "query StaffMe {\n  staffMe {\n    username\n    displayName\n    role\n    department\n  }\n}" as Operation<StaffMeQuery, StaffMeQueryVariables>;
export const RatingCasesDocument = "query RatingCases($filter: RatingCaseFilter, $first: Int, $after: String) {\n  ratingCases(filter: $filter, first: $first, after: $after) {\n    edges {\n      node {\n        ...CaseListFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RatingCasesQuery, RatingCasesQueryVariables>;
export const RatingCaseDetailDocument = "query RatingCaseDetail($id: ID!) {\n  ratingCase(id: $id) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    byName\n    note\n    outcome\n    level\n  }\n  excluded\n  viewerCan {\n    decideAppeal\n  }\n  appeal {\n    reason\n    appealedAt\n    appealedByName\n    decision {\n      upheld\n      note\n      decidedAt\n      decidedByName\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RatingCaseDetailQuery, RatingCaseDetailQueryVariables>;
export const RaterContactDocument = "query RaterContact($caseId: ID!) {\n  raterContact(caseId: $caseId) {\n    reference\n    phone\n  }\n}" as Operation<RaterContactQuery, RaterContactQueryVariables>;
export const RecordCallbackDocument = "mutation RecordCallback($caseId: ID!, $note: String!) {\n  recordCallback(caseId: $caseId, note: $note) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    byName\n    note\n    outcome\n    level\n  }\n  excluded\n  viewerCan {\n    decideAppeal\n  }\n  appeal {\n    reason\n    appealedAt\n    appealedByName\n    decision {\n      upheld\n      note\n      decidedAt\n      decidedByName\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RecordCallbackMutation, RecordCallbackMutationVariables>;
export const ReplyToRatingDocument = "mutation ReplyToRating($caseId: ID!, $reply: String!, $outcome: ReplyOutcome!) {\n  replyToRating(caseId: $caseId, reply: $reply, outcome: $outcome) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    byName\n    note\n    outcome\n    level\n  }\n  excluded\n  viewerCan {\n    decideAppeal\n  }\n  appeal {\n    reason\n    appealedAt\n    appealedByName\n    decision {\n      upheld\n      note\n      decidedAt\n      decidedByName\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ReplyToRatingMutation, ReplyToRatingMutationVariables>;
export const CloseCaseDocument = "mutation CloseCase($caseId: ID!, $note: String) {\n  closeCase(caseId: $caseId, note: $note) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    byName\n    note\n    outcome\n    level\n  }\n  excluded\n  viewerCan {\n    decideAppeal\n  }\n  appeal {\n    reason\n    appealedAt\n    appealedByName\n    decision {\n      upheld\n      note\n      decidedAt\n      decidedByName\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<CloseCaseMutation, CloseCaseMutationVariables>;
export const AppealRatingDocument = "mutation AppealRating($caseId: ID!, $reason: String!) {\n  appealRating(caseId: $caseId, reason: $reason) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    byName\n    note\n    outcome\n    level\n  }\n  excluded\n  viewerCan {\n    decideAppeal\n  }\n  appeal {\n    reason\n    appealedAt\n    appealedByName\n    decision {\n      upheld\n      note\n      decidedAt\n      decidedByName\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<AppealRatingMutation, AppealRatingMutationVariables>;
export const DecideAppealDocument = "mutation DecideAppeal($caseId: ID!, $upheld: Boolean!, $note: String) {\n  decideAppeal(caseId: $caseId, upheld: $upheld, note: $note) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    byName\n    note\n    outcome\n    level\n  }\n  excluded\n  viewerCan {\n    decideAppeal\n  }\n  appeal {\n    reason\n    appealedAt\n    appealedByName\n    decision {\n      upheld\n      note\n      decidedAt\n      decidedByName\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<DecideAppealMutation, DecideAppealMutationVariables>;
export const AppealCasesDocument = "query AppealCases($after: String) {\n  ratingCases(filter: {appeal: WAITING}, first: 20, after: $after) {\n    edges {\n      node {\n        id\n        department\n        openedAt\n        rating {\n          id\n          levelLabel\n          reasonLabels\n          service {\n            id\n            name\n          }\n        }\n        appeal {\n          reason\n          appealedAt\n          appealedBy\n          appealedByName\n          decision {\n            upheld\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as Operation<AppealCasesQuery, AppealCasesQueryVariables>;
export const ServiceDepartmentsDocument = "query ServiceDepartments($after: String) {\n  services(first: 100, after: $after) {\n    edges {\n      node {\n        id\n        department\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as Operation<ServiceDepartmentsQuery, ServiceDepartmentsQueryVariables>;
export const ServiceQrCodesDocument = "query ServiceQrCodes($department: String!, $first: Int, $after: String) {\n  services(filter: {department: $department}, first: $first, after: $after) {\n    edges {\n      node {\n        ...ServiceQrFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment ServiceQrFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  description\n  disabled\n  ratingLinks {\n    window\n    h5Url\n    qrCodeDataUrl\n    caption\n  }\n}" as Operation<ServiceQrCodesQuery, ServiceQrCodesQueryVariables>;
export const CreateServiceDocument = "mutation CreateService($input: ServiceInput!) {\n  createService(input: $input) {\n    ...ServiceQrFields\n  }\n}\nfragment ServiceQrFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  description\n  disabled\n  ratingLinks {\n    window\n    h5Url\n    qrCodeDataUrl\n    caption\n  }\n}" as Operation<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = "mutation UpdateService($id: ID!, $input: ServiceInput!) {\n  updateService(id: $id, input: $input) {\n    ...ServiceQrFields\n  }\n}\nfragment ServiceQrFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  description\n  disabled\n  ratingLinks {\n    window\n    h5Url\n    qrCodeDataUrl\n    caption\n  }\n}" as Operation<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const DisableServiceDocument = "mutation DisableService($id: ID!) {\n  disableService(id: $id) {\n    ...ServiceQrFields\n  }\n}\nfragment ServiceQrFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  description\n  disabled\n  ratingLinks {\n    window\n    h5Url\n    qrCodeDataUrl\n    caption\n  }\n}" as Operation<DisableServiceMutation, DisableServiceMutationVariables>;
export const EnableServiceDocument = "mutation EnableService($id: ID!) {\n  enableService(id: $id) {\n    ...ServiceQrFields\n  }\n}\nfragment ServiceQrFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  description\n  disabled\n  ratingLinks {\n    window\n    h5Url\n    qrCodeDataUrl\n    caption\n  }\n}" as Operation<EnableServiceMutation, EnableServiceMutationVariables>;
export const RatingServicesDocument = "query RatingServices($first: Int, $after: String) {\n  services(first: $first, after: $after) {\n    edges {\n      node {\n        ...RatingServiceFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment RatingServiceFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  disabled\n}" as Operation<RatingServicesQuery, RatingServicesQueryVariables>;
export const RatingFormDocument = "query RatingForm($serviceId: ID!) {\n  service(id: $serviceId) {\n    ...RatingServiceFields\n  }\n  ratingOptions {\n    levels {\n      level\n      label\n      bad\n    }\n    reasons {\n      reason\n      label\n    }\n  }\n}\nfragment RatingServiceFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n  disabled\n}" as Operation<RatingFormQuery, RatingFormQueryVariables>;
export const RateServiceDocument = "mutation RateService($serviceId: ID!, $input: RatingInput!) {\n  rateService(serviceId: $serviceId, input: $input) {\n    ...MyRatingFields\n  }\n}\nfragment MyRatingFields on Rating {\n  id\n  service {\n    id\n    name\n  }\n  department\n  window\n  matterNumber\n  level\n  levelLabel\n  bad\n  reasonLabels\n  comment\n  ratedAt\n  case {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<RateServiceMutation, RateServiceMutationVariables>;
export const MyRatingDocument = "query MyRating($id: ID!) {\n  rating(id: $id) {\n    ...MyRatingFields\n  }\n}\nfragment MyRatingFields on Rating {\n  id\n  service {\n    id\n    name\n  }\n  department\n  window\n  matterNumber\n  level\n  levelLabel\n  bad\n  reasonLabels\n  comment\n  ratedAt\n  case {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<MyRatingQuery, MyRatingQueryVariables>;
export const MyRatingsDocument = "query MyRatings($first: Int, $after: String) {\n  myRatings(first: $first, after: $after) {\n    edges {\n      node {\n        ...MyRatingFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  ratingOptions {\n    levels {\n      level\n      label\n      bad\n    }\n  }\n}\nfragment MyRatingFields on Rating {\n  id\n  service {\n    id\n    name\n  }\n  department\n  window\n  matterNumber\n  level\n  levelLabel\n  bad\n  reasonLabels\n  comment\n  ratedAt\n  case {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<MyRatingsQuery, MyRatingsQueryVariables>;
export const RateRectificationDocument = "mutation RateRectification($caseId: ID!, $input: FollowUpRatingInput!) {\n  rateRectification(caseId: $caseId, input: $input) {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<RateRectificationMutation, RateRectificationMutationVariables>;
export const RatingFiguresDocument = "query RatingFigures($period: PeriodInput!, $department: String) {\n  ratingFigures(period: $period, department: $department) {\n    from\n    to\n    department\n    total {\n      ...RatingCountFields\n    }\n    byDepartment {\n      department\n      counts {\n        ...RatingCountFields\n      }\n    }\n    byService {\n      service {\n        id\n        name\n      }\n      counts {\n        ...RatingCountFields\n      }\n    }\n  }\n}\nfragment RatingCountFields on RatingCounts {\n  ratings\n  excluded\n  badRatings\n  answered\n  answeredOnTime\n  resolved\n  satisfactionRate\n  onTimeRate\n  resolvedRate\n}" as Operation<RatingFiguresQuery, RatingFiguresQueryVariables>;
export const MyMessagesDocument = "query MyMessages($after: String) {\n  myMessages(first: 20, after: $after) {\n    edges {\n      node {\n        ...InboxMessageFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment InboxMessageFields on InboxMessage {\n  id\n  heading\n  title\n  when\n  detail\n  page\n  sentAt\n  read\n  forResident\n  overtaken\n}" as Operation<MyMessagesQuery, MyMessagesQueryVariables>;
export const UnreadMessageCountDocument = "query UnreadMessageCount {\n  unreadMessageCount\n}" as Operation<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const OpenMessageDocument = "mutation OpenMessage($id: ID!) {\n  openMessage(id: $id) {\n    ...InboxMessageFields\n  }\n}\nfragment InboxMessageFields on InboxMessage {\n  id\n  heading\n  title\n  when\n  detail\n  page\n  sentAt\n  read\n  forResident\n  overtaken\n}" as Operation<OpenMessageMutation, OpenMessageMutationVariables>;
export const MySubscriptionsDocument = "query MySubscriptions {\n  mySubscriptions {\n    topics\n    groups\n    departments\n    version\n  }\n  subscriptionOptions {\n    topics\n    groups\n    departments\n  }\n}" as Operation<MySubscriptionsQuery, MySubscriptionsQueryVariables>;
export const SaveSubscriptionsDocument = "mutation SaveSubscriptions($input: SubscriptionsInput!) {\n  saveSubscriptions(input: $input) {\n    topics\n    groups\n    departments\n    version\n  }\n}" as Operation<SaveSubscriptionsMutation, SaveSubscriptionsMutationVariables>;
export const MyFamilyLinksDocument = "query MyFamilyLinks {\n  myFamilyLinks {\n    ...FamilyLinkFields\n  }\n}\nfragment FamilyLinkFields on FamilyLink {\n  id\n  role\n  state\n  otherName\n  code\n  codeExpiresAt\n  createdAt\n  activity {\n    kind\n    by\n    at\n    detail\n  }\n}" as Operation<MyFamilyLinksQuery, MyFamilyLinksQueryVariables>;
export const InviteFamilyHelperDocument = "mutation InviteFamilyHelper($name: String!) {\n  inviteFamilyHelper(name: $name) {\n    ...FamilyLinkFields\n  }\n}\nfragment FamilyLinkFields on FamilyLink {\n  id\n  role\n  state\n  otherName\n  code\n  codeExpiresAt\n  createdAt\n  activity {\n    kind\n    by\n    at\n    detail\n  }\n}" as Operation<InviteFamilyHelperMutation, InviteFamilyHelperMutationVariables>;
export const AcceptFamilyInvitationDocument = "mutation AcceptFamilyInvitation($code: String!, $name: String!) {\n  acceptFamilyInvitation(code: $code, name: $name) {\n    ...FamilyLinkFields\n  }\n}\nfragment FamilyLinkFields on FamilyLink {\n  id\n  role\n  state\n  otherName\n  code\n  codeExpiresAt\n  createdAt\n  activity {\n    kind\n    by\n    at\n    detail\n  }\n}" as Operation<AcceptFamilyInvitationMutation, AcceptFamilyInvitationMutationVariables>;
export const ConfirmFamilyHelperDocument = "mutation ConfirmFamilyHelper($linkId: ID!) {\n  confirmFamilyHelper(linkId: $linkId) {\n    ...FamilyLinkFields\n  }\n}\nfragment FamilyLinkFields on FamilyLink {\n  id\n  role\n  state\n  otherName\n  code\n  codeExpiresAt\n  createdAt\n  activity {\n    kind\n    by\n    at\n    detail\n  }\n}" as Operation<ConfirmFamilyHelperMutation, ConfirmFamilyHelperMutationVariables>;
export const EndFamilyLinkDocument = "mutation EndFamilyLink($linkId: ID!) {\n  endFamilyLink(linkId: $linkId) {\n    ...FamilyLinkFields\n  }\n}\nfragment FamilyLinkFields on FamilyLink {\n  id\n  role\n  state\n  otherName\n  code\n  codeExpiresAt\n  createdAt\n  activity {\n    kind\n    by\n    at\n    detail\n  }\n}" as Operation<EndFamilyLinkMutation, EndFamilyLinkMutationVariables>;
export const SignUpForFamilyDocument = "mutation SignUpForFamily($linkId: ID!, $eventId: ID!, $input: FamilySignUpInput!) {\n  signUpForFamily(linkId: $linkId, eventId: $eventId, input: $input) {\n    status\n    eventTitle\n  }\n}" as Operation<SignUpForFamilyMutation, SignUpForFamilyMutationVariables>;
export const StartScanSignInDocument = "mutation StartScanSignIn {\n  startScanSignIn {\n    code\n    secret\n    qrSvg\n    expiresAt\n  }\n}" as Operation<StartScanSignInMutation, StartScanSignInMutationVariables>;
export const PollScanSignInDocument = "mutation PollScanSignIn($code: String!, $secret: String!) {\n  pollScanSignIn(code: $code, secret: $secret) {\n    status\n    session {\n      token\n      expiresAt\n    }\n  }\n}" as Operation<PollScanSignInMutation, PollScanSignInMutationVariables>;
export const OpenScanSignInDocument = "mutation OpenScanSignIn($code: String!) {\n  openScanSignIn(code: $code) {\n    code\n    requester\n    requestedAt\n    expiresAt\n    status\n  }\n}" as Operation<OpenScanSignInMutation, OpenScanSignInMutationVariables>;
export const ConfirmScanSignInDocument = "mutation ConfirmScanSignIn($code: String!) {\n  confirmScanSignIn(code: $code) {\n    code\n    status\n  }\n}" as Operation<ConfirmScanSignInMutation, ConfirmScanSignInMutationVariables>;
export const RefuseScanSignInDocument = "mutation RefuseScanSignIn($code: String!) {\n  refuseScanSignIn(code: $code) {\n    code\n    status\n  }\n}" as Operation<RefuseScanSignInMutation, RefuseScanSignInMutationVariables>;
export const SearchDocument = "query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $includeRepealed: Boolean) {\n  search(\n    query: $query\n    kinds: $kinds\n    first: $first\n    after: $after\n    includeRepealed: $includeRepealed\n  ) {\n    query\n    understoodAs\n    answer {\n      ...SearchHitFields\n    }\n    groups {\n      kind\n      total\n      hits {\n        ...SearchHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    total\n    partial\n    suggestions\n    consultation {\n      phone\n      hours\n    }\n  }\n}\nfragment SearchHitFields on SearchHit {\n  kind\n  id\n  policyId\n  title {\n    text\n    highlights {\n      start\n      length\n    }\n  }\n  subtitle\n  date\n  repealed\n  sectionIndex\n  sectionId\n  heading {\n    text\n    highlights {\n      start\n      length\n    }\n  }\n  passage {\n    text\n    highlights {\n      start\n      length\n    }\n  }\n  answersQuestion\n}" as Operation<SearchQuery, SearchQueryVariables>;
export const SearchSuggestionsDocument = "query SearchSuggestions($prefix: String, $first: Int) {\n  searchSuggestions(prefix: $prefix, first: $first)\n}" as Operation<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const StaffAccountsDocument = "query StaffAccounts {\n  staffMembers {\n    ...StaffAccountFields\n  }\n}\nfragment StaffAccountFields on Staff {\n  username\n  displayName\n  role\n  department\n  disabled\n  mustChangePassword\n  lastSignedInAt\n}" as Operation<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = "mutation CreateStaffAccount($input: CreateStaffInput!) {\n  createStaff(input: $input) {\n    staff {\n      ...StaffAccountFields\n    }\n    temporaryPassword\n  }\n}\nfragment StaffAccountFields on Staff {\n  username\n  displayName\n  role\n  department\n  disabled\n  mustChangePassword\n  lastSignedInAt\n}" as Operation<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const DisableStaffAccountDocument = "mutation DisableStaffAccount($username: ID!) {\n  disableStaff(username: $username) {\n    ...StaffAccountFields\n  }\n}\nfragment StaffAccountFields on Staff {\n  username\n  displayName\n  role\n  department\n  disabled\n  mustChangePassword\n  lastSignedInAt\n}" as Operation<DisableStaffAccountMutation, DisableStaffAccountMutationVariables>;
export const EnableStaffAccountDocument = "mutation EnableStaffAccount($username: ID!) {\n  enableStaff(username: $username) {\n    ...StaffAccountFields\n  }\n}\nfragment StaffAccountFields on Staff {\n  username\n  displayName\n  role\n  department\n  disabled\n  mustChangePassword\n  lastSignedInAt\n}" as Operation<EnableStaffAccountMutation, EnableStaffAccountMutationVariables>;
export const ResetStaffPasswordDocument = "mutation ResetStaffPassword($username: ID!) {\n  resetStaffPassword(username: $username) {\n    staff {\n      ...StaffAccountFields\n    }\n    temporaryPassword\n  }\n}\nfragment StaffAccountFields on Staff {\n  username\n  displayName\n  role\n  department\n  disabled\n  mustChangePassword\n  lastSignedInAt\n}" as Operation<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const WorkbenchDocument = "query Workbench($department: String) {\n  workbench(department: $department) {\n    department\n    departments\n    today\n    counts {\n      key\n      label\n      count\n      unit\n      overdue\n      detail\n      path\n    }\n  }\n}" as Operation<WorkbenchQuery, WorkbenchQueryVariables>;
export const StaffDepartmentsDocument = "query StaffDepartments {\n  departments\n}" as Operation<StaffDepartmentsQuery, StaffDepartmentsQueryVariables>;

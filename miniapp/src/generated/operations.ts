/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type EventFeedbackInput = {
  satisfaction: number;
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

export type FollowUpRatingInput = {
  comment?: string | null | undefined;
  level: RatingLevel;
};

/** 解读形式: 文字 / 问答 / 图解 / 视频. */
export type InterpretationKind =
  | 'GRAPHIC'
  | 'QA'
  | 'TEXT'
  | 'VIDEO';

/** Dates YYYY-MM-DD; figures count whole calendar months, from the month of `from` to the month of `to`. */
export type PeriodInput = {
  from: string;
  to: string;
};

export type PolicyFilter = {
  issuer?: string | null | undefined;
  targetGroup?: string | null | undefined;
  /** Words to look for in the title, 文号 and body; Simplified and Traditional match alike. */
  text?: string | null | undefined;
  topic?: string | null | undefined;
  /** Default: currently in force (VALID and AMENDED). */
  validity?: Array<Validity> | null | undefined;
  year?: number | null | undefined;
};

export type RatingCaseFilter = {
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
  level: RatingLevel;
  /** 办件号 of the matter, when there is one. */
  matterNumber?: string | null | undefined;
  /** Required for a bad rating unless `comment` says why; not for the others. */
  reasons?: Array<RatingReason> | null | undefined;
  /** 窗口号, one of the service's windows. */
  window?: string | null | undefined;
};

/** 非常满意, 满意, 基本满意, 不满意, 非常不满意; the bottom two are bad ratings (差评). */
export type RatingLevel =
  | 'BASIC'
  | 'DISSATISFIED'
  | 'SATISFIED'
  | 'VERY_DISSATISFIED'
  | 'VERY_SATISFIED';

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

export type StaffRole =
  /** Acts only for their own department's policies, projects, events and services. */
  | 'DEPARTMENT_EDITOR'
  /** Acts for every department, manages staff accounts. */
  | 'DISTRICT_ADMIN';

/** 效力状态: 有效 / 已修改 / 已废止. */
export type Validity =
  | 'AMENDED'
  | 'REPEALED'
  | 'VALID';

export type EventCardFieldsFragment = { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, venue: { address: string } | null, draw: { applicants: number, selected: number } | null };

export type RegistrationFieldsFragment = { id: string, status: RegistrationStatus, checkInCode: string | null, checkInQrSvg: string | null, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null, feedbackSubmitted: boolean };

export type EventListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventListQuery = { events: { edges: Array<{ cursor: string, node: { id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, venue: { address: string } | null, draw: { applicants: number, selected: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventDetailQueryVariables = Exact<{
  id: string;
}>;


export type EventDetailQuery = { event: { description: string, liveUrl: string | null, demo: boolean, cancelReason: string | null, calendarFile: string, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, agenda: Array<{ time: string | null, item: string }>, officials: Array<{ name: string, position: string }>, venue: { address: string, latitude: number, longitude: number } | null, draw: { seed: string, algorithm: string, drawnAt: string, applicants: number, selected: number } | null, summary: { raised: string, publishedAt: string, adopted: Array<{ suggestion: string, response: string, adopted: boolean }> } | null, myRegistration: { id: string, status: RegistrationStatus, checkInCode: string | null, checkInQrSvg: string | null, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null, feedbackSubmitted: boolean } | null } | null };

export type RegisterForEventMutationVariables = Exact<{
  eventId: string;
  input: RegistrationInput;
}>;


export type RegisterForEventMutation = { registerForEvent: { id: string, status: RegistrationStatus, checkInCode: string | null, checkInQrSvg: string | null, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null, feedbackSubmitted: boolean } };

export type MyRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRegistrationsQuery = { myRegistrations: Array<{ id: string, status: RegistrationStatus, checkInCode: string | null, checkInQrSvg: string | null, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null, feedbackSubmitted: boolean, event: { calendarFile: string, id: string, department: string, theme: string, title: string, startsAt: string, endsAt: string, online: boolean, capacity: number, seatsLeft: number, waitlistLength: number, applicants: number, selectionMode: SelectionMode, status: EventStatus, signUpOpen: boolean, signUpOpensAt: string, signUpClosesAt: string, venue: { address: string } | null, draw: { applicants: number, selected: number } | null } }> };

export type CancelRegistrationMutationVariables = Exact<{
  id: string;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { id: string, status: RegistrationStatus, checkInCode: string | null, checkInQrSvg: string | null, name: string, phone: string, questions: string | null, createdAt: string, waitlistPosition: number | null, checkedInAt: string | null, feedbackSubmitted: boolean } };

export type SubmitEventFeedbackMutationVariables = Exact<{
  eventId: string;
  input: EventFeedbackInput;
}>;


export type SubmitEventFeedbackMutation = { submitEventFeedback: { satisfaction: number, submittedAt: string } };

export type AttendanceFieldsFragment = { id: string, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null };

export type DepartmentEventsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DepartmentEventsQuery = { departmentEvents: { edges: Array<{ node: { id: string, title: string, department: string, startsAt: string, endsAt: string, status: EventStatus, attendance: { confirmed: number, checkedIn: number, waitlisted: number, applied: number } | null } }> } };

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


export type PolicyDetailQuery = { policy: { indexNumber: string | null, topics: Array<string>, targetGroups: Array<string>, body: string, id: string, title: string, documentNumber: string | null, issuer: string | null, publishedDate: string | null, writtenDate: string | null, validity: Validity, repealedDate: string | null, sections: Array<{ level: number, heading: string, text: string }>, tables: Array<{ title: string, columns: Array<string>, rows: Array<Array<string>> }>, interpretations: Array<{ id: string, kind: InterpretationKind, title: string, body: string, mediaUrl: string | null, publishedDate: string, consultationPhone: string | null, officeHours: string | null, questions: Array<{ question: string, answer: string }> }> } | null };

export type StaffLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type StaffLoginMutation = { staffLogin: { token: string, expiresAt: string } };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { staffMe: { username: string, displayName: string, role: StaffRole, department: string } };

export type DeadlineFieldsFragment = { date: string, provisional: boolean, note: string | null };

export type CaseListFieldsFragment = { id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { levelLabel: string } | null, rating: { id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, service: { id: string, name: string } } };

export type RatingCasesQueryVariables = Exact<{
  filter?: RatingCaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RatingCasesQuery = { ratingCases: { edges: Array<{ node: { id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { levelLabel: string } | null, rating: { id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, service: { id: string, name: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseDetailFieldsFragment = { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, by: string | null, note: string | null, outcome: ReplyOutcome | null, level: RatingLevel | null }>, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null } };

export type RatingCaseDetailQueryVariables = Exact<{
  id: string;
}>;


export type RatingCaseDetailQuery = { ratingCase: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, by: string | null, note: string | null, outcome: ReplyOutcome | null, level: RatingLevel | null }>, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } | null };

export type RaterContactQueryVariables = Exact<{
  caseId: string;
}>;


export type RaterContactQuery = { raterContact: { reference: string, phone: string | null } };

export type RecordCallbackMutationVariables = Exact<{
  caseId: string;
  note: string;
}>;


export type RecordCallbackMutation = { recordCallback: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, by: string | null, note: string | null, outcome: ReplyOutcome | null, level: RatingLevel | null }>, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type ReplyToRatingMutationVariables = Exact<{
  caseId: string;
  reply: string;
  outcome: ReplyOutcome;
}>;


export type ReplyToRatingMutation = { replyToRating: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, by: string | null, note: string | null, outcome: ReplyOutcome | null, level: RatingLevel | null }>, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type CloseCaseMutationVariables = Exact<{
  caseId: string;
  note?: string | null | undefined;
}>;


export type CloseCaseMutation = { closeCase: { calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, answeredOnTime: boolean | null, closedAt: string | null, resolved: boolean, id: string, department: string, status: RatingCaseStatus, openedAt: string, isOverdue: boolean, repliedAt: string | null, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null, rating: { matterNumber: string | null, comment: string | null, ratedAt: string, id: string, window: string | null, levelLabel: string, reasonLabels: Array<string>, rater: { reference: string, phone: string | null } | null, service: { id: string, name: string } }, steps: Array<{ kind: RatingCaseStepKind, at: string, by: string | null, note: string | null, outcome: ReplyOutcome | null, level: RatingLevel | null }>, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null } } };

export type RatingServiceFieldsFragment = { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string> };

export type RatingServicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RatingServicesQuery = { services: { edges: Array<{ node: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RatingFormQueryVariables = Exact<{
  serviceId: string;
}>;


export type RatingFormQuery = { service: { id: string, department: string, name: string, channel: ServiceChannel, windows: Array<string> } | null, ratingOptions: { levels: Array<{ level: RatingLevel, label: string, bad: boolean }>, reasons: Array<{ reason: RatingReason, label: string }> } };

export type ResidentCaseFieldsFragment = { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null };

export type MyRatingFieldsFragment = { id: string, department: string, window: string | null, matterNumber: string | null, level: RatingLevel, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null };

export type RateServiceMutationVariables = Exact<{
  serviceId: string;
  input: RatingInput;
}>;


export type RateServiceMutation = { rateService: { id: string, department: string, window: string | null, matterNumber: string | null, level: RatingLevel, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null } };

export type MyRatingQueryVariables = Exact<{
  id: string;
}>;


export type MyRatingQuery = { rating: { id: string, department: string, window: string | null, matterNumber: string | null, level: RatingLevel, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null } | null };

export type MyRatingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyRatingsQuery = { myRatings: { edges: Array<{ node: { id: string, department: string, window: string | null, matterNumber: string | null, level: RatingLevel, levelLabel: string, bad: boolean, reasonLabels: Array<string>, comment: string | null, ratedAt: string, service: { id: string, name: string }, case: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, ratingOptions: { levels: Array<{ level: RatingLevel, label: string, bad: boolean }> } };

export type RateRectificationMutationVariables = Exact<{
  caseId: string;
  input: FollowUpRatingInput;
}>;


export type RateRectificationMutation = { rateRectification: { id: string, status: RatingCaseStatus, isOverdue: boolean, calledBackAt: string | null, reply: string | null, outcome: ReplyOutcome | null, repliedAt: string | null, closedAt: string | null, callbackDeadline: { date: string, provisional: boolean, note: string | null }, rectifyDeadline: { date: string, provisional: boolean, note: string | null }, followUp: { level: RatingLevel, levelLabel: string, bad: boolean, comment: string | null, ratedAt: string } | null } };

export type RatingCountFieldsFragment = { ratings: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null };

export type RatingFiguresQueryVariables = Exact<{
  period: PeriodInput;
  department?: string | null | undefined;
}>;


export type RatingFiguresQuery = { ratingFigures: { from: string, to: string, department: string | null, total: { ratings: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null }, byDepartment: Array<{ department: string, counts: { ratings: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null } }>, byService: Array<{ service: { id: string, name: string }, counts: { ratings: number, badRatings: number, answered: number, answeredOnTime: number, resolved: number, satisfactionRate: number | null, onTimeRate: number | null, resolvedRate: number | null } }> } };

/** An operation's text, typed with what it returns and what it needs. */
export type Operation<TData, TVars> = string & { readonly __operation?: [TData, TVars] };
export const EventListDocument = "query EventList($filter: EventFilter, $first: Int, $after: String) {\n  events(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...EventCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}" as Operation<EventListQuery, EventListQueryVariables>;
export const EventDetailDocument = "query EventDetail($id: ID!) {\n  event(id: $id) {\n    ...EventCardFields\n    description\n    agenda {\n      time\n      item\n    }\n    officials {\n      name\n      position\n    }\n    venue {\n      address\n      latitude\n      longitude\n    }\n    liveUrl\n    demo\n    cancelReason\n    draw {\n      seed\n      algorithm\n      drawnAt\n      applicants\n      selected\n    }\n    summary {\n      raised\n      adopted {\n        suggestion\n        response\n        adopted\n      }\n      publishedAt\n    }\n    calendarFile\n    myRegistration {\n      ...RegistrationFields\n    }\n  }\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}\nfragment RegistrationFields on Registration {\n  id\n  status\n  checkInCode\n  checkInQrSvg\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n  feedbackSubmitted\n}" as Operation<EventDetailQuery, EventDetailQueryVariables>;
export const RegisterForEventDocument = "mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {\n  registerForEvent(eventId: $eventId, input: $input) {\n    ...RegistrationFields\n  }\n}\nfragment RegistrationFields on Registration {\n  id\n  status\n  checkInCode\n  checkInQrSvg\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n  feedbackSubmitted\n}" as Operation<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const MyRegistrationsDocument = "query MyRegistrations {\n  myRegistrations {\n    ...RegistrationFields\n    event {\n      ...EventCardFields\n      calendarFile\n    }\n  }\n}\nfragment RegistrationFields on Registration {\n  id\n  status\n  checkInCode\n  checkInQrSvg\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n  feedbackSubmitted\n}\nfragment EventCardFields on Event {\n  id\n  department\n  theme\n  title\n  startsAt\n  endsAt\n  online\n  venue {\n    address\n  }\n  capacity\n  seatsLeft\n  waitlistLength\n  applicants\n  selectionMode\n  status\n  signUpOpen\n  signUpOpensAt\n  signUpClosesAt\n  draw {\n    applicants\n    selected\n  }\n}" as Operation<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const CancelRegistrationDocument = "mutation CancelRegistration($id: ID!) {\n  cancelRegistration(id: $id) {\n    ...RegistrationFields\n  }\n}\nfragment RegistrationFields on Registration {\n  id\n  status\n  checkInCode\n  checkInQrSvg\n  name\n  phone\n  questions\n  createdAt\n  waitlistPosition\n  checkedInAt\n  feedbackSubmitted\n}" as Operation<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const SubmitEventFeedbackDocument = "mutation SubmitEventFeedback($eventId: ID!, $input: EventFeedbackInput!) {\n  submitEventFeedback(eventId: $eventId, input: $input) {\n    satisfaction\n    submittedAt\n  }\n}" as Operation<SubmitEventFeedbackMutation, SubmitEventFeedbackMutationVariables>;
export const DepartmentEventsDocument = "query DepartmentEvents($first: Int) {\n  departmentEvents(first: $first) {\n    edges {\n      node {\n        id\n        title\n        department\n        startsAt\n        endsAt\n        status\n        ...AttendanceFields\n      }\n    }\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<DepartmentEventsQuery, DepartmentEventsQueryVariables>;
export const CheckInDocument = "mutation CheckIn($eventId: ID!, $code: String!) {\n  checkIn(eventId: $eventId, code: $code) {\n    message\n    alreadyCheckedIn\n    registration {\n      id\n      name\n      checkedInAt\n      event {\n        ...AttendanceFields\n      }\n    }\n  }\n}\nfragment AttendanceFields on Event {\n  id\n  attendance {\n    confirmed\n    checkedIn\n    waitlisted\n    applied\n  }\n}" as Operation<CheckInMutation, CheckInMutationVariables>;
export const LoginDocument = "mutation Login($code: String!) {\n  login(code: $code) {\n    token\n    expiresAt\n  }\n}" as Operation<LoginMutation, LoginMutationVariables>;
export const MeDocument = "query Me {\n  me {\n    id\n    phone\n    memberSince\n  }\n}" as Operation<MeQuery, MeQueryVariables>;
export const PolicyListDocument = "query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n  policies(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PolicyCardFields\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyFacetsDocument = "query PolicyFacets {\n  policyFacets {\n    issuers {\n      value\n      count\n    }\n    years {\n      value\n      count\n    }\n    topics {\n      value\n      count\n    }\n  }\n}" as Operation<PolicyFacetsQuery, PolicyFacetsQueryVariables>;
export const PolicyDetailDocument = "query PolicyDetail($id: ID!) {\n  policy(id: $id) {\n    ...PolicyCardFields\n    indexNumber\n    topics\n    targetGroups\n    body\n    sections {\n      level\n      heading\n      text\n    }\n    tables {\n      title\n      columns\n      rows\n    }\n    interpretations {\n      id\n      kind\n      title\n      body\n      questions {\n        question\n        answer\n      }\n      mediaUrl\n      publishedDate\n      consultationPhone\n      officeHours\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<PolicyDetailQuery, PolicyDetailQueryVariables>;
export const StaffLoginDocument = "mutation StaffLogin($username: String!, $password: String!) {\n  staffLogin(username: $username, password: $password) {\n    token\n    expiresAt\n  }\n}" as Operation<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffMeDocument = "query StaffMe {\n  staffMe {\n    username\n    displayName\n    role\n    department\n  }\n}" as Operation<StaffMeQuery, StaffMeQueryVariables>;
export const RatingCasesDocument = "query RatingCases($filter: RatingCaseFilter, $first: Int, $after: String) {\n  ratingCases(filter: $filter, first: $first, after: $after) {\n    edges {\n      node {\n        ...CaseListFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RatingCasesQuery, RatingCasesQueryVariables>;
export const RatingCaseDetailDocument = "query RatingCaseDetail($id: ID!) {\n  ratingCase(id: $id) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    by\n    note\n    outcome\n    level\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RatingCaseDetailQuery, RatingCaseDetailQueryVariables>;
export const RaterContactDocument = "query RaterContact($caseId: ID!) {\n  raterContact(caseId: $caseId) {\n    reference\n    phone\n  }\n}" as Operation<RaterContactQuery, RaterContactQueryVariables>;
export const RecordCallbackDocument = "mutation RecordCallback($caseId: ID!, $note: String!) {\n  recordCallback(caseId: $caseId, note: $note) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    by\n    note\n    outcome\n    level\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<RecordCallbackMutation, RecordCallbackMutationVariables>;
export const ReplyToRatingDocument = "mutation ReplyToRating($caseId: ID!, $reply: String!, $outcome: ReplyOutcome!) {\n  replyToRating(caseId: $caseId, reply: $reply, outcome: $outcome) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    by\n    note\n    outcome\n    level\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<ReplyToRatingMutation, ReplyToRatingMutationVariables>;
export const CloseCaseDocument = "mutation CloseCase($caseId: ID!, $note: String) {\n  closeCase(caseId: $caseId, note: $note) {\n    ...CaseDetailFields\n  }\n}\nfragment CaseDetailFields on RatingCase {\n  ...CaseListFields\n  calledBackAt\n  reply\n  outcome\n  answeredOnTime\n  closedAt\n  resolved\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  rating {\n    matterNumber\n    comment\n    ratedAt\n    rater {\n      reference\n      phone\n    }\n  }\n  steps {\n    kind\n    at\n    by\n    note\n    outcome\n    level\n  }\n}\nfragment CaseListFields on RatingCase {\n  id\n  department\n  status\n  openedAt\n  callbackDeadline {\n    ...DeadlineFields\n  }\n  rectifyDeadline {\n    ...DeadlineFields\n  }\n  isOverdue\n  repliedAt\n  followUp {\n    levelLabel\n  }\n  rating {\n    id\n    service {\n      id\n      name\n    }\n    window\n    levelLabel\n    reasonLabels\n  }\n}\nfragment DeadlineFields on WorkingDayDeadline {\n  date\n  provisional\n  note\n}" as Operation<CloseCaseMutation, CloseCaseMutationVariables>;
export const RatingServicesDocument = "query RatingServices($first: Int, $after: String) {\n  services(first: $first, after: $after) {\n    edges {\n      node {\n        ...RatingServiceFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment RatingServiceFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n}" as Operation<RatingServicesQuery, RatingServicesQueryVariables>;
export const RatingFormDocument = "query RatingForm($serviceId: ID!) {\n  service(id: $serviceId) {\n    ...RatingServiceFields\n  }\n  ratingOptions {\n    levels {\n      level\n      label\n      bad\n    }\n    reasons {\n      reason\n      label\n    }\n  }\n}\nfragment RatingServiceFields on Service {\n  id\n  department\n  name\n  channel\n  windows\n}" as Operation<RatingFormQuery, RatingFormQueryVariables>;
export const RateServiceDocument = "mutation RateService($serviceId: ID!, $input: RatingInput!) {\n  rateService(serviceId: $serviceId, input: $input) {\n    ...MyRatingFields\n  }\n}\nfragment MyRatingFields on Rating {\n  id\n  service {\n    id\n    name\n  }\n  department\n  window\n  matterNumber\n  level\n  levelLabel\n  bad\n  reasonLabels\n  comment\n  ratedAt\n  case {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<RateServiceMutation, RateServiceMutationVariables>;
export const MyRatingDocument = "query MyRating($id: ID!) {\n  rating(id: $id) {\n    ...MyRatingFields\n  }\n}\nfragment MyRatingFields on Rating {\n  id\n  service {\n    id\n    name\n  }\n  department\n  window\n  matterNumber\n  level\n  levelLabel\n  bad\n  reasonLabels\n  comment\n  ratedAt\n  case {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<MyRatingQuery, MyRatingQueryVariables>;
export const MyRatingsDocument = "query MyRatings($first: Int, $after: String) {\n  myRatings(first: $first, after: $after) {\n    edges {\n      node {\n        ...MyRatingFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  ratingOptions {\n    levels {\n      level\n      label\n      bad\n    }\n  }\n}\nfragment MyRatingFields on Rating {\n  id\n  service {\n    id\n    name\n  }\n  department\n  window\n  matterNumber\n  level\n  levelLabel\n  bad\n  reasonLabels\n  comment\n  ratedAt\n  case {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<MyRatingsQuery, MyRatingsQueryVariables>;
export const RateRectificationDocument = "mutation RateRectification($caseId: ID!, $input: FollowUpRatingInput!) {\n  rateRectification(caseId: $caseId, input: $input) {\n    ...ResidentCaseFields\n  }\n}\nfragment ResidentCaseFields on RatingCase {\n  id\n  status\n  callbackDeadline {\n    date\n    provisional\n    note\n  }\n  rectifyDeadline {\n    date\n    provisional\n    note\n  }\n  isOverdue\n  calledBackAt\n  reply\n  outcome\n  repliedAt\n  followUp {\n    level\n    levelLabel\n    bad\n    comment\n    ratedAt\n  }\n  closedAt\n}" as Operation<RateRectificationMutation, RateRectificationMutationVariables>;
export const RatingFiguresDocument = "query RatingFigures($period: PeriodInput!, $department: String) {\n  ratingFigures(period: $period, department: $department) {\n    from\n    to\n    department\n    total {\n      ...RatingCountFields\n    }\n    byDepartment {\n      department\n      counts {\n        ...RatingCountFields\n      }\n    }\n    byService {\n      service {\n        id\n        name\n      }\n      counts {\n        ...RatingCountFields\n      }\n    }\n  }\n}\nfragment RatingCountFields on RatingCounts {\n  ratings\n  badRatings\n  answered\n  answeredOnTime\n  resolved\n  satisfactionRate\n  onTimeRate\n  resolvedRate\n}" as Operation<RatingFiguresQuery, RatingFiguresQueryVariables>;

export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AdoptionItem = {
  __typename?: 'AdoptionItem';
  adopted: Scalars['Boolean']['output'];
  response: Scalars['String']['output'];
  suggestion: Scalars['String']['output'];
};

export type AdoptionItemInput = {
  adopted: Scalars['Boolean']['input'];
  response: Scalars['String']['input'];
  suggestion: Scalars['String']['input'];
};

export type AdoptionOutcome =
  | 'ADOPTED'
  | 'NOT_ADOPTED'
  | 'PARTLY_ADOPTED';

export type AgendaItem = {
  __typename?: 'AgendaItem';
  item: Scalars['String']['output'];
  /** HH:MM, Beijing time. */
  time: Maybe<Scalars['String']['output']>;
};

export type AgendaItemInput = {
  item: Scalars['String']['input'];
  time?: InputMaybe<Scalars['String']['input']>;
};

export type AppealDecision = {
  __typename?: 'AppealDecision';
  decidedAt: Scalars['String']['output'];
  /** Username of the district admin who decided. */
  decidedBy: Scalars['String']['output'];
  /** Their display name, for staff pages. */
  decidedByName: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  upheld: Scalars['Boolean']['output'];
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
  contactMobile?: InputMaybe<Scalars['String']['input']>;
  /** The department asked; left out: 不知道找谁, and the district office routes it. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Keys from `requestQuestionPhotoUpload`, uploaded, at most 3. Private: only the asker and the handling department see them; never published. */
  photos?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The asker agrees that the question, masked, may be published as a 高频问答 once answered. */
  public: Scalars['Boolean']['input'];
  /** Up to 1000 characters. */
  question: Scalars['String']['input'];
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type Attendance = {
  __typename?: 'Attendance';
  /** DRAW, before the draw: applications. */
  applied: Scalars['Int']['output'];
  checkedIn: Scalars['Int']['output'];
  /** Residents holding a seat (CONFIRMED or SELECTED). */
  confirmed: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

export type CheckInResult = {
  __typename?: 'CheckInResult';
  alreadyCheckedIn: Scalars['Boolean']['output'];
  /** What to tell the person at the door, e.g. 签到成功 or 已经签到过了（09:12）. */
  message: Scalars['String']['output'];
  registration: Registration;
};

export type CommentOnDraftInput = {
  draftId: Scalars['ID']['input'];
  /** Left out: on the whole draft. */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type Consultation = {
  __typename?: 'Consultation';
  answer: Maybe<ConsultationAnswer>;
  /** The last day to answer, in working days; null once it is not open. */
  answerDeadline: Maybe<WorkingDayDeadline>;
  askedAt: Scalars['String']['output'];
  /** Set when staff marked it complex (复杂咨询), which gives it more working days. */
  complexReason: Maybe<Scalars['String']['output']>;
  /** The call-back number, masked (138****1234). */
  contactMobile: Maybe<Scalars['String']['output']>;
  /** The department handling it now. */
  department: Scalars['String']['output'];
  /** The 12345 work order it was handed to. */
  hotlineOrder: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Open and past its last day to answer. */
  isOverdue: Scalars['Boolean']['output'];
  /** The photos the asker added; only the asker and staff of the handling department can read a question at all. */
  photos: Array<Photo>;
  public: Scalars['Boolean']['output'];
  /** As written; staff reading a private number (mobile, ID number, bank card) typed in it is audited. */
  question: Scalars['String']['output'];
  /** One, or two when 不满意 reopened it. */
  ratings: Array<ConsultationRating>;
  status: ConsultationStatus;
  steps: Array<ConsultationStep>;
  topic: Maybe<Scalars['String']['output']>;
};

export type ConsultationAnswer = {
  __typename?: 'ConsultationAnswer';
  answeredAt: Scalars['String']['output'];
  department: Scalars['String']['output'];
  /** Answered by the last day to answer (working days). */
  onTime: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type ConsultationConnection = {
  __typename?: 'ConsultationConnection';
  edges: Array<ConsultationEdge>;
  pageInfo: PageInfo;
};

export type ConsultationEdge = {
  __typename?: 'ConsultationEdge';
  cursor: Scalars['String']['output'];
  node: Consultation;
};

export type ConsultationQueueFilter = {
  /** District admins: one department, or all when left out; editors always see their own. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** OPEN only: true for the overdue ones, false for the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<ConsultationStage>;
};

export type ConsultationRating = {
  __typename?: 'ConsultationRating';
  ratedAt: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  satisfied: Scalars['Boolean']['output'];
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

/** One dated step of a question; steps are never changed or removed. */
export type ConsultationStep = {
  __typename?: 'ConsultationStep';
  /** ISO 8601 instant. */
  at: Scalars['String']['output'];
  fromDepartment: Maybe<Scalars['String']['output']>;
  kind: ConsultationStepKind;
  /** The transfer's note, the reason it is complex, the answer, the rating. */
  note: Maybe<Scalars['String']['output']>;
  toDepartment: Maybe<Scalars['String']['output']>;
};

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
  department?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  role: StaffRole;
  username: Scalars['String']['input'];
};

export type DeliveryMethod =
  | 'COLLECT'
  | 'EMAIL'
  | 'ONLINE'
  | 'POST';

/** The names a department may publish under besides its own (issue 11, finding 4). */
export type DepartmentIssuers = {
  __typename?: 'DepartmentIssuers';
  department: Scalars['String']['output'];
  /** Always the department's own name first, then the names a district admin allowed. */
  issuers: Array<Scalars['String']['output']>;
};

export type DepartmentRatingFigures = {
  __typename?: 'DepartmentRatingFigures';
  counts: RatingCounts;
  department: Scalars['String']['output'];
};

/** 公开方式: 主动公开 / 依申请公开 / 不予公开. Residents only ever see PROACTIVE policies. */
export type Disclosure =
  | 'NOT_DISCLOSED'
  | 'ON_REQUEST'
  | 'PROACTIVE';

/** What the importer read from an uploaded document. Nothing is stored: staff correct it and publish. */
export type DocumentReading = {
  __typename?: 'DocumentReading';
  body: Scalars['String']['output'];
  disclosure: Disclosure;
  documentNumber: Maybe<Scalars['String']['output']>;
  /** txt, docx, pdf or html, by the file's first bytes. */
  format: Scalars['String']['output'];
  indexNumber: Maybe<Scalars['String']['output']>;
  issuer: Maybe<Scalars['String']['output']>;
  notes: Array<ReadNote>;
  publishedDate: Maybe<Scalars['String']['output']>;
  repealedDate: Maybe<Scalars['String']['output']>;
  sections: Array<PolicySection>;
  sources: Array<ReadSource>;
  tables: Array<PolicyTable>;
  targetGroups: Array<Scalars['String']['output']>;
  /** Null when no title was found (a warning says so): staff write it. */
  title: Maybe<Scalars['String']['output']>;
  topics: Array<Scalars['String']['output']>;
  validity: Validity;
  /** What staff should check: a missing 文号, a date that could not be read … */
  warnings: Array<Scalars['String']['output']>;
  writtenDate: Maybe<Scalars['String']['output']>;
};

/** A document as uploaded from the phone or the computer. */
export type DocumentUpload = {
  /** The file's bytes in base64, at most 70 KB of file (the API's request limit is 100 KB). */
  contentBase64: Scalars['String']['input'];
  /** The file's name (its extension is a hint; the first bytes decide). */
  name: Scalars['String']['input'];
};

/** A draft of a major decision put out for comment (征求意见稿). */
export type Draft = {
  __typename?: 'Draft';
  closesAt: Scalars['String']['output'];
  /** Comments received, in any state. */
  commentCount: Scalars['Int']['output'];
  /** Approved comments, oldest first, masked. */
  comments: DraftCommentConnection;
  department: Scalars['String']['output'];
  /** 起草说明. */
  explanation: Scalars['String']['output'];
  feedback: Maybe<DraftFeedback>;
  id: Scalars['ID']['output'];
  /** The last day to comment (Beijing date). */
  lastDay: Scalars['String']['output'];
  /** 其他意见反馈方式. */
  otherWays: Maybe<Scalars['String']['output']>;
  periodDays: Scalars['Int']['output'];
  publishedAt: Scalars['String']['output'];
  sections: Array<DraftSection>;
  /** Why the period is shorter than 30 days. */
  shortPeriodReason: Maybe<Scalars['String']['output']>;
  status: DraftStatus;
  title: Scalars['String']['output'];
  /** manage: moderate and publish 采纳情况. */
  viewerCan: ViewerCan;
};


/** A draft of a major decision put out for comment (征求意见稿). */
export type DraftCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A resident's comment on a draft (the whole draft, or one section). */
export type DraftComment = {
  __typename?: 'DraftComment';
  commentedAt: Scalars['String']['output'];
  draftId: Scalars['ID']['output'];
  draftTitle: Scalars['String']['output'];
  /** Staff only. */
  flags: Array<DraftCommentFlag>;
  id: Scalars['ID']['output'];
  /** Why it was not made public (for its writer). */
  rejectReason: Maybe<Scalars['String']['output']>;
  sectionHeading: Maybe<Scalars['String']['output']>;
  /** Null: on the whole draft. */
  sectionId: Maybe<Scalars['ID']['output']>;
  state: DraftCommentState;
  /** Its writer and staff read it whole; everyone else only once approved, masked. */
  text: Scalars['String']['output'];
};

export type DraftCommentConnection = {
  __typename?: 'DraftCommentConnection';
  edges: Array<DraftCommentEdge>;
  pageInfo: PageInfo;
};

export type DraftCommentEdge = {
  __typename?: 'DraftCommentEdge';
  cursor: Scalars['String']['output'];
  node: DraftComment;
};

export type DraftCommentFlag = {
  __typename?: 'DraftCommentFlag';
  excerpt: Scalars['String']['output'];
  kind: DraftCommentFlagKind;
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

export type DraftConnection = {
  __typename?: 'DraftConnection';
  edges: Array<DraftEdge>;
  pageInfo: PageInfo;
};

export type DraftEdge = {
  __typename?: 'DraftEdge';
  cursor: Scalars['String']['output'];
  node: Draft;
};

/** 采纳情况. */
export type DraftFeedback = {
  __typename?: 'DraftFeedback';
  groups: Array<DraftFeedbackGroup>;
  publishedAt: Scalars['String']['output'];
  summary: Maybe<Scalars['String']['output']>;
};

/** One point the comments made, and whether it was adopted. */
export type DraftFeedbackGroup = {
  __typename?: 'DraftFeedbackGroup';
  commentCount: Scalars['Int']['output'];
  /** The group's public comments, masked. */
  comments: Array<DraftComment>;
  outcome: AdoptionOutcome;
  point: Scalars['String']['output'];
  /** Why it was not (fully) adopted; may explain an adoption too. */
  reason: Maybe<Scalars['String']['output']>;
};

export type DraftFeedbackGroupInput = {
  commentIds: Array<Scalars['ID']['input']>;
  outcome: AdoptionOutcome;
  point: Scalars['String']['input'];
  /** Required unless ADOPTED. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DraftSection = {
  __typename?: 'DraftSection';
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type DraftSectionInput = {
  heading: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** 意见征集: OPEN takes comments until its period ends; CLOSED: the period is over; ANSWERED: its 采纳情况 is published. */
export type DraftStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN';

/** A government open day (政府开放日). */
export type Event = {
  __typename?: 'Event';
  agenda: Array<AgendaItem>;
  /** DRAW: applications so far. */
  applicants: Scalars['Int']['output'];
  /** Staff of the holding department only; null for everyone else. */
  attendance: Maybe<Attendance>;
  /** The event as an iCalendar (RFC 5545) file. */
  calendarFile: Scalars['String']['output'];
  cancelReason: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
  /** Shipped example content, not a real event. */
  demo: Scalars['Boolean']['output'];
  /** The department that holds it. */
  department: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** DRAW: the result, once drawn. */
  draw: Maybe<EventDraw>;
  endsAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 云直播 link of an online event. */
  liveUrl: Maybe<Scalars['String']['output']>;
  /** The signed-in resident's registration (its latest, cancelled ones included); null for others. */
  myRegistration: Maybe<Registration>;
  officials: Array<Official>;
  online: Scalars['Boolean']['output'];
  /** Staff of its department: how many subscribers were told of it and opened it. Null for anyone else. */
  reach: Maybe<Reach>;
  /** Seats not yet taken (DRAW: all of them until the draw). */
  seatsLeft: Scalars['Int']['output'];
  selectionMode: SelectionMode;
  signUpClosesAt: Scalars['String']['output'];
  /** Whether a resident can sign up right now. */
  signUpOpen: Scalars['Boolean']['output'];
  signUpOpensAt: Scalars['String']['output'];
  startsAt: Scalars['String']['output'];
  status: EventStatus;
  /** 吸收采纳情况, once published. */
  summary: Maybe<EventSummary>;
  /** 营商环境, 民生保障, 教育医疗, 征收拆迁 … */
  theme: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Null for an event only online. */
  venue: Maybe<Venue>;
  viewerCan: ViewerCan;
  waitlistLength: Scalars['Int']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
};

/** The published result of a DRAW: anyone can repeat it from the seed and the applicants (see `algorithm`). */
export type EventDraw = {
  __typename?: 'EventDraw';
  algorithm: Scalars['String']['output'];
  applicants: Scalars['Int']['output'];
  drawnAt: Scalars['String']['output'];
  seed: Scalars['String']['output'];
  selected: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** The questionnaire after an event. */
export type EventFeedback = {
  __typename?: 'EventFeedback';
  satisfaction: Satisfaction;
  submittedAt: Scalars['String']['output'];
  suggestions: Maybe<Scalars['String']['output']>;
  /** What was useful. */
  useful: Maybe<Scalars['String']['output']>;
};

export type EventFeedbackInput = {
  satisfaction: Satisfaction;
  suggestions?: InputMaybe<Scalars['String']['input']>;
  useful?: InputMaybe<Scalars['String']['input']>;
};

export type EventFeedbackReport = {
  __typename?: 'EventFeedbackReport';
  /** 非常满意 counts 5 … 非常不满意 1; null before the first questionnaire. */
  averageSatisfaction: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
  entries: Array<EventFeedback>;
};

export type EventFilter = {
  department?: InputMaybe<Scalars['String']['input']>;
  /** yyyy-mm (Beijing time): every published event starting that month. */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Without a month: false (default) lists events not yet ended, soonest first; true lists ended ones, latest first. */
  past?: InputMaybe<Scalars['Boolean']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
};

/** Instants as ISO 8601 with an offset, e.g. 2026-06-01T09:30:00+08:00. */
export type EventInput = {
  agenda?: InputMaybe<Array<AgendaItemInput>>;
  capacity: Scalars['Int']['input'];
  /** District admins only: the holding department (default: the district office). Editors hold events for their own. */
  department?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  endsAt: Scalars['String']['input'];
  liveUrl?: InputMaybe<Scalars['String']['input']>;
  officials?: InputMaybe<Array<OfficialInput>>;
  selectionMode: SelectionMode;
  signUpClosesAt: Scalars['String']['input'];
  /** Default: when the event is published. */
  signUpOpensAt?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['String']['input'];
  theme: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** A venue, a live link, or both. */
  venue?: InputMaybe<VenueInput>;
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

/** 吸收采纳情况: what residents raised, and what was adopted. */
export type EventSummary = {
  __typename?: 'EventSummary';
  adopted: Array<AdoptionItem>;
  publishedAt: Scalars['String']['output'];
  raised: Scalars['String']['output'];
};

export type EventSummaryInput = {
  adopted: Array<AdoptionItemInput>;
  raised: Scalars['String']['input'];
};

/** How many items carry one value of a browsing facet (an issuer, a year, a topic …). */
export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** What happened on a family link; the resident sees everything the helper did. */
export type FamilyActivity = {
  __typename?: 'FamilyActivity';
  /** ISO 8601 instant. */
  at: Scalars['String']['output'];
  by: FamilyRole;
  /** For a sign-up: the open day and how it went. */
  detail: Maybe<Scalars['String']['output']>;
  kind: FamilyActivityKind;
};

export type FamilyActivityKind =
  | 'ACCEPTED'
  | 'CONFIRMED'
  | 'ENDED'
  | 'INVITED'
  | 'SIGNED_UP';

export type FamilyLink = {
  __typename?: 'FamilyLink';
  activity: Array<FamilyActivity>;
  /** The resident, while INVITED: the code to share, and until when it works. */
  code: Maybe<Scalars['String']['output']>;
  codeExpiresAt: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The other person, as they named themselves, masked; null while nobody accepted. */
  otherName: Maybe<Scalars['String']['output']>;
  /** The viewer's side. */
  role: FamilyRole;
  state: FamilyLinkState;
};

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

/** A sign-up the helper made: the resident's registration, which only the resident sees in full. */
export type FamilySignUp = {
  __typename?: 'FamilySignUp';
  eventTitle: Scalars['String']['output'];
  status: RegistrationStatus;
};

export type FamilySignUpInput = {
  /** The resident's name, as on their ID card (the open day checks it at the door). */
  name: Scalars['String']['input'];
  /** The resident's own mobile; needed only when GovOpen does not know it yet. */
  phone?: InputMaybe<Scalars['String']['input']>;
  questions?: InputMaybe<Scalars['String']['input']>;
};

export type FeeMethod =
  /** Per application (件) in the applicant's calendar month. */
  | 'PER_ITEM'
  /** Per page of this application. */
  | 'PER_PAGE';

export type FeeSettlement =
  | 'PAID'
  | 'WAIVED';

/** The resident's one follow-up rating of the fix. */
export type FollowUpRating = {
  __typename?: 'FollowUpRating';
  bad: Scalars['Boolean']['output'];
  comment: Maybe<Scalars['String']['output']>;
  level: Satisfaction;
  levelLabel: Scalars['String']['output'];
  ratedAt: Scalars['String']['output'];
};

export type FollowUpRatingInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  level: Satisfaction;
};

/** A published 高频问答: an answered question its asker agreed to publish, masked, without the asker. */
export type FrequentQuestion = {
  __typename?: 'FrequentQuestion';
  answer: Scalars['String']['output'];
  department: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  publishedAt: Scalars['String']['output'];
  question: Scalars['String']['output'];
  topic: Maybe<Scalars['String']['output']>;
};

export type FrequentQuestionConnection = {
  __typename?: 'FrequentQuestionConnection';
  edges: Array<FrequentQuestionEdge>;
  pageInfo: PageInfo;
};

export type FrequentQuestionEdge = {
  __typename?: 'FrequentQuestionEdge';
  cursor: Scalars['String']['output'];
  node: FrequentQuestion;
};

/** Whom to ask when a search did not help. */
export type HelpLine = {
  __typename?: 'HelpLine';
  hours: Scalars['String']['output'];
  phone: Scalars['String']['output'];
};

/** A stretch of text with the words that matched marked. */
export type HighlightedText = {
  __typename?: 'HighlightedText';
  highlights: Array<TextSpan>;
  text: Scalars['String']['output'];
};

/** One message in 我的消息: everything GovOpen told the resident, whatever else carried it. */
export type InboxMessage = {
  __typename?: 'InboxMessage';
  /** The rest, in one line: place, check-in code, the reply … */
  detail: Maybe<Scalars['String']['output']>;
  /** A 亲友帮办 copy: sent to the resident this helper helps (their label, masked), not to the helper. */
  forResident: Maybe<Scalars['String']['output']>;
  /** What kind of message, in a few words: 开放日报名成功, 您订阅的内容有新发布 … */
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What happened since that this message no longer tells truly, in words (这次报名已取消); its check-in code is then left out. */
  overtaken: Maybe<Scalars['String']['output']>;
  /** The mini-app page it is about. */
  page: Maybe<Scalars['String']['output']>;
  read: Scalars['Boolean']['output'];
  /** ISO 8601 instant. */
  sentAt: Scalars['String']['output'];
  /** What it is about: the open day, the policy, the service … */
  title: Scalars['String']['output'];
  /** When what it is about happens, for the page to say in words: an ISO 8601 instant (an open day's start) or a YYYY-MM-DD day (a project's progress). */
  when: Maybe<Scalars['String']['output']>;
};

export type InboxMessageConnection = {
  __typename?: 'InboxMessageConnection';
  edges: Array<InboxMessageEdge>;
  pageInfo: PageInfo;
};

export type InboxMessageEdge = {
  __typename?: 'InboxMessageEdge';
  cursor: Scalars['String']['output'];
  node: InboxMessage;
};

/** The figures a 政府信息公开工作年度报告 publishes about applications, for a year. */
export type InformationAnnualReport = {
  __typename?: 'InformationAnnualReport';
  /** The column labels: 自然人, the kinds of organisation, 总计. */
  columns: Array<Scalars['String']['output']>;
  /** The same as CSV, to paste into the report. */
  csv: Scalars['String']['output'];
  rows: Array<InformationReportRow>;
  year: Scalars['Int']['output'];
};

/** 信息处理费, with its calculation (2020 national rules). */
export type InformationFee = {
  __typename?: 'InformationFee';
  /** The calculation, a line a band and the total last (本月第11–12件：2件 × 100元 = 200元). */
  lines: Array<Scalars['String']['output']>;
  method: FeeMethod;
  /** The last day to pay. */
  payBy: Scalars['String']['output'];
  settlement: Maybe<FeeSettlement>;
  totalYuan: Scalars['Float']['output'];
};

export type InformationForm =
  | 'ELECTRONIC'
  | 'PAPER';

/** A written notice (告知书) as printed: the reply, a 补正 request, an extension, a fee notice. */
export type InformationNotice = {
  __typename?: 'InformationNotice';
  addressee: Scalars['String']['output'];
  basis: Maybe<Scalars['String']['output']>;
  date: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  paragraphs: Array<Scalars['String']['output']>;
  reference: Scalars['String']['output'];
  rights: Maybe<Scalars['String']['output']>;
  /** The whole notice as plain text, laid out as printed. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type InformationReplyInput = {
  /** The legal grounds the kind needs (e.g. STATE_SECRET for WITHHELD). */
  grounds?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: InformationReplyKind;
  otherAgencyContact?: InputMaybe<Scalars['String']['input']>;
  /** OTHER_AGENCY: the agency responsible. */
  otherAgencyName?: InputMaybe<Scalars['String']['input']>;
  reasons: Scalars['String']['input'];
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

export type InformationReportRow = {
  __typename?: 'InformationReportRow';
  /** One count a column, the total last; null for a heading. */
  counts: Maybe<Array<Scalars['Int']['output']>>;
  label: Scalars['String']['output'];
  /** 0 for a section, 1 and 2 for its rows. */
  level: Scalars['Int']['output'];
};

export type InformationRequest = {
  __typename?: 'InformationRequest';
  applicantKind: ApplicantKind;
  /** Masked (王*华) for everyone; the organisation's name in full. */
  applicantName: Scalars['String']['output'];
  correctionDueBy: Maybe<Scalars['String']['output']>;
  /** What the applicant was asked to correct (补正), and by when. */
  correctionItems: Maybe<Scalars['String']['output']>;
  /** The last day (Beijing date) staff may still ask for a 补正: 7 working days from receipt, once, while it is being processed; null once asked, once it is not being processed, or after that day. */
  correctionRequestBy: Maybe<Scalars['String']['output']>;
  delivery: DeliveryMethod;
  department: Scalars['String']['output'];
  /** As written; staff reading a private number typed in it is audited. */
  description: Scalars['String']['output'];
  fee: Maybe<InformationFee>;
  form: InformationForm;
  id: Scalars['ID']['output'];
  /** Masked (110*************2X). */
  idNumber: Maybe<Scalars['String']['output']>;
  isOverdue: Scalars['Boolean']['output'];
  /** Masked (138****1234). */
  mobile: Scalars['String']['output'];
  notices: Array<InformationNotice>;
  receivedOn: Scalars['String']['output'];
  /** 申请编号. */
  reference: Scalars['String']['output'];
  repliedOnTime: Maybe<Scalars['Boolean']['output']>;
  /** The last day to reply (working days); null while the clock stands for the applicant, or once answered. */
  replyDeadline: Maybe<WorkingDayDeadline>;
  replyKind: Maybe<InformationReplyKind>;
  status: InformationRequestStatus;
  steps: Array<InformationRequestStep>;
};

export type InformationRequestConnection = {
  __typename?: 'InformationRequestConnection';
  edges: Array<InformationRequestEdge>;
  pageInfo: PageInfo;
};

export type InformationRequestEdge = {
  __typename?: 'InformationRequestEdge';
  cursor: Scalars['String']['output'];
  node: InformationRequest;
};

/** An application for government information (依申请公开). */
export type InformationRequestInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  applicantKind: ApplicantKind;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  delivery: DeliveryMethod;
  /** The department asked, which handles and answers it. */
  department: Scalars['String']['input'];
  /** The information wanted: its name, number, or what identifies it. */
  description: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  form: InformationForm;
  /** Citizens: the ID number, stored apart, masked everywhere, read in full only by the handling staff (audited). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  mobile: Scalars['String']['input'];
  /** 姓名, or the organisation's 名称. */
  name: Scalars['String']['input'];
  /** Organisations: 统一社会信用代码. */
  organisationCode?: InputMaybe<Scalars['String']['input']>;
  /** Organisations only. */
  organisationKind?: InputMaybe<OrganisationKind>;
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

export type InformationRequestStep = {
  __typename?: 'InformationRequestStep';
  at: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
};

/** A plain-language interpretation (政策解读) published with its policy. */
export type Interpretation = {
  __typename?: 'Interpretation';
  body: Scalars['String']['output'];
  /** 政策咨询电话, shown with office hours at the bottom of the page. */
  consultationPhone: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InterpretationKind;
  /** For GRAPHIC and VIDEO interpretations: where the picture or the video is. */
  mediaUrl: Maybe<Scalars['String']['output']>;
  /** 工作时间, e.g. 工作日 9:00-12:00, 13:30-17:30. */
  officeHours: Maybe<Scalars['String']['output']>;
  publishedDate: Scalars['String']['output'];
  /** For QA interpretations: the questions residents ask, each with its answer. */
  questions: Array<QuestionAnswer>;
  /** Staff of its policy's department: how many subscribers were told of it and opened it. Null for anyone else. */
  reach: Maybe<Reach>;
  title: Scalars['String']['output'];
  /** Goes up by one with every correction; updateInterpretation takes the one the clerk started from. */
  version: Scalars['Int']['output'];
};

/** When a policy's interpretation is due: by the 3rd working day after the day it was published. */
export type InterpretationDue = {
  __typename?: 'InterpretationDue';
  /** YYYY-MM-DD: the last day the interpretation may be published, that day included (the 3rd working day after the publication day, official holidays and 调休 counted; a policy published on Saturday 2026-12-05 is due by Wednesday the 9th). */
  date: Scalars['String']['output'];
  /** The date has ended (Beijing time) and the interpretation is still not published. */
  overdue: Scalars['Boolean']['output'];
  /** The calendar for a year counted was not published yet: counted Monday to Friday for now (暂按周一至周五计算). */
  provisional: Scalars['Boolean']['output'];
};

export type InterpretationInput = {
  body: Scalars['String']['input'];
  consultationPhone?: InputMaybe<Scalars['String']['input']>;
  kind: InterpretationKind;
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  officeHours?: InputMaybe<Scalars['String']['input']>;
  questions?: InputMaybe<Array<QuestionAnswerInput>>;
  title: Scalars['String']['input'];
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
  plannedDate: Scalars['String']['input'];
  /** Why: told to residents on the timeline with the change (计划调整). */
  reason: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The family member enters the code. `name`: how the resident will see them. */
  acceptFamilyInvitation: FamilyLink;
  /** Staff of the handling department who may also edit the policy: an answered public question, in the clerk's own wording, added to a policy interpretation's 问答. Refused when the wording holds unmasked private data; the same pair twice is added once. */
  addConsultationToInterpretation: Interpretation;
  addInterpretation: Interpretation;
  answerConsultation: Consultation;
  /** Staff of the district office answer a proposal, once. */
  answerProjectProposal: ProjectProposal;
  /** The department asks a district admin to take a malicious rating out of the figures; once per case. */
  appealRating: RatingCase;
  /** Applying again with the same application the same day (a double tap, a retry) returns the one already made. */
  applyForInformation: InformationRequest;
  /** Asking the same question again the same day (a double tap, a retry) returns the one already asked. */
  askQuestion: Consultation;
  /** Staff: a third party's opinion is asked; up to 15 working days are not counted. */
  askThirdPartyOpinion: InformationRequest;
  /** Tells every registrant through the notifier. */
  cancelEvent: Event;
  /** Staff of the lead department: stops the project; the reason is public. */
  cancelProject: Project;
  /** The owner cancels; a freed seat goes to the first on the waiting list at once. */
  cancelRegistration: Registration;
  /**
   * A staff member changes their own password: the current one must be right (wrong ones count towards
   * the sign-in throttle as at sign-in), the new one at least 10 characters and different. Needs no session, so a
   * temporary password (which signs nobody in: staffLogin answers PASSWORD_CHANGE_REQUIRED) is changed
   * here. Answers a session. Audited.
   */
  changeStaffPassword: Session;
  /** Staff at the door; scanning the same code again says it was already checked in. */
  checkIn: CheckInResult;
  /** Closes a replied case; it counts as resolved only with the resident's satisfied follow-up rating. */
  closeCase: RatingCase;
  /** Stops sign-up before the window ends. */
  closeEvent: Event;
  /** The same text twice on the same draft and section is one comment. */
  commentOnDraft: DraftComment;
  /** Staff of the lead department: the milestone is done on `actualDate` (not in the future); an entry is added to the timeline. */
  completeMilestone: Project;
  /** The resident confirms: from now on the helper receives copies and may sign them up. */
  confirmFamilyHelper: FamilyLink;
  /** The signed-in resident signs the asking browser in as themself; a second tap is answered the same, another resident's is CONFLICT. */
  confirmScanSignIn: ScanSignInRequest;
  /** The applicant's corrected application: 20 working days count again from that day. */
  correctInformationRequest: InformationRequest;
  /**
   * Staff of the lead department: corrects a milestone not yet done — its name, and its planned date
   * while that has not passed (a late milestone stays late and is explained) — with the reason, told to
   * residents on the timeline as 计划调整. Audited. The same correction sent twice changes it once.
   */
  correctMilestone: Project;
  /** Staff: a new event, as a DRAFT. */
  createEvent: Event;
  /** Staff: a new project (the same project sent twice is created once). */
  createProject: Project;
  createService: Service;
  /**
   * A new staff account (district admins), with a temporary password the system makes up: answered
   * this once and never again; its owner sets their own at their first sign-in. Audited.
   */
  createStaff: StaffWithTemporaryPassword;
  /** District admins other than the one who appealed: upheld takes the rating out of the figures and closes the case. */
  decideAppeal: RatingCase;
  /** 停用: residents can no longer rate the service; its past ratings and figures stay. Staff of its department; audited; again is harmless. */
  disableService: Service;
  disableStaff: Staff;
  /** DRAW, after sign-up closed: the seeded draw; the seed is published on `Event.draw`. */
  drawEvent: Event;
  /** Lets residents rate a disabled service again. Staff of its department; audited; again is harmless. */
  enableService: Service;
  /** Lets a disabled account sign in again (district admins); audited. */
  enableStaff: Staff;
  /** Either side ends the link, at any step. */
  endFamilyLink: FamilyLink;
  /** A signed-in resident evaluates a COMPLETED project, once (sending the same evaluation again returns it). */
  evaluateProject: ProjectEvaluation;
  /** Staff of the lead department: why an overdue milestone is late; shown publicly and added to the timeline. */
  explainDelay: Project;
  /** Staff, once, before the reply is due: at most 20 working days, with the reason and who approved it. */
  extendInformationRequest: InformationRequest;
  /** A signed-in resident follows a project and is told of each update. */
  followProject: Project;
  /** Staff: handed to the 12345 hotline with its work order's number. */
  handConsultationToHotline: Consultation;
  /** The resident asks a family member to help: a code to share. `name`: how the helper will see them. */
  inviteFamilyHelper: FamilyLink;
  /** Signs a resident in with the code from `wx.login` (outside production also `dev:<name>`). */
  login: Session;
  /** Staff of the handling department, once, with the reason: CONSULTATION_COMPLEX_WORKING_DAYS from the day it was asked. */
  markConsultationComplex: Consultation;
  /** Approve (public, masked) or reject (with a reason) a pending comment. */
  moderateDraftComment: DraftComment;
  /** Staff: a fee notice with its calculation; the clock stands until it is paid or waived. `quantity`: items or pages. */
  noticeInformationFee: InformationRequest;
  /** DRAFT → OPEN: residents see it. */
  openEvent: Event;
  /** The resident opens a message: read from now on. */
  openMessage: InboxMessage;
  /**
   * The signed-in resident's mini-program opened a scanned code: what is asking, and when. The first
   * open of a pending code makes it SCANNED (the browser's poll says 已扫码); later opens change
   * nothing. NOT_FOUND for a code nobody asked for.
   */
  openScanSignIn: ScanSignInRequest;
  /**
   * The signed-in resident's mobile from WeChat's phone-number button: send the button's `code`
   * (`e.detail.code`); the answer is 11 digits, and is also kept to fill in the next form. Outside
   * production `dev:<11-digit mobile>` answers that number without asking WeChat. BAD_USER_INPUT for a
   * used, expired or wrong code (or a number outside the mainland), SERVICE_UNAVAILABLE when WeChat is
   * busy or cannot be reached; either way the resident can type the number instead.
   */
  phoneNumberFromWeChat: Scalars['String']['output'];
  /**
   * The browser's question every few seconds. The first poll after the confirmation signs it in
   * (`session`); a second one is CONFLICT. FORBIDDEN with the wrong secret.
   */
  pollScanSignIn: ScanSignInPoll;
  /** Staff of the lead or a co-operating department: a dated entry on the timeline; followers are told. */
  postProjectUpdate: ProjectUpdate;
  /** A signed-in resident proposes a project for next year's list (the same proposal sent twice is stored once). */
  proposeProject: ProjectProposal;
  publishDraft: Draft;
  /** 采纳情况, after the period; tells everyone who commented, once. */
  publishDraftFeedback: Draft;
  /** Staff: 吸收采纳情况, shown on the event. */
  publishEventSummary: Event;
  /** Staff of the handling department: an answered public question as a 高频问答, masked. */
  publishFrequentQuestion: FrequentQuestion;
  /** Publishes a new policy; refused when its text holds unmasked private data (the places are listed in `extensions.findings`). */
  publishPolicy: Policy;
  /** The asker: 满意 closes it; the first 不满意 (with a reason) reopens it, a second closes it. */
  rateConsultationAnswer: Consultation;
  /** The resident's one follow-up rating of the fix, after the reply and before the case is closed. */
  rateRectification: RatingCase;
  /** A signed-in resident rates a service; a bad rating opens a case in the same write. */
  rateService: Rating;
  /** Reads an uploaded document with the importer (.txt, .docx, .pdf, .html); stores nothing. */
  readPolicyDocument: DocumentReading;
  /** Staff note of a call-back; the first one moves an OPEN case to CALLED_BACK. */
  recordCallback: RatingCase;
  /** Staff: the third party's opinion (or that none came); the clock counts again. */
  recordThirdPartyOpinion: InformationRequest;
  /**
   * The resident who scanned the code turns the request down (取消); the browser's next poll says so.
   * A second tap is answered the same. FORBIDDEN for anyone else, and for a code nobody has scanned
   * (knowing the code is not enough to cancel another's sign-in).
   */
  refuseScanSignIn: ScanSignInRequest;
  /** A signed-in resident signs up; a second call returns the same registration. */
  registerForEvent: Registration;
  /** District office: takes a word out of the table, a shipped one too. */
  removeSearchSynonym: Scalars['Boolean']['output'];
  /** Marks a policy 已废止 from the given date (YYYY-MM-DD). */
  repealPolicy: Policy;
  /** Staff: the reply, of one of the legal kinds, with reasons; it produces the 告知书. */
  replyToInformationRequest: InformationRequest;
  /** The reply the resident sees (and is told of); needs a call-back first. */
  replyToRating: RatingCase;
  /** Staff, once, within 7 working days of receipt: what to correct; the clock stands until the correction arrives. */
  requestInformationCorrection: InformationRequest;
  /** Staff of the lead or a co-operating department: where to upload one photo (image/jpeg, image/png or image/webp, at most 5 MB). */
  requestPhotoUpload: PhotoUpload;
  /** The signed-in resident: where to upload one photo for a question (image/jpeg, image/png or image/webp, at most 5 MB); a limited number a day. */
  requestQuestionPhotoUpload: PhotoUpload;
  /**
   * Gives the account a new temporary password the system makes up (district admins), answered this
   * once, that the staff member must change at their next sign-in; ends the account's sessions. Audited.
   */
  resetStaffPassword: StaffWithTemporaryPassword;
  /** District office: what a resident's word also means (replaces the entry for the same word); in force at once. */
  saveSearchSynonym: SearchSynonym;
  /** Replaces what the resident subscribes to; empty lists unsubscribe from everything. */
  saveSubscriptions: Subscriptions;
  /** Replaces the names a department may publish under besides its own (district admins); audited. */
  setDepartmentIssuers: DepartmentIssuers;
  /** Replaces the sensitive-word list (district admins); audited. */
  setSensitiveWords: SensitiveWordList;
  /** Staff: the fee recorded as paid or waived (nothing is charged through GovOpen). */
  settleInformationFee: InformationRequest;
  /** Ends all the signed-in account's sessions (resident or staff), on every device. */
  signOut: Scalars['Boolean']['output'];
  /** The helper signs the resident up for an open day, in the resident's name; the sign-up rules apply to the resident. */
  signUpForFamily: FamilySignUp;
  staffLogin: Session;
  /** A browser (production H5, a kiosk) asks to be signed in by a resident's WeChat. */
  startScanSignIn: ScanSignInStart;
  /** An attendee's questionnaire, once. */
  submitEventFeedback: EventFeedback;
  /** Staff of the handling department; the clock goes on as it was. */
  transferConsultation: Consultation;
  unfollowProject: Project;
  updateEvent: Event;
  /** Corrects an interpretation (修改解读) from the version the clerk opened: CONFLICT when someone changed it since. Its policy's department and district admins; audited. */
  updateInterpretation: Interpretation;
  /**
   * Corrects a policy (its own department's staff and district admins; audited) from `version`, the one
   * the clerk started from: refused with CONFLICT when someone else changed it since. Its owner and
   * 效力状态 stay; the same 索引号/文号 as another published document is refused (CONFLICT).
   */
  updatePolicy: Policy;
  /**
   * Staff of the lead department: the project's details as they should be now, against the `version`
   * they were read at (CONFLICT when someone changed it since). A changed target or planned budget is
   * put on the timeline as 计划调整 with the reason; a cancelled project cannot be changed, nor a
   * completed one's target or budget.
   */
  updateProject: Project;
  updateService: Service;
  /** The applicant withdraws the application before it is answered. */
  withdrawInformationRequest: InformationRequest;
};


export type MutationAcceptFamilyInvitationArgs = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationAddConsultationToInterpretationArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  interpretationId: Scalars['ID']['input'];
  policyId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};


export type MutationAddInterpretationArgs = {
  input: InterpretationInput;
  policyId: Scalars['ID']['input'];
};


export type MutationAnswerConsultationArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAnswerProjectProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProjectProposalAnswerInput;
};


export type MutationAppealRatingArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationApplyForInformationArgs = {
  input: InformationRequestInput;
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationAskThirdPartyOpinionArgs = {
  id: Scalars['ID']['input'];
  whom: Scalars['String']['input'];
};


export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelProjectArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeStaffPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationCheckInArgs = {
  code: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
};


export type MutationCloseCaseArgs = {
  caseId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloseEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommentOnDraftArgs = {
  input: CommentOnDraftInput;
};


export type MutationCompleteMilestoneArgs = {
  actualDate: Scalars['String']['input'];
  milestoneId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmFamilyHelperArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationConfirmScanSignInArgs = {
  code: Scalars['String']['input'];
};


export type MutationCorrectInformationRequestArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationCorrectMilestoneArgs = {
  input: MilestoneCorrectionInput;
  milestoneId: Scalars['ID']['input'];
};


export type MutationCreateEventArgs = {
  input: EventInput;
};


export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


export type MutationCreateServiceArgs = {
  input: ServiceInput;
};


export type MutationCreateStaffArgs = {
  input: CreateStaffInput;
};


export type MutationDecideAppealArgs = {
  caseId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  upheld: Scalars['Boolean']['input'];
};


export type MutationDisableServiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableStaffArgs = {
  username: Scalars['ID']['input'];
};


export type MutationDrawEventArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationEnableServiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableStaffArgs = {
  username: Scalars['ID']['input'];
};


export type MutationEndFamilyLinkArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationEvaluateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectEvaluationInput;
};


export type MutationExplainDelayArgs = {
  milestoneId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationExtendInformationRequestArgs = {
  approvedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  workingDays: Scalars['Int']['input'];
};


export type MutationFollowProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHandConsultationToHotlineArgs = {
  id: Scalars['ID']['input'];
  workOrder: Scalars['String']['input'];
};


export type MutationInviteFamilyHelperArgs = {
  name: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  code: Scalars['String']['input'];
};


export type MutationMarkConsultationComplexArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationModerateDraftCommentArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationNoticeInformationFeeArgs = {
  id: Scalars['ID']['input'];
  method: FeeMethod;
  quantity: Scalars['Int']['input'];
};


export type MutationOpenEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenScanSignInArgs = {
  code: Scalars['String']['input'];
};


export type MutationPhoneNumberFromWeChatArgs = {
  code: Scalars['String']['input'];
};


export type MutationPollScanSignInArgs = {
  code: Scalars['String']['input'];
  secret: Scalars['String']['input'];
};


export type MutationPostProjectUpdateArgs = {
  input: ProjectUpdateInput;
  projectId: Scalars['ID']['input'];
};


export type MutationProposeProjectArgs = {
  input: ProjectProposalInput;
};


export type MutationPublishDraftArgs = {
  input: PublishDraftInput;
};


export type MutationPublishDraftFeedbackArgs = {
  input: PublishDraftFeedbackInput;
};


export type MutationPublishEventSummaryArgs = {
  eventId: Scalars['ID']['input'];
  input: EventSummaryInput;
};


export type MutationPublishFrequentQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishPolicyArgs = {
  input: PolicyInput;
};


export type MutationRateConsultationAnswerArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  satisfied: Scalars['Boolean']['input'];
};


export type MutationRateRectificationArgs = {
  caseId: Scalars['ID']['input'];
  input: FollowUpRatingInput;
};


export type MutationRateServiceArgs = {
  input: RatingInput;
  serviceId: Scalars['ID']['input'];
};


export type MutationReadPolicyDocumentArgs = {
  document: DocumentUpload;
};


export type MutationRecordCallbackArgs = {
  caseId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRecordThirdPartyOpinionArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationRefuseScanSignInArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
  input: RegistrationInput;
};


export type MutationRemoveSearchSynonymArgs = {
  term: Scalars['String']['input'];
};


export type MutationRepealPolicyArgs = {
  id: Scalars['ID']['input'];
  repealedDate: Scalars['String']['input'];
};


export type MutationReplyToInformationRequestArgs = {
  id: Scalars['ID']['input'];
  reply: InformationReplyInput;
};


export type MutationReplyToRatingArgs = {
  caseId: Scalars['ID']['input'];
  outcome: ReplyOutcome;
  reply: Scalars['String']['input'];
};


export type MutationRequestInformationCorrectionArgs = {
  id: Scalars['ID']['input'];
  items: Scalars['String']['input'];
};


export type MutationRequestPhotoUploadArgs = {
  bytes: Scalars['Int']['input'];
  contentType: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationRequestQuestionPhotoUploadArgs = {
  bytes: Scalars['Int']['input'];
  contentType: Scalars['String']['input'];
};


export type MutationResetStaffPasswordArgs = {
  username: Scalars['ID']['input'];
};


export type MutationSaveSearchSynonymArgs = {
  input: SearchSynonymInput;
};


export type MutationSaveSubscriptionsArgs = {
  input: SubscriptionsInput;
};


export type MutationSetDepartmentIssuersArgs = {
  department: Scalars['String']['input'];
  issuers: Array<Scalars['String']['input']>;
};


export type MutationSetSensitiveWordsArgs = {
  words: Array<Scalars['String']['input']>;
};


export type MutationSettleInformationFeeArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  settlement: FeeSettlement;
};


export type MutationSignUpForFamilyArgs = {
  eventId: Scalars['ID']['input'];
  input: FamilySignUpInput;
  linkId: Scalars['ID']['input'];
};


export type MutationStaffLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationSubmitEventFeedbackArgs = {
  eventId: Scalars['ID']['input'];
  input: EventFeedbackInput;
};


export type MutationTransferConsultationArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  toDepartment: Scalars['String']['input'];
};


export type MutationUnfollowProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: EventInput;
};


export type MutationUpdateInterpretationArgs = {
  id: Scalars['ID']['input'];
  input: InterpretationInput;
  policyId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdatePolicyArgs = {
  id: Scalars['ID']['input'];
  input: PolicyInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ProjectChangesInput;
};


export type MutationUpdateServiceArgs = {
  id: Scalars['ID']['input'];
  input: ServiceInput;
};


export type MutationWithdrawInformationRequestArgs = {
  id: Scalars['ID']['input'];
};

/** An official or staff member who will be there to answer residents (出席领导/工作人员). */
export type Official = {
  __typename?: 'Official';
  name: Scalars['String']['output'];
  position: Scalars['String']['output'];
};

export type OfficialInput = {
  name: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

export type OrganisationKind =
  | 'BUSINESS'
  | 'LEGAL_SERVICE'
  | 'NONPROFIT'
  | 'OTHER'
  | 'RESEARCH';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null when there is none. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Dates YYYY-MM-DD; figures count whole calendar months, from the month of `from` to the month of `to`. */
export type PeriodInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** A photo kept in GovOpen's photo storage (a project's progress, a resident's question). */
export type Photo = {
  __typename?: 'Photo';
  key: Scalars['String']['output'];
  /** Where to show it from (in the cloud a signed address valid for an hour: fetch it again rather than storing it). */
  url: Scalars['String']['output'];
};

/** Where to PUT a photo's bytes, and the key to name it by in what is sent next (`postProjectUpdate`, `askQuestion`). */
export type PhotoUpload = {
  __typename?: 'PhotoUpload';
  expiresAt: Scalars['String']['output'];
  headers: Array<PhotoUploadHeader>;
  method: Scalars['String']['output'];
  photoKey: Scalars['String']['output'];
  /** Send the bytes with PUT, with exactly the headers below, before `expiresAt`. */
  uploadUrl: Scalars['String']['output'];
};

export type PhotoUploadHeader = {
  __typename?: 'PhotoUploadHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A government document in the policy library (政策文件库). */
export type Policy = {
  __typename?: 'Policy';
  body: Scalars['String']['output'];
  /** The department that owns the policy and answers for it. */
  department: Scalars['String']['output'];
  disclosure: Disclosure;
  /** 文号, e.g. 婺政办发〔2022〕21号. */
  documentNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 索引号. */
  indexNumber: Maybe<Scalars['String']['output']>;
  /** Staff only: when its interpretation is due, while it has none and is in force; null once one is published, once repealed, or for residents. */
  interpretationDue: Maybe<InterpretationDue>;
  /** 政策解读, newest first. */
  interpretations: Array<Interpretation>;
  /** 发布机构. */
  issuer: Maybe<Scalars['String']['output']>;
  /** 发布日期 (YYYY-MM-DD). */
  publishedDate: Maybe<Scalars['String']['output']>;
  /** Staff of its department: how many subscribers were told of it and opened it. Null for anyone else. */
  reach: Maybe<Reach>;
  /** 废止日期 (YYYY-MM-DD), when repealed. */
  repealedDate: Maybe<Scalars['String']['output']>;
  sections: Array<PolicySection>;
  /** The first words of the body, for list cards. */
  summary: Scalars['String']['output'];
  /** Attachment tables such as task lists, with merged cells filled in. */
  tables: Array<PolicyTable>;
  /** 适用对象 (老年人, 企业 …). */
  targetGroups: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** 主题. */
  topics: Array<Scalars['String']['output']>;
  validity: Validity;
  /** Goes up by one with every change; updatePolicy takes the one the clerk started from. */
  version: Scalars['Int']['output'];
  viewerCan: ViewerCan;
  /** 成文日期 (YYYY-MM-DD). */
  writtenDate: Maybe<Scalars['String']['output']>;
  /** The year the policy belongs to when browsing (from its dates, or its title when they are unknown). */
  year: Maybe<Scalars['Int']['output']>;
};

export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  pageInfo: PageInfo;
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

/** Values to browse by, with how many policies now in force carry each. */
export type PolicyFacets = {
  __typename?: 'PolicyFacets';
  issuers: Array<FacetCount>;
  targetGroups: Array<FacetCount>;
  topics: Array<FacetCount>;
  years: Array<FacetCount>;
};

export type PolicyFilter = {
  /** Staff (本部门的政策): the policies the department owns, whatever their disclosure and the name they were issued under. Its own staff and district admins only. */
  department?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  /** Words to look for in the title, 文号 and body; Simplified and Traditional match alike. */
  text?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Default: currently in force (VALID and AMENDED). */
  validity?: InputMaybe<Array<Validity>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A policy as staff publish it. Headings (一、 /（一）/ 1.) are read from the body. */
export type PolicyInput = {
  body: Scalars['String']['input'];
  /** District admins only: the department that owns the policy (default: the district office). Editors publish for their own. */
  department?: InputMaybe<Scalars['String']['input']>;
  disclosure?: InputMaybe<Disclosure>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  indexNumber?: InputMaybe<Scalars['String']['input']>;
  /** 发布机构; the owning department when omitted. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** 发布日期; today when omitted. */
  publishedDate?: InputMaybe<Scalars['String']['input']>;
  tables?: InputMaybe<Array<PolicyTableInput>>;
  /** Chosen from the body when omitted. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** Chosen from the body when omitted. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  writtenDate?: InputMaybe<Scalars['String']['input']>;
};

/** A heading of the body: level 1 一、, level 2 （一）, level 3 1. — and the text under it. */
export type PolicySection = {
  __typename?: 'PolicySection';
  heading: Scalars['String']['output'];
  /** Its address in the document, from the numbering: 二（三）1. is `2-3-1`. The policy page opens at it (`?section=2-3-1`). */
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type PolicyTable = {
  __typename?: 'PolicyTable';
  columns: Array<Scalars['String']['output']>;
  rows: Array<Array<Scalars['String']['output']>>;
  title: Scalars['String']['output'];
};

export type PolicyTableInput = {
  columns: Array<Scalars['String']['input']>;
  rows: Array<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** A 民生实事 project, or a part of one (a child project). */
export type Project = {
  __typename?: 'Project';
  budget: ProjectBudget;
  cancelledDate: Maybe<Scalars['String']['output']>;
  cancelledReason: Maybe<Scalars['String']['output']>;
  children: Array<Project>;
  /** The date the last milestone (or child project) was done, once COMPLETED. */
  completedDate: Maybe<Scalars['String']['output']>;
  /** 配合单位: may post progress updates too. */
  cooperatingDepartments: Array<Scalars['String']['output']>;
  /** Demo content shipped with GovOpen, not a real project. */
  demo: Scalars['Boolean']['output'];
  /** Staff of the lead department: the evaluations' comments, newest first (no names). */
  evaluationComments: Array<ProjectEvaluation>;
  evaluationSummary: ProjectEvaluationSummary;
  /** Whether the signed-in resident follows it (false for everyone else). */
  followedByMe: Scalars['Boolean']['output'];
  followerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 牵头单位: answers for the project (milestones, delays, cancellation). */
  leadDepartment: Scalars['String']['output'];
  /** The list it belongs to, e.g. 2026年区十大民生实事. */
  list: Scalars['String']['output'];
  /** Empty for a project with child projects: its progress comes from them. */
  milestones: Array<ProjectMilestone>;
  /** The signed-in resident's own evaluation. */
  myEvaluation: Maybe<ProjectEvaluation>;
  /** Its place in the list (a child: among its parent's children). */
  order: Scalars['Int']['output'];
  parent: Maybe<Project>;
  /** 0–100, derived (see progressBasis); 100 only when everything is done. */
  progress: Scalars['Int']['output'];
  progressBasis: ProjectProgressBasis;
  status: ProjectStatus;
  summary: Scalars['String']['output'];
  target: ProjectTarget;
  title: Scalars['String']['output'];
  /** The public timeline, newest first. `first` is 1..100 (default 20). */
  updates: ProjectUpdateConnection;
  /**
   * Raised by every change to the project itself (its details, milestones, cancellation, a new child
   * project). Staff send back the version they edited with `updateProject`, so one clerk's edit never
   * silently overwrites another's.
   */
  version: Scalars['Int']['output'];
  viewerCan: ViewerCan;
  year: Scalars['Int']['output'];
};


/** A 民生实事 project, or a part of one (a child project). */
export type ProjectUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Money in whole 元 (Float only because GraphQL's Int stops at 2,147,483,647). A parent project's
 * figures are its own plus its children's.
 */
export type ProjectBudget = {
  __typename?: 'ProjectBudget';
  /** 资金安排: planned. */
  planned: Scalars['Float']['output'];
  /** 资金使用: the sum of the spending recorded in progress updates, never typed over. */
  spent: Scalars['Float']['output'];
  /** spent as a whole percentage of planned; null when nothing is planned. */
  spentPercent: Maybe<Scalars['Int']['output']>;
};

/**
 * What the lead department may change after creating a project. Year, list, parent and lead department
 * stay; a milestone is corrected on its own (correctMilestone), never here.
 */
export type ProjectChangesInput = {
  /** 元, whole. */
  budgetPlanned: Scalars['Float']['input'];
  cooperatingDepartments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its place in the list (a child: among its parent's children); null leaves it where it is. */
  order?: InputMaybe<Scalars['Int']['input']>;
  /** Why the target or the planned budget changes: required then, and shown to residents on the timeline (计划调整). */
  reason?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  target: ProjectTargetInput;
  title: Scalars['String']['input'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectEvaluation = {
  __typename?: 'ProjectEvaluation';
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  level: Satisfaction;
  /** The project evaluated, with its figures as they are after this evaluation. */
  project: Project;
  projectId: Scalars['ID']['output'];
};

export type ProjectEvaluationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  level: Satisfaction;
};

export type ProjectEvaluationLevelCount = {
  __typename?: 'ProjectEvaluationLevelCount';
  count: Scalars['Int']['output'];
  level: Satisfaction;
};

export type ProjectEvaluationSummary = {
  __typename?: 'ProjectEvaluationSummary';
  count: Scalars['Int']['output'];
  levels: Array<ProjectEvaluationLevelCount>;
  /** 非常满意 + 满意 + 基本满意 as a whole percentage of all evaluations; null before the first. */
  satisfiedPercent: Maybe<Scalars['Int']['output']>;
};

/** A figure reported with an update, e.g. 已完工小区 12 个. */
export type ProjectFigure = {
  __typename?: 'ProjectFigure';
  label: Scalars['String']['output'];
  unit: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type ProjectFigureInput = {
  label: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

export type ProjectFilter = {
  /** Projects (child projects included) this department leads or co-operates on. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The list's name, e.g. 2026年区十大民生实事. */
  list?: InputMaybe<Scalars['String']['input']>;
  /** Status as derived today. */
  status?: InputMaybe<ProjectStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A project as the district decides it. A milestone's planned date moves only before it has passed (correctMilestone, in public): a late milestone stays late and is explained. */
export type ProjectInput = {
  /** 元, whole. */
  budgetPlanned: Scalars['Float']['input'];
  cooperatingDepartments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** District admins name it; an editor creates projects for their own department. */
  leadDepartment?: InputMaybe<Scalars['String']['input']>;
  list: Scalars['String']['input'];
  /** None for a project that will get child projects. */
  milestones?: InputMaybe<Array<ProjectMilestoneInput>>;
  /** Default: after the last one. */
  order?: InputMaybe<Scalars['Int']['input']>;
  /** Makes it a child project (one level only; the parent must have no milestones). Year and list must be the parent's. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
  target: ProjectTargetInput;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** One year's list, e.g. 2026年区十大民生实事, with its overall progress. */
export type ProjectList = {
  __typename?: 'ProjectList';
  budget: ProjectBudget;
  name: Scalars['String']['output'];
  /** Budget-weighted like a parent project's progress; cancelled projects left out. */
  progress: Scalars['Int']['output'];
  /** In list order. */
  projects: Array<Project>;
  statusCounts: Array<ProjectStatusCount>;
  year: Scalars['Int']['output'];
};

export type ProjectMilestone = {
  __typename?: 'ProjectMilestone';
  /** 实际完成日期, once done. */
  actualDate: Maybe<Scalars['String']['output']>;
  /** The department that gave that explanation: the same name as on its timeline entry (发布单位). */
  delayExplainedBy: Maybe<Scalars['String']['output']>;
  delayExplainedDate: Maybe<Scalars['String']['output']>;
  /** The latest explanation of the delay (the lead department's, or the district office's); public. */
  delayReason: Maybe<Scalars['String']['output']>;
  done: Scalars['Boolean']['output'];
  /** <projectId>.<n> */
  id: Scalars['ID']['output'];
  /** Overdue and not yet explained: the lead department is asked for a reason (`explainDelay`). */
  needsExplanation: Scalars['Boolean']['output'];
  /** Not done and its planned date passed by more than the grace in working days (setting PROJECT_OVERDUE_WORKING_DAYS). */
  overdue: Scalars['Boolean']['output'];
  /** While overdue: working days since the planned date. */
  overdueWorkingDays: Maybe<Scalars['Int']['output']>;
  /** 计划完成日期 (YYYY-MM-DD). */
  plannedDate: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Share of the project's progress (relative to the other milestones' weights). */
  weight: Scalars['Int']['output'];
};

export type ProjectMilestoneInput = {
  /** YYYY-MM-DD. */
  plannedDate: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Default 1. */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a project's progress comes from. */
export type ProjectProgressBasis =
  /** Child projects' progress, weighted by their planned budgets (equal weights when none has a budget); cancelled children left out. */
  | 'CHILDREN'
  /** Done milestones' weights over all milestones' weights. */
  | 'MILESTONES';

/** 征集: a resident's proposal for next year's list. */
export type ProjectProposal = {
  __typename?: 'ProjectProposal';
  answeredAt: Maybe<Scalars['String']['output']>;
  /** The number the proposer left to be called back on, masked (138****1234) for everyone; see `projectProposalContact`. */
  contactMobile: Maybe<Scalars['String']['output']>;
  /** Private data (mobile, ID and bank card numbers) masked in public lists. */
  description: Scalars['String']['output'];
  /** The year whose list it is proposed for. */
  forYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  /** The project it became or was merged into, when there is one. */
  project: Maybe<Project>;
  /** The district office's answer. */
  reply: Maybe<Scalars['String']['output']>;
  status: ProjectProposalStatus;
  submittedAt: Scalars['String']['output'];
  title: Scalars['String']['output'];
  viewerCan: ViewerCan;
};

export type ProjectProposalAnswerInput = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  reply: Scalars['String']['input'];
  /** ACCEPTED, MERGED or DECLINED. */
  status: ProjectProposalStatus;
};

export type ProjectProposalConnection = {
  __typename?: 'ProjectProposalConnection';
  edges: Array<ProjectProposalEdge>;
  pageInfo: PageInfo;
};

export type ProjectProposalEdge = {
  __typename?: 'ProjectProposalEdge';
  cursor: Scalars['String']['output'];
  node: ProjectProposal;
};

export type ProjectProposalInput = {
  /** Optional, for the district office to call back; masked wherever it is shown. */
  contactMobile?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** Where: 街道, 社区 or a place residents know. */
  location: Scalars['String']['input'];
  title: Scalars['String']['input'];
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

export type ProjectStatusCount = {
  __typename?: 'ProjectStatusCount';
  count: Scalars['Int']['output'];
  status: ProjectStatus;
};

/** What residents get, e.g. 改造老旧小区 30 个. */
export type ProjectTarget = {
  __typename?: 'ProjectTarget';
  quantity: Scalars['Float']['output'];
  /** The target in words, e.g. 完成30个老旧小区改造，惠及居民约1.2万户. */
  text: Scalars['String']['output'];
  /** 个, 部, 个座位, 人次 … */
  unit: Scalars['String']['output'];
};

export type ProjectTargetInput = {
  quantity: Scalars['Float']['input'];
  text: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

/**
 * One dated entry of the public timeline. Entries are never changed or deleted: a mistake is put right
 * by a new entry (kind CORRECTION) that names the one it corrects.
 */
export type ProjectUpdate = {
  __typename?: 'ProjectUpdate';
  /** Later entries that correct this one. */
  correctedBy: Array<Scalars['ID']['output']>;
  /** The earlier entry this one corrects. */
  corrects: Maybe<Scalars['ID']['output']>;
  /** The Beijing date it was posted (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** The department that posted it. */
  department: Scalars['String']['output'];
  figures: Array<ProjectFigure>;
  id: Scalars['ID']['output'];
  kind: ProjectUpdateKind;
  /** The milestone it is about (MILESTONE_DONE, DELAY_EXPLAINED). */
  milestoneId: Maybe<Scalars['ID']['output']>;
  photos: Array<Photo>;
  /** When it was posted (ISO 8601). */
  postedAt: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** 元 spent that this entry records (a correction may record a negative amount); null when none. */
  spending: Maybe<Scalars['Float']['output']>;
  text: Scalars['String']['output'];
};

export type ProjectUpdateConnection = {
  __typename?: 'ProjectUpdateConnection';
  edges: Array<ProjectUpdateEdge>;
  pageInfo: PageInfo;
};

export type ProjectUpdateEdge = {
  __typename?: 'ProjectUpdateEdge';
  cursor: Scalars['String']['output'];
  node: ProjectUpdate;
};

export type ProjectUpdateInput = {
  /** Makes this entry a correction of an earlier one of the same project (not of a 计划调整, PLAN_CHANGED: the plan is changed again instead; nor of a 项目取消, CANCELLED: final). */
  corrects?: InputMaybe<Scalars['ID']['input']>;
  figures?: InputMaybe<Array<ProjectFigureInput>>;
  /** Keys from `requestPhotoUpload` for this project, at most 9. */
  photos?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 元 spent since the last report (whole; negative only in a correction). */
  spending?: InputMaybe<Scalars['Float']['input']>;
  text: Scalars['String']['input'];
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

export type PublishChecks = {
  __typename?: 'PublishChecks';
  /** True when nothing refuses publishing (warnings may remain). */
  canPublish: Scalars['Boolean']['output'];
  findings: Array<PublishFinding>;
  /** How many web addresses were tried. */
  linksChecked: Scalars['Int']['output'];
};

export type PublishDraftFeedbackInput = {
  draftId: Scalars['ID']['input'];
  groups: Array<DraftFeedbackGroupInput>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type PublishDraftInput = {
  /** Left out: the staff member's own. */
  department?: InputMaybe<Scalars['String']['input']>;
  explanation: Scalars['String']['input'];
  otherWays?: InputMaybe<Scalars['String']['input']>;
  /** Days of the period, 30 when left out; under 30 needs shortPeriodReason; never under 7. */
  periodDays?: InputMaybe<Scalars['Int']['input']>;
  sections: Array<DraftSectionInput>;
  shortPeriodReason?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** One finding of the pre-publish checks. */
export type PublishFinding = {
  __typename?: 'PublishFinding';
  /** Whether publishing is refused until it is mended (private data, issuer). */
  blocking: Scalars['Boolean']['output'];
  /** The words around it (private data masked). */
  excerpt: Maybe<Scalars['String']['output']>;
  /** title, body, tables, issuer, indexNumber or documentNumber. */
  field: Maybe<Scalars['String']['output']>;
  kind: PublishCheckKind;
  /** The line of the body (1-based), where one line holds it. */
  line: Maybe<Scalars['Int']['output']>;
  /** What was found and where, in words. */
  message: Scalars['String']['output'];
  /** ALREADY_PUBLISHED: the document published already, when the clerk may correct it (修改 opens it). */
  policyId: Maybe<Scalars['ID']['output']>;
};

/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type Query = {
  __typename?: 'Query';
  /** Staff of the handling department: the citizen's whole ID number; every read is audited. */
  applicantIdNumber: Maybe<Scalars['String']['output']>;
  /** A question its asker, or staff of its department, may read; NOT_FOUND for anyone else's. */
  consultation: Consultation;
  /** Staff of the handling department: the full call-back number; every read is audited. */
  consultationContact: Maybe<Scalars['String']['output']>;
  /** The 工作台's queue of questions of the staff member's department (district admins: any or all). */
  consultationQueue: ConsultationConnection;
  /** Staff: the department's drafts (a district admin: all, or the department named), newest first. */
  departmentDrafts: DraftConnection;
  /** Staff: a department's events, drafts included, latest start first (default: their own department). */
  departmentEvents: EventConnection;
  /** The names the department may publish under (staff of that department, district admins). */
  departmentIssuers: DepartmentIssuers;
  /**
   * The departments the signed-in staff member may work for, for a department picker: a district admin's
   * every department that has staff (the district office first), an editor's own alone. Reads the staff
   * list only, none of the 工作台's figures.
   */
  departments: Array<Scalars['String']['output']>;
  draft: Maybe<Draft>;
  /** Staff: a draft's comments in one state (PENDING: the moderation queue), whole, with flags; audited. */
  draftComments: DraftCommentConnection;
  /** Drafts for comment, of one status (open: closing soonest first) or all (newest first), their titles containing `words`. */
  drafts: DraftConnection;
  /** Null for a draft, except for its department's staff. */
  event: Maybe<Event>;
  /** Staff of the holding department: the questionnaires (without names). */
  eventFeedback: EventFeedbackReport;
  /** Staff of the holding department: every registration with full name and mobile; each read is audited. */
  eventRegistrations: Array<Registration>;
  /** The same list as a CSV file (UTF-8 with BOM, for Excel); audited. */
  eventRegistrationsCsv: Scalars['String']['output'];
  /** Published open days; residents never see drafts. `first` is 1..100 (default 20). */
  events: EventConnection;
  /** Published 高频问答, newest first; anyone may read them. */
  frequentQuestions: FrequentQuestionConnection;
  /** Anyone, signed in or not: the finished years with published district figures, newest first. */
  informationReportYears: Array<Scalars['Int']['output']>;
  /** An application its applicant, or staff of its department, may read; NOT_FOUND for anyone else's. */
  informationRequest: InformationRequest;
  /** Staff: the department's applications (district admins: any one, or all). */
  informationRequestQueue: InformationRequestConnection;
  /** Staff: the year's figures for the annual report, of their department (district admins: one, or all). */
  informationRequestReport: InformationAnnualReport;
  /**
   * Every department GovOpen knows (with staff, or publishing), the district office first: whom a
   * resident may ask (咨询留言) or apply to (依申请公开), chosen rather than typed. Anyone may read it.
   */
  knownDepartments: Array<Scalars['String']['output']>;
  /** The signed-in resident; UNAUTHENTICATED when nobody is signed in. */
  me: Resident;
  /** The signed-in resident's questions, newest first. */
  myConsultations: ConsultationConnection;
  /** The signed-in resident's comments with their state, newest first. */
  myDraftComments: DraftCommentConnection;
  /** Family links the viewer is part of, on either side, not ended. */
  myFamilyLinks: Array<FamilyLink>;
  /** The projects the signed-in resident follows. */
  myFollowedProjects: Array<Project>;
  /** The signed-in resident's applications, newest first. */
  myInformationRequests: InformationRequestConnection;
  /** 我的消息, newest first. */
  myMessages: InboxMessageConnection;
  /** The signed-in resident's proposals and what became of them, newest first. */
  myProposals: Array<ProjectProposal>;
  /** The signed-in resident's ratings, newest first, with the cases and replies. */
  myRatings: RatingConnection;
  /** The signed-in resident's registrations, newest first (我的). */
  myRegistrations: Array<Registration>;
  mySubscriptions: Subscriptions;
  /** Always true once the API answers; lets clients and monitors check they reach GovOpen. */
  ok: Scalars['Boolean']['output'];
  /** Policies, newest publishedDate first. `first` is 1..100 (default 20). */
  policies: PolicyConnection;
  policy: Maybe<Policy>;
  /**
   * The pre-publish checks of a policy as staff would publish it: the same document published already
   * (refused), private data (refused), the sensitive-word list, the issuer, and the web addresses in its text (tried with a short timeout;
   * one that cannot be reached is a warning, never a refusal). Writes nothing.
   */
  policyChecks: PublishChecks;
  policyFacets: PolicyFacets;
  project: Maybe<Project>;
  /** A year's lists, each with its projects and overall progress. */
  projectLists: Array<ProjectList>;
  /** Staff of the district office, which answers proposals: the full call-back number; every read is audited. */
  projectProposalContact: Maybe<Scalars['String']['output']>;
  /** Proposals for a year's list, newest first: answered ones for everyone; status SUBMITTED for staff of the district office only. */
  projectProposals: ProjectProposalConnection;
  /** Projects in list order, newest year first. `first` is 1..100 (default 20). */
  projects: ProjectConnection;
  /** Anyone: the district's figures of a finished year, counts only (BAD_USER_INPUT for a year not yet over; NOT_FOUND for a year without applications). */
  publishedInformationReport: InformationAnnualReport;
  /** Staff of the department: the rater's unmasked call-back number. Every call is recorded in the audit trail. */
  raterContact: Rater;
  /** A rating: its resident, or staff of its department; NOT_FOUND for anyone else. */
  rating: Maybe<Rating>;
  ratingCase: Maybe<RatingCase>;
  /** Staff: cases of their department, open work by deadline (overdue first), closed ones newest first. */
  ratingCases: RatingCaseConnection;
  /** Public satisfaction figures for a period, for the district, a department or one service. */
  ratingFigures: RatingFigures;
  ratingOptions: RatingOptions;
  /** One search over everything residents read. `first`: results per kind, 1..20 (default 5); `after` continues one kind; repealed policies only with `includeRepealed`. */
  search: SearchResults;
  /** Staff: a month's searches (YYYY-MM, default this month). */
  searchStatistics: SearchStatistics;
  /** Words to offer while the resident types; with no prefix, what others search for most. */
  searchSuggestions: Array<Scalars['String']['output']>;
  /** Staff: the synonym table in force. */
  searchSynonyms: Array<SearchSynonym>;
  /** The sensitive-word list (staff; district admins change it). */
  sensitiveWords: SensitiveWordList;
  service: Maybe<Service>;
  /** Services, by department then name. `first` is 1..100 (default 20). */
  services: ServiceConnection;
  signInOptions: SignInOptions;
  /** The signed-in staff member. */
  staffMe: Staff;
  /** Every staff account (district admins only). */
  staffMembers: Array<Staff>;
  subscriptionOptions: SubscriptionOptions;
  /** The badge on 我的消息. */
  unreadMessageCount: Scalars['Int']['output'];
  /**
   * Today's work for the signed-in staff member: an editor's own department (naming another is
   * FORBIDDEN); a district admin's chosen department, or every department when none is named.
   */
  workbench: Workbench;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryApplicantIdNumberArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryConsultationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryConsultationContactArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryConsultationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsultationQueueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryDepartmentDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryDepartmentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryDepartmentIssuersArgs = {
  department: Scalars['String']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryDraftArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryDraftCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  draftId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<DraftCommentState>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DraftStatus>;
  words?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryEventFeedbackArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryEventRegistrationsArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryEventRegistrationsCsvArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryFrequentQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryInformationRequestArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryInformationRequestQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<InformationRequestStage>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryInformationRequestReportArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryMyConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryMyDraftCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryMyInformationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryMyMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryMyRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryPolicyChecksArgs = {
  input: PolicyInput;
  policyId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryProjectListsArgs = {
  year: Scalars['Int']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryProjectProposalContactArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryProjectProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  forYear: Scalars['Int']['input'];
  status?: InputMaybe<ProjectProposalStatus>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryPublishedInformationReportArgs = {
  year: Scalars['Int']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryRaterContactArgs = {
  caseId: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryRatingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryRatingCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryRatingCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RatingCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryRatingFiguresArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  period: PeriodInput;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRepealed?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  query: Scalars['String']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QuerySearchStatisticsArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QuerySearchSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type QueryWorkbenchArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
};

export type QuestionAnswer = {
  __typename?: 'QuestionAnswer';
  answer: Scalars['String']['output'];
  question: Scalars['String']['output'];
};

export type QuestionAnswerInput = {
  answer: Scalars['String']['input'];
  question: Scalars['String']['input'];
};

/** The person who rated, as staff see them. */
export type Rater = {
  __typename?: 'Rater';
  /** The call-back number; masked (138****1234) except from `raterContact`. */
  phone: Maybe<Scalars['String']['output']>;
  /** A pseudonym of the resident, the same for all their ratings of this department and different in every other department. */
  reference: Scalars['String']['output'];
};

export type Rating = {
  __typename?: 'Rating';
  bad: Scalars['Boolean']['output'];
  /** The case a bad rating opened; null for the others. */
  case: Maybe<RatingCase>;
  comment: Maybe<Scalars['String']['output']>;
  department: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: Satisfaction;
  levelLabel: Scalars['String']['output'];
  matterNumber: Maybe<Scalars['String']['output']>;
  ratedAt: Scalars['String']['output'];
  /** Staff only: who rated, masked (see `raterContact` for the full number); null for residents. */
  rater: Maybe<Rater>;
  /** The reasons' Chinese labels. */
  reasonLabels: Array<Scalars['String']['output']>;
  reasons: Array<RatingReason>;
  service: Service;
  window: Maybe<Scalars['String']['output']>;
};

/** A department's appeal against a malicious rating, decided by a district admin. */
export type RatingAppeal = {
  __typename?: 'RatingAppeal';
  appealedAt: Scalars['String']['output'];
  /** Username of the staff member who appealed. */
  appealedBy: Scalars['String']['output'];
  /** Their display name, for staff pages. */
  appealedByName: Scalars['String']['output'];
  decision: Maybe<AppealDecision>;
  reason: Scalars['String']['output'];
};

/** What happens after a bad rating: call back, fix or explain, reply, close. */
export type RatingCase = {
  __typename?: 'RatingCase';
  /** Whether the reply came by the rectify deadline; null before the reply. */
  answeredOnTime: Maybe<Scalars['Boolean']['output']>;
  /** Staff only. */
  appeal: Maybe<RatingAppeal>;
  /** Call back within CALLBACK_WORKING_DAYS (default 1); null when the rater left no phone number (the written reply is due first). */
  callbackDeadline: Maybe<WorkingDayDeadline>;
  calledBackAt: Maybe<Scalars['String']['output']>;
  closedAt: Maybe<Scalars['String']['output']>;
  department: Scalars['String']['output'];
  /** An upheld appeal took the rating out of the figures. */
  excluded: Scalars['Boolean']['output'];
  followUp: Maybe<FollowUpRating>;
  /** The same id as its rating. */
  id: Scalars['ID']['output'];
  /** The work due now (call-back while OPEN, reply while CALLED_BACK) is past its deadline. */
  isOverdue: Scalars['Boolean']['output'];
  openedAt: Scalars['String']['output'];
  outcome: Maybe<ReplyOutcome>;
  rating: Rating;
  /** Fix and reply within RECTIFY_WORKING_DAYS (default 15). */
  rectifyDeadline: WorkingDayDeadline;
  repliedAt: Maybe<Scalars['String']['output']>;
  /** The reply the resident sees. */
  reply: Maybe<Scalars['String']['output']>;
  /** Closed with the resident's satisfaction (a follow-up rating of 基本满意 or better); never true otherwise. */
  resolved: Scalars['Boolean']['output'];
  status: RatingCaseStatus;
  /** Oldest first. Residents see neither staff names nor the appeal steps. */
  steps: Array<RatingCaseStep>;
  viewerCan: ViewerCan;
};

export type RatingCaseConnection = {
  __typename?: 'RatingCaseConnection';
  edges: Array<RatingCaseEdge>;
  pageInfo: PageInfo;
};

export type RatingCaseEdge = {
  __typename?: 'RatingCaseEdge';
  cursor: Scalars['String']['output'];
  node: RatingCase;
};

export type RatingCaseFilter = {
  /** Only cases with an appeal waiting for a decision, or with a decided one. */
  appeal?: InputMaybe<AppealState>;
  /** District admins: one department (default all); editors: their own. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** true: only cases whose call-back or reply is late; false: only those that are not. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: every case not yet closed. */
  status?: InputMaybe<RatingCaseStatus>;
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

/** One dated step of a case; steps are never changed or removed. */
export type RatingCaseStep = {
  __typename?: 'RatingCaseStep';
  /** ISO 8601 instant. */
  at: Scalars['String']['output'];
  /** Staff username, or `resident`; null in what residents see. */
  by: Maybe<Scalars['String']['output']>;
  /** The staff member's display name (their account's 姓名或称呼), for staff pages; null for the resident's steps and in what residents see. */
  byName: Maybe<Scalars['String']['output']>;
  kind: RatingCaseStepKind;
  level: Maybe<Satisfaction>;
  note: Maybe<Scalars['String']['output']>;
  outcome: Maybe<ReplyOutcome>;
};

export type RatingCaseStepKind =
  | 'APPEALED'
  | 'APPEAL_REJECTED'
  | 'APPEAL_UPHELD'
  | 'CALLED_BACK'
  | 'CLOSED'
  | 'FOLLOW_UP_RATED'
  | 'OPENED'
  | 'REPLIED';

export type RatingConnection = {
  __typename?: 'RatingConnection';
  edges: Array<RatingEdge>;
  pageInfo: PageInfo;
};

/**
 * Counts for a period. Ratings whose appeal was upheld are left out of every count but `excluded`.
 * satisfactionRate = (非常满意 + 满意 + 基本满意) / ratings; onTimeRate = bad ratings answered by their
 * rectify deadline / bad ratings; resolvedRate = cases closed with the resident's satisfaction / bad
 * ratings. Each bad rating counts in the month it was given, also when its reply came later.
 */
export type RatingCounts = {
  __typename?: 'RatingCounts';
  answered: Scalars['Int']['output'];
  answeredOnTime: Scalars['Int']['output'];
  badRatings: Scalars['Int']['output'];
  basicallySatisfied: Scalars['Int']['output'];
  dissatisfied: Scalars['Int']['output'];
  excluded: Scalars['Int']['output'];
  onTimeRate: Maybe<Scalars['Float']['output']>;
  ratings: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  resolvedRate: Maybe<Scalars['Float']['output']>;
  /** Null without ratings; 0..1. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  satisfied: Scalars['Int']['output'];
  veryDissatisfied: Scalars['Int']['output'];
  verySatisfied: Scalars['Int']['output'];
};

export type RatingEdge = {
  __typename?: 'RatingEdge';
  cursor: Scalars['String']['output'];
  node: Rating;
};

export type RatingFigures = {
  __typename?: 'RatingFigures';
  /** Per department (when neither a department nor a service is asked for). */
  byDepartment: Array<DepartmentRatingFigures>;
  /** Per service of the department asked for. */
  byService: Array<ServiceRatingFigures>;
  department: Maybe<Scalars['String']['output']>;
  /** First day of the first month counted. */
  from: Scalars['String']['output'];
  months: Array<Scalars['String']['output']>;
  serviceId: Maybe<Scalars['ID']['output']>;
  /** Last day of the last month counted. */
  to: Scalars['String']['output'];
  /** For the whole district, the department, or the service asked for. */
  total: RatingCounts;
};

/**
 * One rating. A resident gives one rating per matter (一事一评: per service and 办件号), or without a
 * 办件号 one per service per day (一次一评, Beijing time). Sending the same rating again (a double tap,
 * a retry) returns the stored one; a different one for the same matter or day is refused (CONFLICT).
 */
export type RatingInput = {
  /** In the resident's words, up to 500 characters; required when the reason is OTHER. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A mobile number for the call-back of a bad rating; the one the resident gave GovOpen when omitted. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  level: Satisfaction;
  /** 办件号 of the matter, when there is one. */
  matterNumber?: InputMaybe<Scalars['String']['input']>;
  /** Required for a bad rating unless `comment` says why; not for the others. */
  reasons?: InputMaybe<Array<RatingReason>>;
  /** 窗口号, one of the service's windows. */
  window?: InputMaybe<Scalars['String']['input']>;
};

export type RatingLevelOption = {
  __typename?: 'RatingLevelOption';
  /** 差评: needs a reason and opens a case. */
  bad: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  level: Satisfaction;
};

/** Where a resident rates a service: the mini-app page, the same page in a browser, and a printable QR code. */
export type RatingLink = {
  __typename?: 'RatingLink';
  /** What the printed code says underneath, e.g. 区民政局 · 低保申请 · 3号窗口. */
  caption: Scalars['String']['output'];
  /** The same page as H5, from PUBLIC_BASE_URL; the QR code encodes it (the mini-program can claim it as 扫普通链接二维码打开小程序). */
  h5Url: Scalars['String']['output'];
  /** Mini-app page path, e.g. pages/rating/rate/index?service=<id>&window=3. */
  miniProgramPath: Scalars['String']['output'];
  /** The same SVG as a data: URL, for <img src> and for downloading. */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The QR code as an SVG document with its caption underneath, ready to print at any size. */
  qrCodeSvg: Scalars['String']['output'];
  serviceId: Scalars['ID']['output'];
  window: Maybe<Scalars['String']['output']>;
};

/** What the rating page offers, with the Chinese labels. */
export type RatingOptions = {
  __typename?: 'RatingOptions';
  levels: Array<RatingLevelOption>;
  reasons: Array<RatingReasonOption>;
};

/** Why a rating is bad: 等候时间长, 态度不好, 办事不顺利/多次跑, 材料要求不清, 系统故障, 其他. */
export type RatingReason =
  | 'BAD_ATTITUDE'
  | 'LONG_WAIT'
  | 'MULTIPLE_TRIPS'
  | 'OTHER'
  | 'SYSTEM_FAILURE'
  | 'UNCLEAR_REQUIREMENTS';

export type RatingReasonOption = {
  __typename?: 'RatingReasonOption';
  label: Scalars['String']['output'];
  reason: RatingReason;
};

/** How far one publication reached: counts only, never who. */
export type Reach = {
  __typename?: 'Reach';
  /** Of those, residents who opened it, from 我的消息 or the message's link. */
  opened: Scalars['Int']['output'];
  /** Residents told (each once). */
  told: Scalars['Int']['output'];
};

/** What the 版头, a telegram's header or the 版记 say that a policy has no field for (签发人, 等级, 抄送 …). */
export type ReadNote = {
  __typename?: 'ReadNote';
  label: Scalars['String']['output'];
  line: Maybe<Scalars['Int']['output']>;
  value: Scalars['String']['output'];
};

/** Where a value the importer read came from, so staff can check it against the document. */
export type ReadSource = {
  __typename?: 'ReadSource';
  /** The policy field: title, documentNumber, indexNumber, issuer, writtenDate, publishedDate, validity, repealedDate, disclosure. */
  field: Scalars['String']['output'];
  /** The line of the document's text that says it; null when no one line does. */
  line: Maybe<Scalars['Int']['output']>;
  /** Where it was read, in words: 网页的信息公开表格, 版头, 文末署名 … */
  source: Scalars['String']['output'];
  /** The value as read. */
  value: Scalars['String']['output'];
};

/** A resident's sign-up for an open day. Residents see name and phone masked. */
export type Registration = {
  __typename?: 'Registration';
  /** Shown as a QR code at the door; only while the registration holds a seat. */
  checkInCode: Maybe<Scalars['String']['output']>;
  /** The check-in code as a QR code (SVG, black on white, the code alone); only while the registration holds a seat. */
  checkInQrSvg: Maybe<Scalars['String']['output']>;
  checkedInAt: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  event: Event;
  feedbackSubmitted: Scalars['Boolean']['output'];
  /** <eventId>.<residentId>: one per resident per event. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  questions: Maybe<Scalars['String']['output']>;
  status: RegistrationStatus;
  /** 1 for the first waiting; only while WAITLISTED. */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

/** Sign-up asks for little: who, how to reach them, and what they want to raise. */
export type RegistrationInput = {
  name: Scalars['String']['input'];
  /** A mainland mobile number. */
  phone: Scalars['String']['input'];
  questions?: InputMaybe<Scalars['String']['input']>;
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

/** The signed-in resident, as they see themself. */
export type Resident = {
  __typename?: 'Resident';
  id: Scalars['ID']['output'];
  /** When they first signed in (ISO 8601). */
  memberSince: Scalars['String']['output'];
  /** The mobile number they gave GovOpen, masked (138****1234). */
  phone: Maybe<Scalars['String']['output']>;
  /**
   * The same number in full, to fill in their own forms (open-day sign-up); null when none is kept.
   * Only ever the signed-in resident's own number, answered only to that resident: it is theirs, they
   * gave it (typed or from WeChat's phone-number button), and the same session could sign up with it.
   * Ask for it where a form needs it, not on screens that only show who is signed in.
   */
  phoneForForms: Maybe<Scalars['String']['output']>;
  /** Their ratings, newest first (the same as `myRatings`). */
  ratings: RatingConnection;
  /** Their open-day registrations, newest first (the same as `myRegistrations`). */
  registrations: Array<Registration>;
};


/** The signed-in resident, as they see themself. */
export type ResidentRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 满意度, one scale for ratings (好差评), project evaluations and open-day questionnaires: 非常满意, 满意, 基本满意, 不满意, 非常不满意. The bottom two are dissatisfied (a rating's 差评). */
export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED'
  | 'VERY_DISSATISFIED'
  | 'VERY_SATISFIED';

/** What the browser's poll finds; `session` once, on the first poll after the resident confirmed. */
export type ScanSignInPoll = {
  __typename?: 'ScanSignInPoll';
  session: Maybe<Session>;
  status: ScanSignInStatus;
};

/** A 扫码登录 request as the resident's phone shows it before they confirm: what is asking, and when. Never the secret. */
export type ScanSignInRequest = {
  __typename?: 'ScanSignInRequest';
  code: Scalars['String']['output'];
  expiresAt: Scalars['String']['output'];
  requestedAt: Scalars['String']['output'];
  /** In words the resident reads: 网页版 GovOpen 请求登录. */
  requester: Scalars['String']['output'];
  status: ScanSignInStatus;
};

/** A new 扫码登录 request, for the browser that asked only: `secret` never leaves it. */
export type ScanSignInStart = {
  __typename?: 'ScanSignInStart';
  /** 12 characters; the QR code holds `url`, which ends with it. */
  code: Scalars['String']['output'];
  /** Confirming stops then (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** `url` as a QR code (SVG, drawn on the server: the H5 bundle carries no QR library). */
  qrSvg: Scalars['String']['output'];
  /** Send it with every poll; whoever lacks it cannot collect the session. */
  secret: Scalars['String']['output'];
  /** https://HOST/d/<code>: WeChat's scan rule opens the mini-program's confirm page with it. */
  url: Scalars['String']['output'];
};

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

export type SearchGroup = {
  __typename?: 'SearchGroup';
  hits: Array<SearchHit>;
  kind: SearchKind;
  /** `endCursor` continues this kind's results (pass it as `after`). */
  pageInfo: PageInfo;
  /** How many results of this kind there are in all. */
  total: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The passage answers one of the interpretation's questions (问答). */
  answersQuestion: Scalars['Boolean']['output'];
  /** YYYY-MM-DD: published (a draft: put out for comment), or the day of the open day. */
  date: Maybe<Scalars['String']['output']>;
  /** The section's heading, or the question an answer answers. */
  heading: Maybe<HighlightedText>;
  /** The id of the policy, interpretation, draft for comment, open day, project or service. */
  id: Scalars['ID']['output'];
  kind: SearchKind;
  passage: HighlightedText;
  /** For an interpretation: the policy whose page shows it (for a policy: its own id). */
  policyId: Maybe<Scalars['ID']['output']>;
  /** A repealed policy (已废止), or an interpretation of one: shown only when asked for. */
  repealed: Scalars['Boolean']['output'];
  /** That section's address (`2-3-1`): the policy page opens there with `?section=`. */
  sectionId: Maybe<Scalars['ID']['output']>;
  /** The policy section the passage is in: its position in `Policy.sections`, so the page opens there. */
  sectionIndex: Maybe<Scalars['Int']['output']>;
  /** Who it is from: issuer and 文号, or the department. */
  subtitle: Maybe<Scalars['String']['output']>;
  title: HighlightedText;
};

/** What a search result is: a policy (down to its section), an interpretation (or one of its answers), a draft for comment (征求意见稿), an open day, a livelihood project, a rated service. */
export type SearchKind =
  | 'DRAFT'
  | 'EVENT'
  | 'INTERPRETATION'
  | 'POLICY'
  | 'PROJECT'
  | 'SERVICE';

export type SearchQueryCount = {
  __typename?: 'SearchQueryCount';
  /** Searches of it that found nothing. */
  empty: Scalars['Int']['output'];
  query: Scalars['String']['output'];
  searches: Scalars['Int']['output'];
};

export type SearchResults = {
  __typename?: 'SearchResults';
  /** An interpretation's answer to the question asked, shown before the results. */
  answer: Maybe<SearchHit>;
  /** Always given; shown when nothing fits, so a search is never a dead end. */
  consultation: HelpLine;
  /** One group per kind asked for, in a fixed order (policies, interpretations, drafts for comment, open days, projects, services). */
  groups: Array<SearchGroup>;
  /** No result held most of the words: what is shown holds some of them. */
  partial: Scalars['Boolean']['output'];
  query: Scalars['String']['output'];
  /** Words to try instead when nothing or only part was found: near words of the library, popular searches. */
  suggestions: Array<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
  /** The query as searched when it differs from what was typed (pinyin read, a slip of a character corrected). */
  understoodAs: Maybe<Scalars['String']['output']>;
};

/** What residents searched for in a month (Beijing time): counts only, never who. */
export type SearchStatistics = {
  __typename?: 'SearchStatistics';
  empty: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  /** The searches that found nothing, most frequent first, at most 20. */
  notFound: Array<SearchQueryCount>;
  searches: Scalars['Int']['output'];
  /** The most searched, at most 20. */
  top: Array<SearchQueryCount>;
};

/** A resident's word and the official terms it also stands for (看病 → 医疗, 就医). */
export type SearchSynonym = {
  __typename?: 'SearchSynonym';
  /** Closest first: each later one weighs a little less. */
  alternatives: Array<Scalars['String']['output']>;
  source: SynonymSource;
  term: Scalars['String']['output'];
  updatedAt: Maybe<Scalars['String']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
};

export type SearchSynonymInput = {
  alternatives: Array<Scalars['String']['input']>;
  term: Scalars['String']['input'];
};

/** 政府开放日: how the seats are given. */
export type SelectionMode =
  /** 公开抽签: applications until sign-up closes, then a reproducible draw chooses; the rest wait in draw order. */
  | 'DRAW'
  /** 先到先得: seats are confirmed in order of sign-up, then a waiting list. */
  | 'FIRST_COME';

/** The words the pre-publish check looks for; district admins keep the list. */
export type SensitiveWordList = {
  __typename?: 'SensitiveWordList';
  updatedAt: Maybe<Scalars['String']['output']>;
  /** Username of the district admin who saved it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Their display name, for staff pages. */
  updatedByName: Maybe<Scalars['String']['output']>;
  words: Array<Scalars['String']['output']>;
};

/** A service residents can rate (好差评), owned by one department. */
export type Service = {
  __typename?: 'Service';
  channel: ServiceChannel;
  /** True for the made-up demo services loaded into an empty store. */
  demo: Scalars['Boolean']['output'];
  department: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** 停用: residents can no longer rate it (rateService refuses); its ratings and figures stay. */
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The rating page for the service, or for one of its windows (BAD_USER_INPUT for a window it does not have). */
  ratingLink: RatingLink;
  /** One link for the service and one per window, for printing the QR codes. */
  ratingLinks: Array<RatingLink>;
  viewerCan: ViewerCan;
  /** 窗口号 of a WINDOW service (e.g. 3, A12); empty for the other channels. */
  windows: Array<Scalars['String']['output']>;
};


/** A service residents can rate (好差评), owned by one department. */
export type ServiceRatingLinkArgs = {
  window?: InputMaybe<Scalars['String']['input']>;
};

/** How a service is delivered: at a counter (窗口), online (网办), or by phone (热线). */
export type ServiceChannel =
  | 'HOTLINE'
  | 'ONLINE'
  | 'WINDOW';

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  pageInfo: PageInfo;
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceFilter = {
  channel?: InputMaybe<ServiceChannel>;
  department?: InputMaybe<Scalars['String']['input']>;
};

/** A service as staff describe it. Editors create services for their own department. */
export type ServiceInput = {
  channel: ServiceChannel;
  /** District admins only: the owning department (default: the district office). */
  department?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Required (at least one) for WINDOW services; not allowed for the others. */
  windows?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ServiceRatingFigures = {
  __typename?: 'ServiceRatingFigures';
  counts: RatingCounts;
  service: Service;
};

/** GovOpen's own sign-in: send `token` as `Authorization: Bearer <token>` until `expiresAt`. */
export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

/** What the sign-in screens may offer on this deployment (so a production H5 never shows a sign-in the API refuses). */
export type SignInOptions = {
  __typename?: 'SignInOptions';
  /** 测试登录 with `dev:<name>` codes: accepted outside production only. */
  developmentSignIn: Scalars['Boolean']['output'];
};

export type Staff = {
  __typename?: 'Staff';
  department: Scalars['String']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** When the account last signed in (ISO 8601); null when never. */
  lastSignedInAt: Maybe<Scalars['String']['output']>;
  /** With a temporary password (a new account, or after a reset): the staff member must choose their own before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  role: StaffRole;
  username: Scalars['ID']['output'];
  viewerCan: ViewerCan;
};

export type StaffRole =
  /** Acts only for their own department's policies, projects, events and services. */
  | 'DEPARTMENT_EDITOR'
  /** Acts for every department, manages staff accounts. */
  | 'DISTRICT_ADMIN';

/** A staff account and the temporary password just given to it, to be told to its owner in person or by phone. */
export type StaffWithTemporaryPassword = {
  __typename?: 'StaffWithTemporaryPassword';
  staff: Staff;
  /** Signs nobody in until its owner replaces it (staffLogin answers PASSWORD_CHANGE_REQUIRED; changeStaffPassword takes it). */
  temporaryPassword: Scalars['String']['output'];
};

/** What one may subscribe to. */
export type SubscriptionOptions = {
  __typename?: 'SubscriptionOptions';
  /** The district office first, then every department that has published what residents see (policies, open days, drafts for comment, livelihood projects). */
  departments: Array<Scalars['String']['output']>;
  groups: Array<Scalars['String']['output']>;
  topics: Array<Scalars['String']['output']>;
};

/** What a resident subscribed to (政策找人): they are told once of each matching publication. */
export type Subscriptions = {
  __typename?: 'Subscriptions';
  departments: Array<Scalars['String']['output']>;
  /** 适用对象 groups: 老年人, 残疾人, 退役军人, 新市民, 高校毕业生, 企业 … */
  groups: Array<Scalars['String']['output']>;
  topics: Array<Scalars['String']['output']>;
  /** Send it back with a change: a change made meanwhile elsewhere is not overwritten. */
  version: Scalars['Int']['output'];
};

export type SubscriptionsInput = {
  /** Of SubscriptionOptions.departments (a name written short is the one meant); any other is BAD_USER_INPUT. */
  departments: Array<Scalars['String']['input']>;
  groups: Array<Scalars['String']['input']>;
  topics: Array<Scalars['String']['input']>;
  /** The version read (0 before the first save). */
  version: Scalars['Int']['input'];
};

export type SynonymSource =
  /** Shipped with GovOpen. */
  | 'DEFAULT'
  /** Added or changed by staff. */
  | 'STAFF';

/** Where a match is in a text: `start` and `length` in UTF-16 code units (JavaScript string offsets). */
export type TextSpan = {
  __typename?: 'TextSpan';
  length: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** 效力状态: 有效 / 已修改 / 已废止. */
export type Validity =
  | 'AMENDED'
  | 'REPEALED'
  | 'VALID';

/** Where an open day takes place; coordinates in GCJ-02, as WeChat's map expects. */
export type Venue = {
  __typename?: 'Venue';
  address: Scalars['String']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type VenueInput = {
  address: Scalars['String']['input'];
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

/**
 * What the signed-in viewer may do with the object it is on, answered by the API's one rule table, so a
 * client offers only what will be allowed. Everything is false for residents and visitors, and for an
 * action the object does not have.
 */
export type ViewerCan = {
  __typename?: 'ViewerCan';
  /** A rating case: decide the department's appeal (one waiting, and not one's own). */
  decideAppeal: Scalars['Boolean']['output'];
  /** Change it. An open day: edit, publish, close, cancel, draw, check in, publish the summary; a project: child projects, milestones, delays, cancel; a proposal: answer; a rating case: call back, reply, close, appeal; a policy, a service, a staff account: edit (or disable). */
  manage: Scalars['Boolean']['output'];
  /** Read residents' personal data it holds in full (an open day's registration list, a rater's or proposer's mobile); every read is audited. */
  readPersonalData: Scalars['Boolean']['output'];
  /** A project: post progress updates and photos. */
  report: Scalars['Boolean']['output'];
};

/**
 * One figure of today's work on the 工作台, given by the feature that owns the work (好差评, 民生实事,
 * 开放日, 建议征集, 政策解读 …; each feature contributes its own figures, workbench-counts.ts).
 */
export type WorkCount = {
  __typename?: 'WorkCount';
  count: Scalars['Int']['output'];
  /** A line under the figure (本周 2 场，已报名 45 人，共 120 个名额); null when there is nothing to add. */
  detail: Maybe<Scalars['String']['output']>;
  /** Stable name of the figure: ratingCases, delayReasons, openDaysThisWeek, proposalsToAnswer, interpretationsDue … */
  key: Scalars['ID']['output'];
  /** What is counted, in a clerk's words: 差评待办理. */
  label: Scalars['String']['output'];
  /** How many of them are past their deadline; null where the work has no deadline, or where every one counted is past it (延期待说明). */
  overdue: Maybe<Scalars['Int']['output']>;
  /** The mini-app page that lists them, with its filter, e.g. /pages/rating/staff/index?show=overdue. */
  path: Scalars['String']['output'];
  /** What the figure counts in, after the number: 件, 条, 份, 场 … */
  unit: Scalars['String']['output'];
};

/** Today's work of one department, or of the whole district. */
export type Workbench = {
  __typename?: 'Workbench';
  counts: Array<WorkCount>;
  /** The department whose work is counted; null: every department (district admins). */
  department: Maybe<Scalars['String']['output']>;
  /** The departments a district admin may choose from; an editor's own department alone. */
  departments: Array<Scalars['String']['output']>;
  /** The Beijing date the figures are for (YYYY-MM-DD). */
  today: Scalars['String']['output'];
};

/** A deadline in working days (China's holiday and 调休 calendar). */
export type WorkingDayDeadline = {
  __typename?: 'WorkingDayDeadline';
  /** The last day allowed, YYYY-MM-DD, that day included: the work is overdue only once it has ended (Beijing time). */
  date: Scalars['String']['output'];
  /** 暂按周一至周五计算 when provisional. */
  note: Maybe<Scalars['String']['output']>;
  /** True when the deadline reaches a year whose official calendar is not known yet: counted Monday to Friday. */
  provisional: Scalars['Boolean']['output'];
};

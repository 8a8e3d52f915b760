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

/** 解读形式: 文字 / 问答 / 图解 / 视频. */
export type InterpretationKind =
  | 'GRAPHIC'
  | 'QA'
  | 'TEXT'
  | 'VIDEO';

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

/** 政府开放日: how the seats are given. */
export type SelectionMode =
  /** 公开抽签: applications until sign-up closes, then a reproducible draw chooses; the rest wait in draw order. */
  | 'DRAW'
  /** 先到先得: seats are confirmed in order of sign-up, then a waiting list. */
  | 'FIRST_COME';

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

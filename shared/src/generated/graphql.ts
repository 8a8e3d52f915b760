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

export type CreateStaffInput = {
  /** Required for DEPARTMENT_EDITOR; a DISTRICT_ADMIN belongs to the district office when omitted. */
  department?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  role: StaffRole;
  username: Scalars['String']['input'];
};

/** 公开方式: 主动公开 / 依申请公开 / 不予公开. Residents only ever see PROACTIVE policies. */
export type Disclosure =
  | 'NOT_DISCLOSED'
  | 'ON_REQUEST'
  | 'PROACTIVE';

/** How many items carry one value of a browsing facet (an issuer, a year, a topic …). */
export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
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
  title: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  addInterpretation: Interpretation;
  createStaff: Staff;
  disableStaff: Staff;
  /** Signs a resident in with the code from `wx.login` (outside production also `dev:<name>`). */
  login: Session;
  /** Publishes a new policy; refused when its text holds unmasked private data (the places are listed in `extensions.findings`). */
  publishPolicy: Policy;
  /** Marks a policy 已废止 from the given date (YYYY-MM-DD). */
  repealPolicy: Policy;
  staffLogin: Session;
  updatePolicy: Policy;
};


export type MutationAddInterpretationArgs = {
  input: InterpretationInput;
  policyId: Scalars['ID']['input'];
};


export type MutationCreateStaffArgs = {
  input: CreateStaffInput;
};


export type MutationDisableStaffArgs = {
  username: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  code: Scalars['String']['input'];
};


export type MutationPublishPolicyArgs = {
  input: PolicyInput;
};


export type MutationRepealPolicyArgs = {
  id: Scalars['ID']['input'];
  repealedDate: Scalars['String']['input'];
};


export type MutationStaffLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationUpdatePolicyArgs = {
  id: Scalars['ID']['input'];
  input: PolicyInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null when there is none. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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
  /** 政策解读, newest first. */
  interpretations: Array<Interpretation>;
  /** 发布机构. */
  issuer: Maybe<Scalars['String']['output']>;
  /** 发布日期 (YYYY-MM-DD). */
  publishedDate: Maybe<Scalars['String']['output']>;
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

/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type Query = {
  __typename?: 'Query';
  /** The signed-in resident; UNAUTHENTICATED when nobody is signed in. */
  me: Resident;
  /** Always true once the API answers; lets clients and monitors check they reach GovOpen. */
  ok: Scalars['Boolean']['output'];
  /** Policies, newest publishedDate first. `first` is 1..100 (default 20). */
  policies: PolicyConnection;
  policy: Maybe<Policy>;
  policyFacets: PolicyFacets;
  /** The signed-in staff member. */
  staffMe: Staff;
  /** Every staff account (district admins only). */
  staffMembers: Array<Staff>;
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

export type QuestionAnswer = {
  __typename?: 'QuestionAnswer';
  answer: Scalars['String']['output'];
  question: Scalars['String']['output'];
};

export type QuestionAnswerInput = {
  answer: Scalars['String']['input'];
  question: Scalars['String']['input'];
};

/** The signed-in resident, as they see themself. */
export type Resident = {
  __typename?: 'Resident';
  id: Scalars['ID']['output'];
  /** When they first signed in (ISO 8601). */
  memberSince: Scalars['String']['output'];
  /** The mobile number they gave GovOpen, masked (138****1234). */
  phone: Maybe<Scalars['String']['output']>;
};

/** GovOpen's own sign-in: send `token` as `Authorization: Bearer <token>` until `expiresAt`. */
export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

export type Staff = {
  __typename?: 'Staff';
  department: Scalars['String']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  role: StaffRole;
  username: Scalars['ID']['output'];
};

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

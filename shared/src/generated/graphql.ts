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

/** 解读形式: 文字 / 问答 / 图解 / 视频. */
export type InterpretationKind =
  | 'GRAPHIC'
  | 'QA'
  | 'TEXT'
  | 'VIDEO';

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

/**
 * The root types; each feature folder extends them with its own schema file.
 * Dates are strings `YYYY-MM-DD`; instants are ISO 8601 strings in UTC.
 */
export type Query = {
  __typename?: 'Query';
  /** Always true once the API answers; lets clients and monitors check they reach GovOpen. */
  ok: Scalars['Boolean']['output'];
  /** Policies, newest publishedDate first. `first` is 1..100 (default 20). */
  policies: PolicyConnection;
  policy: Maybe<Policy>;
  policyFacets: PolicyFacets;
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

/** 效力状态: 有效 / 已修改 / 已废止. */
export type Validity =
  | 'AMENDED'
  | 'REPEALED'
  | 'VALID';

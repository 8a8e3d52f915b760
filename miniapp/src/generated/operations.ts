/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** 效力状态: 有效 / 已修改 / 已废止. */
export type Validity =
  | 'AMENDED'
  | 'REPEALED'
  | 'VALID';

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
export const LoginDocument = "mutation Login($code: String!) {\n  login(code: $code) {\n    token\n    expiresAt\n  }\n}" as Operation<LoginMutation, LoginMutationVariables>;
export const MeDocument = "query Me {\n  me {\n    id\n    phone\n    memberSince\n  }\n}" as Operation<MeQuery, MeQueryVariables>;
export const PolicyListDocument = "query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n  policies(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PolicyCardFields\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyFacetsDocument = "query PolicyFacets {\n  policyFacets {\n    issuers {\n      value\n      count\n    }\n    years {\n      value\n      count\n    }\n    topics {\n      value\n      count\n    }\n  }\n}" as Operation<PolicyFacetsQuery, PolicyFacetsQueryVariables>;
export const PolicyDetailDocument = "query PolicyDetail($id: ID!) {\n  policy(id: $id) {\n    ...PolicyCardFields\n    indexNumber\n    topics\n    targetGroups\n    body\n    sections {\n      level\n      heading\n      text\n    }\n    tables {\n      title\n      columns\n      rows\n    }\n    interpretations {\n      id\n      kind\n      title\n      body\n      questions {\n        question\n        answer\n      }\n      mediaUrl\n      publishedDate\n      consultationPhone\n      officeHours\n    }\n  }\n}\nfragment PolicyCardFields on Policy {\n  id\n  title\n  documentNumber\n  issuer\n  publishedDate\n  writtenDate\n  validity\n  repealedDate\n}" as Operation<PolicyDetailQuery, PolicyDetailQueryVariables>;

import type * as Types from '@govopen/shared/src/generated/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { PolicyParent, StoredInterpretation } from '../policies/policy-model';
import { Resident, StaffMember } from '../identity/identity-store';
import { RequestContext } from '../core/context';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  CreateStaffInput: Types.CreateStaffInput;
  Disclosure: Types.Disclosure;
  FacetCount: ResolverTypeWrapper<Types.FacetCount>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  Interpretation: ResolverTypeWrapper<StoredInterpretation>;
  InterpretationInput: Types.InterpretationInput;
  InterpretationKind: Types.InterpretationKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Policy: ResolverTypeWrapper<PolicyParent>;
  PolicyConnection: ResolverTypeWrapper<Omit<Types.PolicyConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyEdge']> }>;
  PolicyEdge: ResolverTypeWrapper<Omit<Types.PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  PolicyFacets: ResolverTypeWrapper<Types.PolicyFacets>;
  PolicyFilter: Types.PolicyFilter;
  PolicyInput: Types.PolicyInput;
  PolicySection: ResolverTypeWrapper<Types.PolicySection>;
  PolicyTable: ResolverTypeWrapper<Types.PolicyTable>;
  PolicyTableInput: Types.PolicyTableInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionAnswer: ResolverTypeWrapper<Types.QuestionAnswer>;
  QuestionAnswerInput: Types.QuestionAnswerInput;
  Resident: ResolverTypeWrapper<Resident>;
  Session: ResolverTypeWrapper<Types.Session>;
  Staff: ResolverTypeWrapper<StaffMember>;
  StaffRole: Types.StaffRole;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  Validity: Types.Validity;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Types.Scalars['Boolean']['output'];
  CreateStaffInput: Types.CreateStaffInput;
  FacetCount: Types.FacetCount;
  ID: Types.Scalars['ID']['output'];
  Int: Types.Scalars['Int']['output'];
  Interpretation: StoredInterpretation;
  InterpretationInput: Types.InterpretationInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Types.PageInfo;
  Policy: PolicyParent;
  PolicyConnection: Omit<Types.PolicyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyEdge']> };
  PolicyEdge: Omit<Types.PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  PolicyFacets: Types.PolicyFacets;
  PolicyFilter: Types.PolicyFilter;
  PolicyInput: Types.PolicyInput;
  PolicySection: Types.PolicySection;
  PolicyTable: Types.PolicyTable;
  PolicyTableInput: Types.PolicyTableInput;
  Query: Record<PropertyKey, never>;
  QuestionAnswer: Types.QuestionAnswer;
  QuestionAnswerInput: Types.QuestionAnswerInput;
  Resident: Resident;
  Session: Types.Session;
  Staff: StaffMember;
  String: Types.Scalars['String']['output'];
};

export type FacetCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InterpretationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Interpretation'] = ResolversParentTypes['Interpretation']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultationPhone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterpretationKind'], ParentType, ContextType>;
  mediaUrl?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officeHours?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuestionAnswer']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addInterpretation?: Resolver<ResolversTypes['Interpretation'], ParentType, ContextType, RequireFields<Types.MutationAddInterpretationArgs, 'input' | 'policyId'>>;
  createStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<Types.MutationCreateStaffArgs, 'input'>>;
  disableStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<Types.MutationDisableStaffArgs, 'username'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<Types.MutationLoginArgs, 'code'>>;
  publishPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<Types.MutationPublishPolicyArgs, 'input'>>;
  repealPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<Types.MutationRepealPolicyArgs, 'id' | 'repealedDate'>>;
  staffLogin?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<Types.MutationStaffLoginArgs, 'password' | 'username'>>;
  updatePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<Types.MutationUpdatePolicyArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
  documentNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretations?: Resolver<Array<ResolversTypes['Interpretation']>, ParentType, ContextType>;
  issuer?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repealedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['PolicySection']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['PolicyTable']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
  writtenDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PolicyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PolicyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type PolicyFacetsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyFacets'] = ResolversParentTypes['PolicyFacets']> = {
  issuers?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type PolicySectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicySection'] = ResolversParentTypes['PolicySection']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyTableResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyTable'] = ResolversParentTypes['PolicyTable']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<ResolversTypes['Resident'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policies?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType, Partial<Types.QueryPoliciesArgs>>;
  policy?: Resolver<Types.Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<Types.QueryPolicyArgs, 'id'>>;
  policyFacets?: Resolver<ResolversTypes['PolicyFacets'], ParentType, ContextType>;
  staffMe?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  staffMembers?: Resolver<Array<ResolversTypes['Staff']>, ParentType, ContextType>;
};

export type QuestionAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuestionAnswer'] = ResolversParentTypes['QuestionAnswer']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResidentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Resident'] = ResolversParentTypes['Resident']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberSince?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  FacetCount?: FacetCountResolvers<ContextType>;
  Interpretation?: InterpretationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyFacets?: PolicyFacetsResolvers<ContextType>;
  PolicySection?: PolicySectionResolvers<ContextType>;
  PolicyTable?: PolicyTableResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionAnswer?: QuestionAnswerResolvers<ContextType>;
  Resident?: ResidentResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
};


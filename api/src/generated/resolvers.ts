import type * as Types from '@govopen/shared/src/generated/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { PolicyParent, InterpretationParent } from '../policies/policy-model';
import { ResidentParent, StaffParent } from '../identity/identity-resolvers';
import { ProjectParent, ProjectMilestoneParent, ProjectBudgetParent, ProjectUpdateParent, ProjectEvaluationParent, ProjectProposalParent } from '../projects/project-model';
import { ServiceParent, RatingParent, RatingCaseParent, RatingCaseStepParent, RatingAppealParent, AppealDecisionParent } from '../ratings/rating-model';
import { SensitiveWordListParent } from '../policies/publishing-settings';
import { EventParent, RegistrationParent } from '../events/event-model';
import { ConsultationParent, FrequentQuestionParent } from '../consultations/consultation-model';
import { InformationRequestParent } from '../information-requests/request-model';
import { DraftParent, DraftCommentParent, DraftFeedbackParent, DraftFeedbackGroupParent } from '../drafts/draft-model';
import { RequestContext } from '../app';
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
  AdoptionItem: ResolverTypeWrapper<Types.AdoptionItem>;
  AdoptionItemInput: Types.AdoptionItemInput;
  AdoptionOutcome: Types.AdoptionOutcome;
  AgendaItem: ResolverTypeWrapper<Types.AgendaItem>;
  AgendaItemInput: Types.AgendaItemInput;
  AppealDecision: ResolverTypeWrapper<AppealDecisionParent>;
  AppealState: Types.AppealState;
  ApplicantKind: Types.ApplicantKind;
  AskQuestionInput: Types.AskQuestionInput;
  Attendance: ResolverTypeWrapper<Types.Attendance>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  CheckInResult: ResolverTypeWrapper<Omit<Types.CheckInResult, 'registration'> & { registration: ResolversTypes['Registration'] }>;
  CommentOnDraftInput: Types.CommentOnDraftInput;
  Consultation: ResolverTypeWrapper<ConsultationParent>;
  ConsultationAnswer: ResolverTypeWrapper<Types.ConsultationAnswer>;
  ConsultationConnection: ResolverTypeWrapper<Omit<Types.ConsultationConnection, 'edges'> & { edges: Array<ResolversTypes['ConsultationEdge']> }>;
  ConsultationEdge: ResolverTypeWrapper<Omit<Types.ConsultationEdge, 'node'> & { node: ResolversTypes['Consultation'] }>;
  ConsultationQueueFilter: Types.ConsultationQueueFilter;
  ConsultationRating: ResolverTypeWrapper<Types.ConsultationRating>;
  ConsultationStage: Types.ConsultationStage;
  ConsultationStatus: Types.ConsultationStatus;
  ConsultationStep: ResolverTypeWrapper<Types.ConsultationStep>;
  ConsultationStepKind: Types.ConsultationStepKind;
  CreateStaffInput: Types.CreateStaffInput;
  DeliveryMethod: Types.DeliveryMethod;
  DepartmentIssuers: ResolverTypeWrapper<Types.DepartmentIssuers>;
  DepartmentRatingFigures: ResolverTypeWrapper<Types.DepartmentRatingFigures>;
  Disclosure: Types.Disclosure;
  DocumentReading: ResolverTypeWrapper<Types.DocumentReading>;
  DocumentUpload: Types.DocumentUpload;
  Draft: ResolverTypeWrapper<DraftParent>;
  DraftComment: ResolverTypeWrapper<DraftCommentParent>;
  DraftCommentConnection: ResolverTypeWrapper<Omit<Types.DraftCommentConnection, 'edges'> & { edges: Array<ResolversTypes['DraftCommentEdge']> }>;
  DraftCommentEdge: ResolverTypeWrapper<Omit<Types.DraftCommentEdge, 'node'> & { node: ResolversTypes['DraftComment'] }>;
  DraftCommentFlag: ResolverTypeWrapper<Types.DraftCommentFlag>;
  DraftCommentFlagKind: Types.DraftCommentFlagKind;
  DraftCommentState: Types.DraftCommentState;
  DraftConnection: ResolverTypeWrapper<Omit<Types.DraftConnection, 'edges'> & { edges: Array<ResolversTypes['DraftEdge']> }>;
  DraftEdge: ResolverTypeWrapper<Omit<Types.DraftEdge, 'node'> & { node: ResolversTypes['Draft'] }>;
  DraftFeedback: ResolverTypeWrapper<DraftFeedbackParent>;
  DraftFeedbackGroup: ResolverTypeWrapper<DraftFeedbackGroupParent>;
  DraftFeedbackGroupInput: Types.DraftFeedbackGroupInput;
  DraftSection: ResolverTypeWrapper<Types.DraftSection>;
  DraftSectionInput: Types.DraftSectionInput;
  DraftStatus: Types.DraftStatus;
  Event: ResolverTypeWrapper<EventParent>;
  EventConnection: ResolverTypeWrapper<Omit<Types.EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventDraw: ResolverTypeWrapper<Types.EventDraw>;
  EventEdge: ResolverTypeWrapper<Omit<Types.EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFeedback: ResolverTypeWrapper<Types.EventFeedback>;
  EventFeedbackInput: Types.EventFeedbackInput;
  EventFeedbackReport: ResolverTypeWrapper<Types.EventFeedbackReport>;
  EventFilter: Types.EventFilter;
  EventInput: Types.EventInput;
  EventStatus: Types.EventStatus;
  EventSummary: ResolverTypeWrapper<Types.EventSummary>;
  EventSummaryInput: Types.EventSummaryInput;
  FacetCount: ResolverTypeWrapper<Types.FacetCount>;
  FamilyActivity: ResolverTypeWrapper<Types.FamilyActivity>;
  FamilyActivityKind: Types.FamilyActivityKind;
  FamilyLink: ResolverTypeWrapper<Types.FamilyLink>;
  FamilyLinkState: Types.FamilyLinkState;
  FamilyRole: Types.FamilyRole;
  FamilySignUp: ResolverTypeWrapper<Types.FamilySignUp>;
  FamilySignUpInput: Types.FamilySignUpInput;
  FeeMethod: Types.FeeMethod;
  FeeSettlement: Types.FeeSettlement;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  FollowUpRating: ResolverTypeWrapper<Types.FollowUpRating>;
  FollowUpRatingInput: Types.FollowUpRatingInput;
  FrequentQuestion: ResolverTypeWrapper<FrequentQuestionParent>;
  FrequentQuestionConnection: ResolverTypeWrapper<Omit<Types.FrequentQuestionConnection, 'edges'> & { edges: Array<ResolversTypes['FrequentQuestionEdge']> }>;
  FrequentQuestionEdge: ResolverTypeWrapper<Omit<Types.FrequentQuestionEdge, 'node'> & { node: ResolversTypes['FrequentQuestion'] }>;
  HelpLine: ResolverTypeWrapper<Types.HelpLine>;
  HighlightedText: ResolverTypeWrapper<Types.HighlightedText>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  InboxMessage: ResolverTypeWrapper<Types.InboxMessage>;
  InboxMessageConnection: ResolverTypeWrapper<Types.InboxMessageConnection>;
  InboxMessageEdge: ResolverTypeWrapper<Types.InboxMessageEdge>;
  InformationAnnualReport: ResolverTypeWrapper<Types.InformationAnnualReport>;
  InformationFee: ResolverTypeWrapper<Types.InformationFee>;
  InformationForm: Types.InformationForm;
  InformationNotice: ResolverTypeWrapper<Types.InformationNotice>;
  InformationReplyInput: Types.InformationReplyInput;
  InformationReplyKind: Types.InformationReplyKind;
  InformationReportRow: ResolverTypeWrapper<Types.InformationReportRow>;
  InformationRequest: ResolverTypeWrapper<InformationRequestParent>;
  InformationRequestConnection: ResolverTypeWrapper<Omit<Types.InformationRequestConnection, 'edges'> & { edges: Array<ResolversTypes['InformationRequestEdge']> }>;
  InformationRequestEdge: ResolverTypeWrapper<Omit<Types.InformationRequestEdge, 'node'> & { node: ResolversTypes['InformationRequest'] }>;
  InformationRequestInput: Types.InformationRequestInput;
  InformationRequestStage: Types.InformationRequestStage;
  InformationRequestStatus: Types.InformationRequestStatus;
  InformationRequestStep: ResolverTypeWrapper<Types.InformationRequestStep>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  Interpretation: ResolverTypeWrapper<InterpretationParent>;
  InterpretationDue: ResolverTypeWrapper<Types.InterpretationDue>;
  InterpretationInput: Types.InterpretationInput;
  InterpretationKind: Types.InterpretationKind;
  MilestoneCorrectionInput: Types.MilestoneCorrectionInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<Types.Official>;
  OfficialInput: Types.OfficialInput;
  OrganisationKind: Types.OrganisationKind;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  PeriodInput: Types.PeriodInput;
  Photo: ResolverTypeWrapper<Types.Photo>;
  PhotoUpload: ResolverTypeWrapper<Types.PhotoUpload>;
  PhotoUploadHeader: ResolverTypeWrapper<Types.PhotoUploadHeader>;
  Policy: ResolverTypeWrapper<PolicyParent>;
  PolicyConnection: ResolverTypeWrapper<Omit<Types.PolicyConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyEdge']> }>;
  PolicyEdge: ResolverTypeWrapper<Omit<Types.PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  PolicyFacets: ResolverTypeWrapper<Types.PolicyFacets>;
  PolicyFilter: Types.PolicyFilter;
  PolicyInput: Types.PolicyInput;
  PolicySection: ResolverTypeWrapper<Types.PolicySection>;
  PolicyTable: ResolverTypeWrapper<Types.PolicyTable>;
  PolicyTableInput: Types.PolicyTableInput;
  Project: ResolverTypeWrapper<ProjectParent>;
  ProjectBudget: ResolverTypeWrapper<ProjectBudgetParent>;
  ProjectChangesInput: Types.ProjectChangesInput;
  ProjectConnection: ResolverTypeWrapper<Omit<Types.ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<Types.ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectEvaluation: ResolverTypeWrapper<ProjectEvaluationParent>;
  ProjectEvaluationInput: Types.ProjectEvaluationInput;
  ProjectEvaluationLevelCount: ResolverTypeWrapper<Types.ProjectEvaluationLevelCount>;
  ProjectEvaluationSummary: ResolverTypeWrapper<Types.ProjectEvaluationSummary>;
  ProjectFigure: ResolverTypeWrapper<Types.ProjectFigure>;
  ProjectFigureInput: Types.ProjectFigureInput;
  ProjectFilter: Types.ProjectFilter;
  ProjectInput: Types.ProjectInput;
  ProjectList: ResolverTypeWrapper<Omit<Types.ProjectList, 'budget' | 'projects'> & { budget: ResolversTypes['ProjectBudget'], projects: Array<ResolversTypes['Project']> }>;
  ProjectMilestone: ResolverTypeWrapper<ProjectMilestoneParent>;
  ProjectMilestoneInput: Types.ProjectMilestoneInput;
  ProjectProgressBasis: Types.ProjectProgressBasis;
  ProjectProposal: ResolverTypeWrapper<ProjectProposalParent>;
  ProjectProposalAnswerInput: Types.ProjectProposalAnswerInput;
  ProjectProposalConnection: ResolverTypeWrapper<Omit<Types.ProjectProposalConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectProposalEdge']> }>;
  ProjectProposalEdge: ResolverTypeWrapper<Omit<Types.ProjectProposalEdge, 'node'> & { node: ResolversTypes['ProjectProposal'] }>;
  ProjectProposalInput: Types.ProjectProposalInput;
  ProjectProposalStatus: Types.ProjectProposalStatus;
  ProjectStatus: Types.ProjectStatus;
  ProjectStatusCount: ResolverTypeWrapper<Types.ProjectStatusCount>;
  ProjectTarget: ResolverTypeWrapper<Types.ProjectTarget>;
  ProjectTargetInput: Types.ProjectTargetInput;
  ProjectUpdate: ResolverTypeWrapper<ProjectUpdateParent>;
  ProjectUpdateConnection: ResolverTypeWrapper<Omit<Types.ProjectUpdateConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectUpdateEdge']> }>;
  ProjectUpdateEdge: ResolverTypeWrapper<Omit<Types.ProjectUpdateEdge, 'node'> & { node: ResolversTypes['ProjectUpdate'] }>;
  ProjectUpdateInput: Types.ProjectUpdateInput;
  ProjectUpdateKind: Types.ProjectUpdateKind;
  PublishCheckKind: Types.PublishCheckKind;
  PublishChecks: ResolverTypeWrapper<Types.PublishChecks>;
  PublishDraftFeedbackInput: Types.PublishDraftFeedbackInput;
  PublishDraftInput: Types.PublishDraftInput;
  PublishFinding: ResolverTypeWrapper<Types.PublishFinding>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionAnswer: ResolverTypeWrapper<Types.QuestionAnswer>;
  QuestionAnswerInput: Types.QuestionAnswerInput;
  Rater: ResolverTypeWrapper<Types.Rater>;
  Rating: ResolverTypeWrapper<RatingParent>;
  RatingAppeal: ResolverTypeWrapper<RatingAppealParent>;
  RatingCase: ResolverTypeWrapper<RatingCaseParent>;
  RatingCaseConnection: ResolverTypeWrapper<Omit<Types.RatingCaseConnection, 'edges'> & { edges: Array<ResolversTypes['RatingCaseEdge']> }>;
  RatingCaseEdge: ResolverTypeWrapper<Omit<Types.RatingCaseEdge, 'node'> & { node: ResolversTypes['RatingCase'] }>;
  RatingCaseFilter: Types.RatingCaseFilter;
  RatingCaseStatus: Types.RatingCaseStatus;
  RatingCaseStep: ResolverTypeWrapper<RatingCaseStepParent>;
  RatingCaseStepKind: Types.RatingCaseStepKind;
  RatingConnection: ResolverTypeWrapper<Omit<Types.RatingConnection, 'edges'> & { edges: Array<ResolversTypes['RatingEdge']> }>;
  RatingCounts: ResolverTypeWrapper<Types.RatingCounts>;
  RatingEdge: ResolverTypeWrapper<Omit<Types.RatingEdge, 'node'> & { node: ResolversTypes['Rating'] }>;
  RatingFigures: ResolverTypeWrapper<Omit<Types.RatingFigures, 'byService'> & { byService: Array<ResolversTypes['ServiceRatingFigures']> }>;
  RatingInput: Types.RatingInput;
  RatingLevelOption: ResolverTypeWrapper<Types.RatingLevelOption>;
  RatingLink: ResolverTypeWrapper<Types.RatingLink>;
  RatingOptions: ResolverTypeWrapper<Types.RatingOptions>;
  RatingReason: Types.RatingReason;
  RatingReasonOption: ResolverTypeWrapper<Types.RatingReasonOption>;
  Reach: ResolverTypeWrapper<Types.Reach>;
  ReadNote: ResolverTypeWrapper<Types.ReadNote>;
  ReadSource: ResolverTypeWrapper<Types.ReadSource>;
  Registration: ResolverTypeWrapper<RegistrationParent>;
  RegistrationInput: Types.RegistrationInput;
  RegistrationStatus: Types.RegistrationStatus;
  ReplyOutcome: Types.ReplyOutcome;
  Resident: ResolverTypeWrapper<ResidentParent>;
  Satisfaction: Types.Satisfaction;
  ScanSignInPoll: ResolverTypeWrapper<Types.ScanSignInPoll>;
  ScanSignInRequest: ResolverTypeWrapper<Types.ScanSignInRequest>;
  ScanSignInStart: ResolverTypeWrapper<Types.ScanSignInStart>;
  ScanSignInStatus: Types.ScanSignInStatus;
  SearchGroup: ResolverTypeWrapper<Types.SearchGroup>;
  SearchHit: ResolverTypeWrapper<Types.SearchHit>;
  SearchKind: Types.SearchKind;
  SearchQueryCount: ResolverTypeWrapper<Types.SearchQueryCount>;
  SearchResults: ResolverTypeWrapper<Types.SearchResults>;
  SearchStatistics: ResolverTypeWrapper<Types.SearchStatistics>;
  SearchSynonym: ResolverTypeWrapper<Types.SearchSynonym>;
  SearchSynonymInput: Types.SearchSynonymInput;
  SelectionMode: Types.SelectionMode;
  SensitiveWordList: ResolverTypeWrapper<SensitiveWordListParent>;
  Service: ResolverTypeWrapper<ServiceParent>;
  ServiceChannel: Types.ServiceChannel;
  ServiceConnection: ResolverTypeWrapper<Omit<Types.ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<Types.ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: Types.ServiceFilter;
  ServiceInput: Types.ServiceInput;
  ServiceRatingFigures: ResolverTypeWrapper<Omit<Types.ServiceRatingFigures, 'service'> & { service: ResolversTypes['Service'] }>;
  Session: ResolverTypeWrapper<Types.Session>;
  SignInOptions: ResolverTypeWrapper<Types.SignInOptions>;
  Staff: ResolverTypeWrapper<StaffParent>;
  StaffRole: Types.StaffRole;
  StaffWithTemporaryPassword: ResolverTypeWrapper<Omit<Types.StaffWithTemporaryPassword, 'staff'> & { staff: ResolversTypes['Staff'] }>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  SubscriptionOptions: ResolverTypeWrapper<Types.SubscriptionOptions>;
  Subscriptions: ResolverTypeWrapper<Types.Subscriptions>;
  SubscriptionsInput: Types.SubscriptionsInput;
  SynonymSource: Types.SynonymSource;
  TextSpan: ResolverTypeWrapper<Types.TextSpan>;
  Validity: Types.Validity;
  Venue: ResolverTypeWrapper<Types.Venue>;
  VenueInput: Types.VenueInput;
  ViewerCan: ResolverTypeWrapper<Types.ViewerCan>;
  WorkCount: ResolverTypeWrapper<Types.WorkCount>;
  Workbench: ResolverTypeWrapper<Types.Workbench>;
  WorkingDayDeadline: ResolverTypeWrapper<Types.WorkingDayDeadline>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdoptionItem: Types.AdoptionItem;
  AdoptionItemInput: Types.AdoptionItemInput;
  AgendaItem: Types.AgendaItem;
  AgendaItemInput: Types.AgendaItemInput;
  AppealDecision: AppealDecisionParent;
  AskQuestionInput: Types.AskQuestionInput;
  Attendance: Types.Attendance;
  Boolean: Types.Scalars['Boolean']['output'];
  CheckInResult: Omit<Types.CheckInResult, 'registration'> & { registration: ResolversParentTypes['Registration'] };
  CommentOnDraftInput: Types.CommentOnDraftInput;
  Consultation: ConsultationParent;
  ConsultationAnswer: Types.ConsultationAnswer;
  ConsultationConnection: Omit<Types.ConsultationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsultationEdge']> };
  ConsultationEdge: Omit<Types.ConsultationEdge, 'node'> & { node: ResolversParentTypes['Consultation'] };
  ConsultationQueueFilter: Types.ConsultationQueueFilter;
  ConsultationRating: Types.ConsultationRating;
  ConsultationStep: Types.ConsultationStep;
  CreateStaffInput: Types.CreateStaffInput;
  DepartmentIssuers: Types.DepartmentIssuers;
  DepartmentRatingFigures: Types.DepartmentRatingFigures;
  DocumentReading: Types.DocumentReading;
  DocumentUpload: Types.DocumentUpload;
  Draft: DraftParent;
  DraftComment: DraftCommentParent;
  DraftCommentConnection: Omit<Types.DraftCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DraftCommentEdge']> };
  DraftCommentEdge: Omit<Types.DraftCommentEdge, 'node'> & { node: ResolversParentTypes['DraftComment'] };
  DraftCommentFlag: Types.DraftCommentFlag;
  DraftConnection: Omit<Types.DraftConnection, 'edges'> & { edges: Array<ResolversParentTypes['DraftEdge']> };
  DraftEdge: Omit<Types.DraftEdge, 'node'> & { node: ResolversParentTypes['Draft'] };
  DraftFeedback: DraftFeedbackParent;
  DraftFeedbackGroup: DraftFeedbackGroupParent;
  DraftFeedbackGroupInput: Types.DraftFeedbackGroupInput;
  DraftSection: Types.DraftSection;
  DraftSectionInput: Types.DraftSectionInput;
  Event: EventParent;
  EventConnection: Omit<Types.EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventDraw: Types.EventDraw;
  EventEdge: Omit<Types.EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFeedback: Types.EventFeedback;
  EventFeedbackInput: Types.EventFeedbackInput;
  EventFeedbackReport: Types.EventFeedbackReport;
  EventFilter: Types.EventFilter;
  EventInput: Types.EventInput;
  EventSummary: Types.EventSummary;
  EventSummaryInput: Types.EventSummaryInput;
  FacetCount: Types.FacetCount;
  FamilyActivity: Types.FamilyActivity;
  FamilyLink: Types.FamilyLink;
  FamilySignUp: Types.FamilySignUp;
  FamilySignUpInput: Types.FamilySignUpInput;
  Float: Types.Scalars['Float']['output'];
  FollowUpRating: Types.FollowUpRating;
  FollowUpRatingInput: Types.FollowUpRatingInput;
  FrequentQuestion: FrequentQuestionParent;
  FrequentQuestionConnection: Omit<Types.FrequentQuestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['FrequentQuestionEdge']> };
  FrequentQuestionEdge: Omit<Types.FrequentQuestionEdge, 'node'> & { node: ResolversParentTypes['FrequentQuestion'] };
  HelpLine: Types.HelpLine;
  HighlightedText: Types.HighlightedText;
  ID: Types.Scalars['ID']['output'];
  InboxMessage: Types.InboxMessage;
  InboxMessageConnection: Types.InboxMessageConnection;
  InboxMessageEdge: Types.InboxMessageEdge;
  InformationAnnualReport: Types.InformationAnnualReport;
  InformationFee: Types.InformationFee;
  InformationNotice: Types.InformationNotice;
  InformationReplyInput: Types.InformationReplyInput;
  InformationReportRow: Types.InformationReportRow;
  InformationRequest: InformationRequestParent;
  InformationRequestConnection: Omit<Types.InformationRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['InformationRequestEdge']> };
  InformationRequestEdge: Omit<Types.InformationRequestEdge, 'node'> & { node: ResolversParentTypes['InformationRequest'] };
  InformationRequestInput: Types.InformationRequestInput;
  InformationRequestStep: Types.InformationRequestStep;
  Int: Types.Scalars['Int']['output'];
  Interpretation: InterpretationParent;
  InterpretationDue: Types.InterpretationDue;
  InterpretationInput: Types.InterpretationInput;
  MilestoneCorrectionInput: Types.MilestoneCorrectionInput;
  Mutation: Record<PropertyKey, never>;
  Official: Types.Official;
  OfficialInput: Types.OfficialInput;
  PageInfo: Types.PageInfo;
  PeriodInput: Types.PeriodInput;
  Photo: Types.Photo;
  PhotoUpload: Types.PhotoUpload;
  PhotoUploadHeader: Types.PhotoUploadHeader;
  Policy: PolicyParent;
  PolicyConnection: Omit<Types.PolicyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyEdge']> };
  PolicyEdge: Omit<Types.PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  PolicyFacets: Types.PolicyFacets;
  PolicyFilter: Types.PolicyFilter;
  PolicyInput: Types.PolicyInput;
  PolicySection: Types.PolicySection;
  PolicyTable: Types.PolicyTable;
  PolicyTableInput: Types.PolicyTableInput;
  Project: ProjectParent;
  ProjectBudget: ProjectBudgetParent;
  ProjectChangesInput: Types.ProjectChangesInput;
  ProjectConnection: Omit<Types.ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<Types.ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectEvaluation: ProjectEvaluationParent;
  ProjectEvaluationInput: Types.ProjectEvaluationInput;
  ProjectEvaluationLevelCount: Types.ProjectEvaluationLevelCount;
  ProjectEvaluationSummary: Types.ProjectEvaluationSummary;
  ProjectFigure: Types.ProjectFigure;
  ProjectFigureInput: Types.ProjectFigureInput;
  ProjectFilter: Types.ProjectFilter;
  ProjectInput: Types.ProjectInput;
  ProjectList: Omit<Types.ProjectList, 'budget' | 'projects'> & { budget: ResolversParentTypes['ProjectBudget'], projects: Array<ResolversParentTypes['Project']> };
  ProjectMilestone: ProjectMilestoneParent;
  ProjectMilestoneInput: Types.ProjectMilestoneInput;
  ProjectProposal: ProjectProposalParent;
  ProjectProposalAnswerInput: Types.ProjectProposalAnswerInput;
  ProjectProposalConnection: Omit<Types.ProjectProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectProposalEdge']> };
  ProjectProposalEdge: Omit<Types.ProjectProposalEdge, 'node'> & { node: ResolversParentTypes['ProjectProposal'] };
  ProjectProposalInput: Types.ProjectProposalInput;
  ProjectStatusCount: Types.ProjectStatusCount;
  ProjectTarget: Types.ProjectTarget;
  ProjectTargetInput: Types.ProjectTargetInput;
  ProjectUpdate: ProjectUpdateParent;
  ProjectUpdateConnection: Omit<Types.ProjectUpdateConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectUpdateEdge']> };
  ProjectUpdateEdge: Omit<Types.ProjectUpdateEdge, 'node'> & { node: ResolversParentTypes['ProjectUpdate'] };
  ProjectUpdateInput: Types.ProjectUpdateInput;
  PublishChecks: Types.PublishChecks;
  PublishDraftFeedbackInput: Types.PublishDraftFeedbackInput;
  PublishDraftInput: Types.PublishDraftInput;
  PublishFinding: Types.PublishFinding;
  Query: Record<PropertyKey, never>;
  QuestionAnswer: Types.QuestionAnswer;
  QuestionAnswerInput: Types.QuestionAnswerInput;
  Rater: Types.Rater;
  Rating: RatingParent;
  RatingAppeal: RatingAppealParent;
  RatingCase: RatingCaseParent;
  RatingCaseConnection: Omit<Types.RatingCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['RatingCaseEdge']> };
  RatingCaseEdge: Omit<Types.RatingCaseEdge, 'node'> & { node: ResolversParentTypes['RatingCase'] };
  RatingCaseFilter: Types.RatingCaseFilter;
  RatingCaseStep: RatingCaseStepParent;
  RatingConnection: Omit<Types.RatingConnection, 'edges'> & { edges: Array<ResolversParentTypes['RatingEdge']> };
  RatingCounts: Types.RatingCounts;
  RatingEdge: Omit<Types.RatingEdge, 'node'> & { node: ResolversParentTypes['Rating'] };
  RatingFigures: Omit<Types.RatingFigures, 'byService'> & { byService: Array<ResolversParentTypes['ServiceRatingFigures']> };
  RatingInput: Types.RatingInput;
  RatingLevelOption: Types.RatingLevelOption;
  RatingLink: Types.RatingLink;
  RatingOptions: Types.RatingOptions;
  RatingReasonOption: Types.RatingReasonOption;
  Reach: Types.Reach;
  ReadNote: Types.ReadNote;
  ReadSource: Types.ReadSource;
  Registration: RegistrationParent;
  RegistrationInput: Types.RegistrationInput;
  Resident: ResidentParent;
  ScanSignInPoll: Types.ScanSignInPoll;
  ScanSignInRequest: Types.ScanSignInRequest;
  ScanSignInStart: Types.ScanSignInStart;
  SearchGroup: Types.SearchGroup;
  SearchHit: Types.SearchHit;
  SearchQueryCount: Types.SearchQueryCount;
  SearchResults: Types.SearchResults;
  SearchStatistics: Types.SearchStatistics;
  SearchSynonym: Types.SearchSynonym;
  SearchSynonymInput: Types.SearchSynonymInput;
  SensitiveWordList: SensitiveWordListParent;
  Service: ServiceParent;
  ServiceConnection: Omit<Types.ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<Types.ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: Types.ServiceFilter;
  ServiceInput: Types.ServiceInput;
  ServiceRatingFigures: Omit<Types.ServiceRatingFigures, 'service'> & { service: ResolversParentTypes['Service'] };
  Session: Types.Session;
  SignInOptions: Types.SignInOptions;
  Staff: StaffParent;
  StaffWithTemporaryPassword: Omit<Types.StaffWithTemporaryPassword, 'staff'> & { staff: ResolversParentTypes['Staff'] };
  String: Types.Scalars['String']['output'];
  SubscriptionOptions: Types.SubscriptionOptions;
  Subscriptions: Types.Subscriptions;
  SubscriptionsInput: Types.SubscriptionsInput;
  TextSpan: Types.TextSpan;
  Venue: Types.Venue;
  VenueInput: Types.VenueInput;
  ViewerCan: Types.ViewerCan;
  WorkCount: Types.WorkCount;
  Workbench: Types.Workbench;
  WorkingDayDeadline: Types.WorkingDayDeadline;
};

export type AdoptionItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AdoptionItem'] = ResolversParentTypes['AdoptionItem']> = {
  adopted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  response?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AppealDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AppealDecision'] = ResolversParentTypes['AppealDecision']> = {
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CheckInResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CheckInResult'] = ResolversParentTypes['CheckInResult']> = {
  alreadyCheckedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation']> = {
  answer?: Resolver<Types.Maybe<ResolversTypes['ConsultationAnswer']>, ParentType, ContextType>;
  answerDeadline?: Resolver<Types.Maybe<ResolversTypes['WorkingDayDeadline']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complexReason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactMobile?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hotlineOrder?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Photo']>, ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['ConsultationRating']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ConsultationStep']>, ParentType, ContextType>;
  topic?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsultationAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationAnswer'] = ResolversParentTypes['ConsultationAnswer']> = {
  answeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsultationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationConnection'] = ResolversParentTypes['ConsultationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConsultationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationEdge'] = ResolversParentTypes['ConsultationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
};

export type ConsultationRatingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationRating'] = ResolversParentTypes['ConsultationRating']> = {
  ratedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConsultationStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationStep'] = ResolversParentTypes['ConsultationStep']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromDepartment?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsultationStepKind'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toDepartment?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DepartmentIssuersResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartmentIssuers'] = ResolversParentTypes['DepartmentIssuers']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DepartmentRatingFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartmentRatingFigures'] = ResolversParentTypes['DepartmentRatingFigures']> = {
  counts?: Resolver<ResolversTypes['RatingCounts'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentReadingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentReading'] = ResolversParentTypes['DocumentReading']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
  documentNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indexNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ReadNote']>, ParentType, ContextType>;
  publishedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repealedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['PolicySection']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ReadSource']>, ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['PolicyTable']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  writtenDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['DraftCommentConnection'], ParentType, ContextType, Partial<Types.DraftCommentsArgs>>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<Types.Maybe<ResolversTypes['DraftFeedback']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherWays?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['DraftSection']>, ParentType, ContextType>;
  shortPeriodReason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DraftStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
};

export type DraftCommentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftComment'] = ResolversParentTypes['DraftComment']> = {
  commentedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  draftTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['DraftCommentFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rejectReason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionHeading?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DraftCommentState'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftCommentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftCommentConnection'] = ResolversParentTypes['DraftCommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DraftCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DraftCommentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftCommentEdge'] = ResolversParentTypes['DraftCommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DraftComment'], ParentType, ContextType>;
};

export type DraftCommentFlagResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftCommentFlag'] = ResolversParentTypes['DraftCommentFlag']> = {
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DraftCommentFlagKind'], ParentType, ContextType>;
};

export type DraftConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftConnection'] = ResolversParentTypes['DraftConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DraftEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DraftEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftEdge'] = ResolversParentTypes['DraftEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Draft'], ParentType, ContextType>;
};

export type DraftFeedbackResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftFeedback'] = ResolversParentTypes['DraftFeedback']> = {
  groups?: Resolver<Array<ResolversTypes['DraftFeedbackGroup']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftFeedbackGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftFeedbackGroup'] = ResolversParentTypes['DraftFeedbackGroup']> = {
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['DraftComment']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AdoptionOutcome'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftSectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftSection'] = ResolversParentTypes['DraftSection']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  applicants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendance?: Resolver<Types.Maybe<ResolversTypes['Attendance']>, ParentType, ContextType>;
  calendarFile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelReason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draw?: Resolver<Types.Maybe<ResolversTypes['EventDraw']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liveUrl?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  myRegistration?: Resolver<Types.Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  officials?: Resolver<Array<ResolversTypes['Official']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reach?: Resolver<Types.Maybe<ResolversTypes['Reach']>, ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selectionMode?: Resolver<ResolversTypes['SelectionMode'], ParentType, ContextType>;
  signUpClosesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signUpOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUpOpensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  summary?: Resolver<Types.Maybe<ResolversTypes['EventSummary']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Types.Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
  waitlistLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventDrawResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventDraw'] = ResolversParentTypes['EventDraw']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  applicants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  drawnAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventFeedbackResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventFeedback'] = ResolversParentTypes['EventFeedback']> = {
  satisfaction?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  useful?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventFeedbackReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventFeedbackReport'] = ResolversParentTypes['EventFeedbackReport']> = {
  averageSatisfaction?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['EventFeedback']>, ParentType, ContextType>;
};

export type EventSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventSummary'] = ResolversParentTypes['EventSummary']> = {
  adopted?: Resolver<Array<ResolversTypes['AdoptionItem']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FamilyActivity'] = ResolversParentTypes['FamilyActivity']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['FamilyRole'], ParentType, ContextType>;
  detail?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FamilyActivityKind'], ParentType, ContextType>;
};

export type FamilyLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FamilyLink'] = ResolversParentTypes['FamilyLink']> = {
  activity?: Resolver<Array<ResolversTypes['FamilyActivity']>, ParentType, ContextType>;
  code?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codeExpiresAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  otherName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['FamilyRole'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FamilyLinkState'], ParentType, ContextType>;
};

export type FamilySignUpResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FamilySignUp'] = ResolversParentTypes['FamilySignUp']> = {
  eventTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
};

export type FollowUpRatingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FollowUpRating'] = ResolversParentTypes['FollowUpRating']> = {
  bad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comment?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FrequentQuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrequentQuestion'] = ResolversParentTypes['FrequentQuestion']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FrequentQuestionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrequentQuestionConnection'] = ResolversParentTypes['FrequentQuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FrequentQuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FrequentQuestionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrequentQuestionEdge'] = ResolversParentTypes['FrequentQuestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FrequentQuestion'], ParentType, ContextType>;
};

export type HelpLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HelpLine'] = ResolversParentTypes['HelpLine']> = {
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HighlightedTextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HighlightedText'] = ResolversParentTypes['HighlightedText']> = {
  highlights?: Resolver<Array<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InboxMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InboxMessage'] = ResolversParentTypes['InboxMessage']> = {
  detail?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forResident?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overtaken?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  page?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InboxMessageConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InboxMessageConnection'] = ResolversParentTypes['InboxMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InboxMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InboxMessageEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InboxMessageEdge'] = ResolversParentTypes['InboxMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InboxMessage'], ParentType, ContextType>;
};

export type InformationAnnualReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationAnnualReport'] = ResolversParentTypes['InformationAnnualReport']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['InformationReportRow']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InformationFeeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationFee'] = ResolversParentTypes['InformationFee']> = {
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['FeeMethod'], ParentType, ContextType>;
  payBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settlement?: Resolver<Types.Maybe<ResolversTypes['FeeSettlement']>, ParentType, ContextType>;
  totalYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InformationNoticeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationNotice'] = ResolversParentTypes['InformationNotice']> = {
  addressee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rights?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InformationReportRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationReportRow'] = ResolversParentTypes['InformationReportRow']> = {
  counts?: Resolver<Types.Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InformationRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationRequest'] = ResolversParentTypes['InformationRequest']> = {
  applicantKind?: Resolver<ResolversTypes['ApplicantKind'], ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctionDueBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctionItems?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctionRequestBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fee?: Resolver<Types.Maybe<ResolversTypes['InformationFee']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['InformationForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mobile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['InformationNotice']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repliedOnTime?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  replyDeadline?: Resolver<Types.Maybe<ResolversTypes['WorkingDayDeadline']>, ParentType, ContextType>;
  replyKind?: Resolver<Types.Maybe<ResolversTypes['InformationReplyKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InformationRequestStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['InformationRequestStep']>, ParentType, ContextType>;
};

export type InformationRequestConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationRequestConnection'] = ResolversParentTypes['InformationRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InformationRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InformationRequestEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationRequestEdge'] = ResolversParentTypes['InformationRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType>;
};

export type InformationRequestStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InformationRequestStep'] = ResolversParentTypes['InformationRequestStep']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  reach?: Resolver<Types.Maybe<ResolversTypes['Reach']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InterpretationDueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterpretationDue'] = ResolversParentTypes['InterpretationDue']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptFamilyInvitation?: Resolver<ResolversTypes['FamilyLink'], ParentType, ContextType, RequireFields<Types.MutationAcceptFamilyInvitationArgs, 'code' | 'name'>>;
  addConsultationToInterpretation?: Resolver<ResolversTypes['Interpretation'], ParentType, ContextType, RequireFields<Types.MutationAddConsultationToInterpretationArgs, 'answer' | 'id' | 'interpretationId' | 'policyId' | 'question'>>;
  addInterpretation?: Resolver<ResolversTypes['Interpretation'], ParentType, ContextType, RequireFields<Types.MutationAddInterpretationArgs, 'input' | 'policyId'>>;
  answerConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.MutationAnswerConsultationArgs, 'answer' | 'id'>>;
  answerProjectProposal?: Resolver<ResolversTypes['ProjectProposal'], ParentType, ContextType, RequireFields<Types.MutationAnswerProjectProposalArgs, 'id' | 'input'>>;
  appealRating?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType, RequireFields<Types.MutationAppealRatingArgs, 'caseId' | 'reason'>>;
  applyForInformation?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationApplyForInformationArgs, 'input'>>;
  askQuestion?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.MutationAskQuestionArgs, 'input'>>;
  askThirdPartyOpinion?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationAskThirdPartyOpinionArgs, 'id' | 'whom'>>;
  cancelEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationCancelEventArgs, 'id'>>;
  cancelProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationCancelProjectArgs, 'id' | 'reason'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<Types.MutationCancelRegistrationArgs, 'id'>>;
  changeStaffPassword?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<Types.MutationChangeStaffPasswordArgs, 'currentPassword' | 'newPassword' | 'username'>>;
  checkIn?: Resolver<ResolversTypes['CheckInResult'], ParentType, ContextType, RequireFields<Types.MutationCheckInArgs, 'code' | 'eventId'>>;
  closeCase?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType, RequireFields<Types.MutationCloseCaseArgs, 'caseId'>>;
  closeEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationCloseEventArgs, 'id'>>;
  commentOnDraft?: Resolver<ResolversTypes['DraftComment'], ParentType, ContextType, RequireFields<Types.MutationCommentOnDraftArgs, 'input'>>;
  completeMilestone?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationCompleteMilestoneArgs, 'actualDate' | 'milestoneId'>>;
  confirmFamilyHelper?: Resolver<ResolversTypes['FamilyLink'], ParentType, ContextType, RequireFields<Types.MutationConfirmFamilyHelperArgs, 'linkId'>>;
  confirmScanSignIn?: Resolver<ResolversTypes['ScanSignInRequest'], ParentType, ContextType, RequireFields<Types.MutationConfirmScanSignInArgs, 'code'>>;
  correctInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationCorrectInformationRequestArgs, 'id' | 'text'>>;
  correctMilestone?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationCorrectMilestoneArgs, 'input' | 'milestoneId'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationCreateEventArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationCreateProjectArgs, 'input'>>;
  createService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<Types.MutationCreateServiceArgs, 'input'>>;
  createStaff?: Resolver<ResolversTypes['StaffWithTemporaryPassword'], ParentType, ContextType, RequireFields<Types.MutationCreateStaffArgs, 'input'>>;
  decideAppeal?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType, RequireFields<Types.MutationDecideAppealArgs, 'caseId' | 'upheld'>>;
  disableService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<Types.MutationDisableServiceArgs, 'id'>>;
  disableStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<Types.MutationDisableStaffArgs, 'username'>>;
  drawEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationDrawEventArgs, 'eventId'>>;
  enableService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<Types.MutationEnableServiceArgs, 'id'>>;
  enableStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<Types.MutationEnableStaffArgs, 'username'>>;
  endFamilyLink?: Resolver<ResolversTypes['FamilyLink'], ParentType, ContextType, RequireFields<Types.MutationEndFamilyLinkArgs, 'linkId'>>;
  evaluateProject?: Resolver<ResolversTypes['ProjectEvaluation'], ParentType, ContextType, RequireFields<Types.MutationEvaluateProjectArgs, 'id' | 'input'>>;
  explainDelay?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationExplainDelayArgs, 'milestoneId' | 'reason'>>;
  extendInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationExtendInformationRequestArgs, 'approvedBy' | 'id' | 'reason' | 'workingDays'>>;
  followProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationFollowProjectArgs, 'id'>>;
  handConsultationToHotline?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.MutationHandConsultationToHotlineArgs, 'id' | 'workOrder'>>;
  inviteFamilyHelper?: Resolver<ResolversTypes['FamilyLink'], ParentType, ContextType, RequireFields<Types.MutationInviteFamilyHelperArgs, 'name'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<Types.MutationLoginArgs, 'code'>>;
  markConsultationComplex?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.MutationMarkConsultationComplexArgs, 'id' | 'reason'>>;
  moderateDraftComment?: Resolver<ResolversTypes['DraftComment'], ParentType, ContextType, RequireFields<Types.MutationModerateDraftCommentArgs, 'approve' | 'id'>>;
  noticeInformationFee?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationNoticeInformationFeeArgs, 'id' | 'method' | 'quantity'>>;
  openEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationOpenEventArgs, 'id'>>;
  openMessage?: Resolver<ResolversTypes['InboxMessage'], ParentType, ContextType, RequireFields<Types.MutationOpenMessageArgs, 'id'>>;
  openScanSignIn?: Resolver<ResolversTypes['ScanSignInRequest'], ParentType, ContextType, RequireFields<Types.MutationOpenScanSignInArgs, 'code'>>;
  phoneNumberFromWeChat?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<Types.MutationPhoneNumberFromWeChatArgs, 'code'>>;
  pollScanSignIn?: Resolver<ResolversTypes['ScanSignInPoll'], ParentType, ContextType, RequireFields<Types.MutationPollScanSignInArgs, 'code' | 'secret'>>;
  postProjectUpdate?: Resolver<ResolversTypes['ProjectUpdate'], ParentType, ContextType, RequireFields<Types.MutationPostProjectUpdateArgs, 'input' | 'projectId'>>;
  proposeProject?: Resolver<ResolversTypes['ProjectProposal'], ParentType, ContextType, RequireFields<Types.MutationProposeProjectArgs, 'input'>>;
  publishDraft?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<Types.MutationPublishDraftArgs, 'input'>>;
  publishDraftFeedback?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<Types.MutationPublishDraftFeedbackArgs, 'input'>>;
  publishEventSummary?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationPublishEventSummaryArgs, 'eventId' | 'input'>>;
  publishFrequentQuestion?: Resolver<ResolversTypes['FrequentQuestion'], ParentType, ContextType, RequireFields<Types.MutationPublishFrequentQuestionArgs, 'id'>>;
  publishPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<Types.MutationPublishPolicyArgs, 'input'>>;
  rateConsultationAnswer?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.MutationRateConsultationAnswerArgs, 'id' | 'satisfied'>>;
  rateRectification?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType, RequireFields<Types.MutationRateRectificationArgs, 'caseId' | 'input'>>;
  rateService?: Resolver<ResolversTypes['Rating'], ParentType, ContextType, RequireFields<Types.MutationRateServiceArgs, 'input' | 'serviceId'>>;
  readPolicyDocument?: Resolver<ResolversTypes['DocumentReading'], ParentType, ContextType, RequireFields<Types.MutationReadPolicyDocumentArgs, 'document'>>;
  recordCallback?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType, RequireFields<Types.MutationRecordCallbackArgs, 'caseId' | 'note'>>;
  recordThirdPartyOpinion?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationRecordThirdPartyOpinionArgs, 'id' | 'opinion'>>;
  refuseScanSignIn?: Resolver<ResolversTypes['ScanSignInRequest'], ParentType, ContextType, RequireFields<Types.MutationRefuseScanSignInArgs, 'code'>>;
  registerForEvent?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<Types.MutationRegisterForEventArgs, 'eventId' | 'input'>>;
  removeSearchSynonym?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<Types.MutationRemoveSearchSynonymArgs, 'term'>>;
  repealPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<Types.MutationRepealPolicyArgs, 'id' | 'repealedDate'>>;
  replyToInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationReplyToInformationRequestArgs, 'id' | 'reply'>>;
  replyToRating?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType, RequireFields<Types.MutationReplyToRatingArgs, 'caseId' | 'outcome' | 'reply'>>;
  requestInformationCorrection?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationRequestInformationCorrectionArgs, 'id' | 'items'>>;
  requestPhotoUpload?: Resolver<ResolversTypes['PhotoUpload'], ParentType, ContextType, RequireFields<Types.MutationRequestPhotoUploadArgs, 'bytes' | 'contentType' | 'projectId'>>;
  requestQuestionPhotoUpload?: Resolver<ResolversTypes['PhotoUpload'], ParentType, ContextType, RequireFields<Types.MutationRequestQuestionPhotoUploadArgs, 'bytes' | 'contentType'>>;
  resetStaffPassword?: Resolver<ResolversTypes['StaffWithTemporaryPassword'], ParentType, ContextType, RequireFields<Types.MutationResetStaffPasswordArgs, 'username'>>;
  saveSearchSynonym?: Resolver<ResolversTypes['SearchSynonym'], ParentType, ContextType, RequireFields<Types.MutationSaveSearchSynonymArgs, 'input'>>;
  saveSubscriptions?: Resolver<ResolversTypes['Subscriptions'], ParentType, ContextType, RequireFields<Types.MutationSaveSubscriptionsArgs, 'input'>>;
  setDepartmentIssuers?: Resolver<ResolversTypes['DepartmentIssuers'], ParentType, ContextType, RequireFields<Types.MutationSetDepartmentIssuersArgs, 'department' | 'issuers'>>;
  setSensitiveWords?: Resolver<ResolversTypes['SensitiveWordList'], ParentType, ContextType, RequireFields<Types.MutationSetSensitiveWordsArgs, 'words'>>;
  settleInformationFee?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationSettleInformationFeeArgs, 'id' | 'settlement'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUpForFamily?: Resolver<ResolversTypes['FamilySignUp'], ParentType, ContextType, RequireFields<Types.MutationSignUpForFamilyArgs, 'eventId' | 'input' | 'linkId'>>;
  staffLogin?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<Types.MutationStaffLoginArgs, 'password' | 'username'>>;
  startScanSignIn?: Resolver<ResolversTypes['ScanSignInStart'], ParentType, ContextType>;
  submitEventFeedback?: Resolver<ResolversTypes['EventFeedback'], ParentType, ContextType, RequireFields<Types.MutationSubmitEventFeedbackArgs, 'eventId' | 'input'>>;
  transferConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.MutationTransferConsultationArgs, 'id' | 'note' | 'toDepartment'>>;
  unfollowProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationUnfollowProjectArgs, 'id'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<Types.MutationUpdateEventArgs, 'id' | 'input'>>;
  updateInterpretation?: Resolver<ResolversTypes['Interpretation'], ParentType, ContextType, RequireFields<Types.MutationUpdateInterpretationArgs, 'id' | 'input' | 'policyId' | 'version'>>;
  updatePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<Types.MutationUpdatePolicyArgs, 'id' | 'input' | 'version'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<Types.MutationUpdateProjectArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<Types.MutationUpdateServiceArgs, 'id' | 'input'>>;
  withdrawInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.MutationWithdrawInformationRequestArgs, 'id'>>;
};

export type OfficialResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PhotoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Photo'] = ResolversParentTypes['Photo']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PhotoUploadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PhotoUpload'] = ResolversParentTypes['PhotoUpload']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['PhotoUploadHeader']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  photoKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PhotoUploadHeaderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PhotoUploadHeader'] = ResolversParentTypes['PhotoUploadHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
  documentNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretationDue?: Resolver<Types.Maybe<ResolversTypes['InterpretationDue']>, ParentType, ContextType>;
  interpretations?: Resolver<Array<ResolversTypes['Interpretation']>, ParentType, ContextType>;
  issuer?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reach?: Resolver<Types.Maybe<ResolversTypes['Reach']>, ParentType, ContextType>;
  repealedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['PolicySection']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['PolicyTable']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyTableResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyTable'] = ResolversParentTypes['PolicyTable']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  budget?: Resolver<ResolversTypes['ProjectBudget'], ParentType, ContextType>;
  cancelledDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledReason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  completedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cooperatingDepartments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evaluationComments?: Resolver<Array<ResolversTypes['ProjectEvaluation']>, ParentType, ContextType>;
  evaluationSummary?: Resolver<ResolversTypes['ProjectEvaluationSummary'], ParentType, ContextType>;
  followedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadDepartment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['ProjectMilestone']>, ParentType, ContextType>;
  myEvaluation?: Resolver<Types.Maybe<ResolversTypes['ProjectEvaluation']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Types.Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressBasis?: Resolver<ResolversTypes['ProjectProgressBasis'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ProjectTarget'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updates?: Resolver<ResolversTypes['ProjectUpdateConnection'], ParentType, ContextType, Partial<Types.ProjectUpdatesArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectBudgetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectBudget'] = ResolversParentTypes['ProjectBudget']> = {
  planned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spentPercent?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectEvaluationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEvaluation'] = ResolversParentTypes['ProjectEvaluation']> = {
  comment?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProjectEvaluationLevelCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEvaluationLevelCount'] = ResolversParentTypes['ProjectEvaluationLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
};

export type ProjectEvaluationSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEvaluationSummary'] = ResolversParentTypes['ProjectEvaluationSummary']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['ProjectEvaluationLevelCount']>, ParentType, ContextType>;
  satisfiedPercent?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProjectFigureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectFigure'] = ResolversParentTypes['ProjectFigure']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ProjectListResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectList'] = ResolversParentTypes['ProjectList']> = {
  budget?: Resolver<ResolversTypes['ProjectBudget'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['ProjectStatusCount']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectMilestoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectMilestone'] = ResolversParentTypes['ProjectMilestone']> = {
  actualDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delayExplainedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delayExplainedDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delayReason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsExplanation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueWorkingDays?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  plannedDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectProposal'] = ResolversParentTypes['ProjectProposal']> = {
  answeredAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactMobile?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Types.Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  reply?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectProposalStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
};

export type ProjectProposalConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectProposalConnection'] = ResolversParentTypes['ProjectProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectProposalEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectProposalEdge'] = ResolversParentTypes['ProjectProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectProposal'], ParentType, ContextType>;
};

export type ProjectStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectStatusCount'] = ResolversParentTypes['ProjectStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
};

export type ProjectTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectTarget'] = ResolversParentTypes['ProjectTarget']> = {
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectUpdateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectUpdate'] = ResolversParentTypes['ProjectUpdate']> = {
  correctedBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  corrects?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['ProjectFigure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProjectUpdateKind'], ParentType, ContextType>;
  milestoneId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Photo']>, ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spending?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectUpdateConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectUpdateConnection'] = ResolversParentTypes['ProjectUpdateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectUpdateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectUpdateEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectUpdateEdge'] = ResolversParentTypes['ProjectUpdateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectUpdate'], ParentType, ContextType>;
};

export type PublishChecksResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublishChecks'] = ResolversParentTypes['PublishChecks']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['PublishFinding']>, ParentType, ContextType>;
  linksChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublishFindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublishFinding'] = ResolversParentTypes['PublishFinding']> = {
  blocking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  excerpt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PublishCheckKind'], ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  applicantIdNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<Types.QueryApplicantIdNumberArgs, 'id'>>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<Types.QueryConsultationArgs, 'id'>>;
  consultationContact?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<Types.QueryConsultationContactArgs, 'id'>>;
  consultationQueue?: Resolver<ResolversTypes['ConsultationConnection'], ParentType, ContextType, Partial<Types.QueryConsultationQueueArgs>>;
  departmentDrafts?: Resolver<ResolversTypes['DraftConnection'], ParentType, ContextType, Partial<Types.QueryDepartmentDraftsArgs>>;
  departmentEvents?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<Types.QueryDepartmentEventsArgs>>;
  departmentIssuers?: Resolver<ResolversTypes['DepartmentIssuers'], ParentType, ContextType, RequireFields<Types.QueryDepartmentIssuersArgs, 'department'>>;
  departments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  draft?: Resolver<Types.Maybe<ResolversTypes['Draft']>, ParentType, ContextType, RequireFields<Types.QueryDraftArgs, 'id'>>;
  draftComments?: Resolver<ResolversTypes['DraftCommentConnection'], ParentType, ContextType, RequireFields<Types.QueryDraftCommentsArgs, 'draftId'>>;
  drafts?: Resolver<ResolversTypes['DraftConnection'], ParentType, ContextType, Partial<Types.QueryDraftsArgs>>;
  event?: Resolver<Types.Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<Types.QueryEventArgs, 'id'>>;
  eventFeedback?: Resolver<ResolversTypes['EventFeedbackReport'], ParentType, ContextType, RequireFields<Types.QueryEventFeedbackArgs, 'eventId'>>;
  eventRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<Types.QueryEventRegistrationsArgs, 'eventId'>>;
  eventRegistrationsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<Types.QueryEventRegistrationsCsvArgs, 'eventId'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<Types.QueryEventsArgs>>;
  frequentQuestions?: Resolver<ResolversTypes['FrequentQuestionConnection'], ParentType, ContextType, Partial<Types.QueryFrequentQuestionsArgs>>;
  informationReportYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  informationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<Types.QueryInformationRequestArgs, 'id'>>;
  informationRequestQueue?: Resolver<ResolversTypes['InformationRequestConnection'], ParentType, ContextType, Partial<Types.QueryInformationRequestQueueArgs>>;
  informationRequestReport?: Resolver<ResolversTypes['InformationAnnualReport'], ParentType, ContextType, RequireFields<Types.QueryInformationRequestReportArgs, 'year'>>;
  knownDepartments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Resident'], ParentType, ContextType>;
  myConsultations?: Resolver<ResolversTypes['ConsultationConnection'], ParentType, ContextType, Partial<Types.QueryMyConsultationsArgs>>;
  myDraftComments?: Resolver<ResolversTypes['DraftCommentConnection'], ParentType, ContextType, Partial<Types.QueryMyDraftCommentsArgs>>;
  myFamilyLinks?: Resolver<Array<ResolversTypes['FamilyLink']>, ParentType, ContextType>;
  myFollowedProjects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  myInformationRequests?: Resolver<ResolversTypes['InformationRequestConnection'], ParentType, ContextType, Partial<Types.QueryMyInformationRequestsArgs>>;
  myMessages?: Resolver<ResolversTypes['InboxMessageConnection'], ParentType, ContextType, Partial<Types.QueryMyMessagesArgs>>;
  myProposals?: Resolver<Array<ResolversTypes['ProjectProposal']>, ParentType, ContextType>;
  myRatings?: Resolver<ResolversTypes['RatingConnection'], ParentType, ContextType, Partial<Types.QueryMyRatingsArgs>>;
  myRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  mySubscriptions?: Resolver<ResolversTypes['Subscriptions'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policies?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType, Partial<Types.QueryPoliciesArgs>>;
  policy?: Resolver<Types.Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<Types.QueryPolicyArgs, 'id'>>;
  policyChecks?: Resolver<ResolversTypes['PublishChecks'], ParentType, ContextType, RequireFields<Types.QueryPolicyChecksArgs, 'input'>>;
  policyFacets?: Resolver<ResolversTypes['PolicyFacets'], ParentType, ContextType>;
  project?: Resolver<Types.Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<Types.QueryProjectArgs, 'id'>>;
  projectLists?: Resolver<Array<ResolversTypes['ProjectList']>, ParentType, ContextType, RequireFields<Types.QueryProjectListsArgs, 'year'>>;
  projectProposalContact?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<Types.QueryProjectProposalContactArgs, 'id'>>;
  projectProposals?: Resolver<ResolversTypes['ProjectProposalConnection'], ParentType, ContextType, RequireFields<Types.QueryProjectProposalsArgs, 'forYear'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<Types.QueryProjectsArgs>>;
  publishedInformationReport?: Resolver<ResolversTypes['InformationAnnualReport'], ParentType, ContextType, RequireFields<Types.QueryPublishedInformationReportArgs, 'year'>>;
  raterContact?: Resolver<ResolversTypes['Rater'], ParentType, ContextType, RequireFields<Types.QueryRaterContactArgs, 'caseId'>>;
  rating?: Resolver<Types.Maybe<ResolversTypes['Rating']>, ParentType, ContextType, RequireFields<Types.QueryRatingArgs, 'id'>>;
  ratingCase?: Resolver<Types.Maybe<ResolversTypes['RatingCase']>, ParentType, ContextType, RequireFields<Types.QueryRatingCaseArgs, 'id'>>;
  ratingCases?: Resolver<ResolversTypes['RatingCaseConnection'], ParentType, ContextType, Partial<Types.QueryRatingCasesArgs>>;
  ratingFigures?: Resolver<ResolversTypes['RatingFigures'], ParentType, ContextType, RequireFields<Types.QueryRatingFiguresArgs, 'period'>>;
  ratingOptions?: Resolver<ResolversTypes['RatingOptions'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<Types.QuerySearchArgs, 'query'>>;
  searchStatistics?: Resolver<ResolversTypes['SearchStatistics'], ParentType, ContextType, Partial<Types.QuerySearchStatisticsArgs>>;
  searchSuggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<Types.QuerySearchSuggestionsArgs>>;
  searchSynonyms?: Resolver<Array<ResolversTypes['SearchSynonym']>, ParentType, ContextType>;
  sensitiveWords?: Resolver<ResolversTypes['SensitiveWordList'], ParentType, ContextType>;
  service?: Resolver<Types.Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<Types.QueryServiceArgs, 'id'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<Types.QueryServicesArgs>>;
  signInOptions?: Resolver<ResolversTypes['SignInOptions'], ParentType, ContextType>;
  staffMe?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  staffMembers?: Resolver<Array<ResolversTypes['Staff']>, ParentType, ContextType>;
  subscriptionOptions?: Resolver<ResolversTypes['SubscriptionOptions'], ParentType, ContextType>;
  unreadMessageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workbench?: Resolver<ResolversTypes['Workbench'], ParentType, ContextType, Partial<Types.QueryWorkbenchArgs>>;
};

export type QuestionAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuestionAnswer'] = ResolversParentTypes['QuestionAnswer']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RaterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rater'] = ResolversParentTypes['Rater']> = {
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RatingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = {
  bad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  case?: Resolver<Types.Maybe<ResolversTypes['RatingCase']>, ParentType, ContextType>;
  comment?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matterNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rater?: Resolver<Types.Maybe<ResolversTypes['Rater']>, ParentType, ContextType>;
  reasonLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RatingReason']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  window?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RatingAppealResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingAppeal'] = ResolversParentTypes['RatingAppeal']> = {
  appealedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appealedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appealedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<Types.Maybe<ResolversTypes['AppealDecision']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RatingCaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingCase'] = ResolversParentTypes['RatingCase']> = {
  answeredOnTime?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  appeal?: Resolver<Types.Maybe<ResolversTypes['RatingAppeal']>, ParentType, ContextType>;
  callbackDeadline?: Resolver<Types.Maybe<ResolversTypes['WorkingDayDeadline']>, ParentType, ContextType>;
  calledBackAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUp?: Resolver<Types.Maybe<ResolversTypes['FollowUpRating']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Types.Maybe<ResolversTypes['ReplyOutcome']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  rectifyDeadline?: Resolver<ResolversTypes['WorkingDayDeadline'], ParentType, ContextType>;
  repliedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reply?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RatingCaseStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RatingCaseStep']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
};

export type RatingCaseConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingCaseConnection'] = ResolversParentTypes['RatingCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RatingCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RatingCaseEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingCaseEdge'] = ResolversParentTypes['RatingCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RatingCase'], ParentType, ContextType>;
};

export type RatingCaseStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingCaseStep'] = ResolversParentTypes['RatingCaseStep']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  byName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RatingCaseStepKind'], ParentType, ContextType>;
  level?: Resolver<Types.Maybe<ResolversTypes['Satisfaction']>, ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Types.Maybe<ResolversTypes['ReplyOutcome']>, ParentType, ContextType>;
};

export type RatingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingConnection'] = ResolversParentTypes['RatingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RatingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RatingCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingCounts'] = ResolversParentTypes['RatingCounts']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answeredOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badRatings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basicallySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dissatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedRate?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfactionRate?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  veryDissatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RatingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingEdge'] = ResolversParentTypes['RatingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
};

export type RatingFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingFigures'] = ResolversParentTypes['RatingFigures']> = {
  byDepartment?: Resolver<Array<ResolversTypes['DepartmentRatingFigures']>, ParentType, ContextType>;
  byService?: Resolver<Array<ResolversTypes['ServiceRatingFigures']>, ParentType, ContextType>;
  department?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['RatingCounts'], ParentType, ContextType>;
};

export type RatingLevelOptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingLevelOption'] = ResolversParentTypes['RatingLevelOption']> = {
  bad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
};

export type RatingLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingLink'] = ResolversParentTypes['RatingLink']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  h5Url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  miniProgramPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeDataUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  window?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RatingOptionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingOptions'] = ResolversParentTypes['RatingOptions']> = {
  levels?: Resolver<Array<ResolversTypes['RatingLevelOption']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RatingReasonOption']>, ParentType, ContextType>;
};

export type RatingReasonOptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingReasonOption'] = ResolversParentTypes['RatingReasonOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RatingReason'], ParentType, ContextType>;
};

export type ReachResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Reach'] = ResolversParentTypes['Reach']> = {
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  told?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReadNoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReadNote'] = ResolversParentTypes['ReadNote']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReadSourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReadSource'] = ResolversParentTypes['ReadSource']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegistrationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  checkInCode?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkInQrSvg?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  feedbackSubmitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ResidentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Resident'] = ResolversParentTypes['Resident']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberSince?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneForForms?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['RatingConnection'], ParentType, ContextType, Partial<Types.ResidentRatingsArgs>>;
  registrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
};

export type ScanSignInPollResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScanSignInPoll'] = ResolversParentTypes['ScanSignInPoll']> = {
  session?: Resolver<Types.Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScanSignInStatus'], ParentType, ContextType>;
};

export type ScanSignInRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScanSignInRequest'] = ResolversParentTypes['ScanSignInRequest']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScanSignInStatus'], ParentType, ContextType>;
};

export type ScanSignInStartResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScanSignInStart'] = ResolversParentTypes['ScanSignInStart']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchGroup'] = ResolversParentTypes['SearchGroup']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  answersQuestion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heading?: Resolver<Types.Maybe<ResolversTypes['HighlightedText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['HighlightedText'], ParentType, ContextType>;
  policyId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  repealed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sectionId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sectionIndex?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subtitle?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['HighlightedText'], ParentType, ContextType>;
};

export type SearchQueryCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchQueryCount'] = ResolversParentTypes['SearchQueryCount']> = {
  empty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  answer?: Resolver<Types.Maybe<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['HelpLine'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['SearchGroup']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  understoodAs?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchStatisticsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchStatistics'] = ResolversParentTypes['SearchStatistics']> = {
  empty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notFound?: Resolver<Array<ResolversTypes['SearchQueryCount']>, ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  top?: Resolver<Array<ResolversTypes['SearchQueryCount']>, ParentType, ContextType>;
};

export type SearchSynonymResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchSynonym'] = ResolversParentTypes['SearchSynonym']> = {
  alternatives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SynonymSource'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SensitiveWordListResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SensitiveWordList'] = ResolversParentTypes['SensitiveWordList']> = {
  updatedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedByName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  words?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  channel?: Resolver<ResolversTypes['ServiceChannel'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratingLink?: Resolver<ResolversTypes['RatingLink'], ParentType, ContextType, Partial<Types.ServiceRatingLinkArgs>>;
  ratingLinks?: Resolver<Array<ResolversTypes['RatingLink']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServiceRatingFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceRatingFigures'] = ResolversParentTypes['ServiceRatingFigures']> = {
  counts?: Resolver<ResolversTypes['RatingCounts'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInOptionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignInOptions'] = ResolversParentTypes['SignInOptions']> = {
  developmentSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StaffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSignedInAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ViewerCan'], ParentType, ContextType>;
};

export type StaffWithTemporaryPasswordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StaffWithTemporaryPassword'] = ResolversParentTypes['StaffWithTemporaryPassword']> = {
  staff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionOptionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubscriptionOptions'] = ResolversParentTypes['SubscriptionOptions']> = {
  departments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subscriptions'] = ResolversParentTypes['Subscriptions']> = {
  departments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ViewerCanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ViewerCan'] = ResolversParentTypes['ViewerCan']> = {
  decideAppeal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readPersonalData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WorkCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkCount'] = ResolversParentTypes['WorkCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detail?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkbenchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Workbench'] = ResolversParentTypes['Workbench']> = {
  counts?: Resolver<Array<ResolversTypes['WorkCount']>, ParentType, ContextType>;
  department?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  today?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkingDayDeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkingDayDeadline'] = ResolversParentTypes['WorkingDayDeadline']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AdoptionItem?: AdoptionItemResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AppealDecision?: AppealDecisionResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  CheckInResult?: CheckInResultResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  ConsultationAnswer?: ConsultationAnswerResolvers<ContextType>;
  ConsultationConnection?: ConsultationConnectionResolvers<ContextType>;
  ConsultationEdge?: ConsultationEdgeResolvers<ContextType>;
  ConsultationRating?: ConsultationRatingResolvers<ContextType>;
  ConsultationStep?: ConsultationStepResolvers<ContextType>;
  DepartmentIssuers?: DepartmentIssuersResolvers<ContextType>;
  DepartmentRatingFigures?: DepartmentRatingFiguresResolvers<ContextType>;
  DocumentReading?: DocumentReadingResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  DraftComment?: DraftCommentResolvers<ContextType>;
  DraftCommentConnection?: DraftCommentConnectionResolvers<ContextType>;
  DraftCommentEdge?: DraftCommentEdgeResolvers<ContextType>;
  DraftCommentFlag?: DraftCommentFlagResolvers<ContextType>;
  DraftConnection?: DraftConnectionResolvers<ContextType>;
  DraftEdge?: DraftEdgeResolvers<ContextType>;
  DraftFeedback?: DraftFeedbackResolvers<ContextType>;
  DraftFeedbackGroup?: DraftFeedbackGroupResolvers<ContextType>;
  DraftSection?: DraftSectionResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventDraw?: EventDrawResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventFeedback?: EventFeedbackResolvers<ContextType>;
  EventFeedbackReport?: EventFeedbackReportResolvers<ContextType>;
  EventSummary?: EventSummaryResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FamilyActivity?: FamilyActivityResolvers<ContextType>;
  FamilyLink?: FamilyLinkResolvers<ContextType>;
  FamilySignUp?: FamilySignUpResolvers<ContextType>;
  FollowUpRating?: FollowUpRatingResolvers<ContextType>;
  FrequentQuestion?: FrequentQuestionResolvers<ContextType>;
  FrequentQuestionConnection?: FrequentQuestionConnectionResolvers<ContextType>;
  FrequentQuestionEdge?: FrequentQuestionEdgeResolvers<ContextType>;
  HelpLine?: HelpLineResolvers<ContextType>;
  HighlightedText?: HighlightedTextResolvers<ContextType>;
  InboxMessage?: InboxMessageResolvers<ContextType>;
  InboxMessageConnection?: InboxMessageConnectionResolvers<ContextType>;
  InboxMessageEdge?: InboxMessageEdgeResolvers<ContextType>;
  InformationAnnualReport?: InformationAnnualReportResolvers<ContextType>;
  InformationFee?: InformationFeeResolvers<ContextType>;
  InformationNotice?: InformationNoticeResolvers<ContextType>;
  InformationReportRow?: InformationReportRowResolvers<ContextType>;
  InformationRequest?: InformationRequestResolvers<ContextType>;
  InformationRequestConnection?: InformationRequestConnectionResolvers<ContextType>;
  InformationRequestEdge?: InformationRequestEdgeResolvers<ContextType>;
  InformationRequestStep?: InformationRequestStepResolvers<ContextType>;
  Interpretation?: InterpretationResolvers<ContextType>;
  InterpretationDue?: InterpretationDueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Photo?: PhotoResolvers<ContextType>;
  PhotoUpload?: PhotoUploadResolvers<ContextType>;
  PhotoUploadHeader?: PhotoUploadHeaderResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyFacets?: PolicyFacetsResolvers<ContextType>;
  PolicySection?: PolicySectionResolvers<ContextType>;
  PolicyTable?: PolicyTableResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectBudget?: ProjectBudgetResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectEvaluation?: ProjectEvaluationResolvers<ContextType>;
  ProjectEvaluationLevelCount?: ProjectEvaluationLevelCountResolvers<ContextType>;
  ProjectEvaluationSummary?: ProjectEvaluationSummaryResolvers<ContextType>;
  ProjectFigure?: ProjectFigureResolvers<ContextType>;
  ProjectList?: ProjectListResolvers<ContextType>;
  ProjectMilestone?: ProjectMilestoneResolvers<ContextType>;
  ProjectProposal?: ProjectProposalResolvers<ContextType>;
  ProjectProposalConnection?: ProjectProposalConnectionResolvers<ContextType>;
  ProjectProposalEdge?: ProjectProposalEdgeResolvers<ContextType>;
  ProjectStatusCount?: ProjectStatusCountResolvers<ContextType>;
  ProjectTarget?: ProjectTargetResolvers<ContextType>;
  ProjectUpdate?: ProjectUpdateResolvers<ContextType>;
  ProjectUpdateConnection?: ProjectUpdateConnectionResolvers<ContextType>;
  ProjectUpdateEdge?: ProjectUpdateEdgeResolvers<ContextType>;
  PublishChecks?: PublishChecksResolvers<ContextType>;
  PublishFinding?: PublishFindingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionAnswer?: QuestionAnswerResolvers<ContextType>;
  Rater?: RaterResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RatingAppeal?: RatingAppealResolvers<ContextType>;
  RatingCase?: RatingCaseResolvers<ContextType>;
  RatingCaseConnection?: RatingCaseConnectionResolvers<ContextType>;
  RatingCaseEdge?: RatingCaseEdgeResolvers<ContextType>;
  RatingCaseStep?: RatingCaseStepResolvers<ContextType>;
  RatingConnection?: RatingConnectionResolvers<ContextType>;
  RatingCounts?: RatingCountsResolvers<ContextType>;
  RatingEdge?: RatingEdgeResolvers<ContextType>;
  RatingFigures?: RatingFiguresResolvers<ContextType>;
  RatingLevelOption?: RatingLevelOptionResolvers<ContextType>;
  RatingLink?: RatingLinkResolvers<ContextType>;
  RatingOptions?: RatingOptionsResolvers<ContextType>;
  RatingReasonOption?: RatingReasonOptionResolvers<ContextType>;
  Reach?: ReachResolvers<ContextType>;
  ReadNote?: ReadNoteResolvers<ContextType>;
  ReadSource?: ReadSourceResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  Resident?: ResidentResolvers<ContextType>;
  ScanSignInPoll?: ScanSignInPollResolvers<ContextType>;
  ScanSignInRequest?: ScanSignInRequestResolvers<ContextType>;
  ScanSignInStart?: ScanSignInStartResolvers<ContextType>;
  SearchGroup?: SearchGroupResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchQueryCount?: SearchQueryCountResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchStatistics?: SearchStatisticsResolvers<ContextType>;
  SearchSynonym?: SearchSynonymResolvers<ContextType>;
  SensitiveWordList?: SensitiveWordListResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceRatingFigures?: ServiceRatingFiguresResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SignInOptions?: SignInOptionsResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  StaffWithTemporaryPassword?: StaffWithTemporaryPasswordResolvers<ContextType>;
  SubscriptionOptions?: SubscriptionOptionsResolvers<ContextType>;
  Subscriptions?: SubscriptionsResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  ViewerCan?: ViewerCanResolvers<ContextType>;
  WorkCount?: WorkCountResolvers<ContextType>;
  Workbench?: WorkbenchResolvers<ContextType>;
  WorkingDayDeadline?: WorkingDayDeadlineResolvers<ContextType>;
};


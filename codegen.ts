import type { CodegenConfig } from '@graphql-codegen/cli';

// Schema-first: the .graphql files in each api feature folder are the source of truth; the API's
// resolver types and the mini-app's operation types are both generated from them (`npm run codegen`).
const schema = 'api/src/**/*.graphql';

const scalars = { ID: { input: 'string', output: 'string' } };

const config: CodegenConfig = {
  schema,
  overwrite: true,
  generates: {
    // The mini-app: typed results/variables of its operations plus each operation's text as a constant.
    'miniapp/src/generated/operations.ts': {
      documents: 'miniapp/src/**/*.graphql',
      plugins: ['typescript-operations', './miniapp/codegen/document-strings.cjs'],
      config: { enumType: 'string-literal', scalars, maybeValue: 'T | null', avoidOptionals: { field: true, inputValue: false } },
    },
    'miniapp/src/generated/operation-hashes.ts': {
      documents: 'miniapp/src/**/*.graphql',
      plugins: ['./api/codegen/persisted-operations-plugin.cjs'],
      config: { output: 'hashes' },
    },
    'api/src/generated/persisted-operations.ts': {
      documents: 'miniapp/src/**/*.graphql',
      plugins: ['./api/codegen/persisted-operations-plugin.cjs'],
    },
    'shared/src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, scalars, avoidOptionals: { field: true, inputValue: false }, maybeValue: 'T | null' },
    },
    'api/src/generated/resolvers.ts': {
      plugins: [{ add: { content: "import type * as Types from '@govopen/shared/src/generated/graphql';" } }, 'typescript-resolvers'],
      config: {
        scalars,
        namespacedImportName: 'Types',
        contextType: '../app#RequestContext',
        useIndexSignature: false,
        mappers: {
          Policy: '../policies/policy-model#PolicyParent',
          Interpretation: '../policies/policy-model#StoredInterpretation',
          Resident: '../identity/identity-store#Resident',
          Staff: '../identity/identity-store#StaffMember',
          Project: '../projects/project-model#ProjectView',
          ProjectMilestone: '../projects/project-model#MilestoneView',
          ProjectBudget: '../projects/project-model#BudgetView',
          ProjectUpdate: '../projects/project-model#StoredUpdate',
          ProjectEvaluation: '../projects/project-model#StoredEvaluation',
          ProjectProposal: '../projects/project-model#StoredProposal',
          Service: '../ratings/rating-model#StoredService',
          Rating: '../ratings/rating-model#RatingParent',
          RatingCase: '../ratings/rating-model#CaseParent',
          Event: '../events/event-model#StoredEvent',
          Registration: '../events/event-model#RegistrationParent',
        },
      },
    },
    'api/src/generated/type-defs.ts': {
      plugins: ['./api/codegen/type-defs-plugin.cjs'],
    },
  },
};

export default config;

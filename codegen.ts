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
        // What each type's field resolvers start from: always `<Type>Parent`, declared in the feature.
        mappers: Object.fromEntries(
          Object.entries({
            '../policies/policy-model': ['Policy', 'Interpretation'],
            '../identity/identity-resolvers': ['Resident', 'Staff'],
            '../projects/project-model': ['Project', 'ProjectMilestone', 'ProjectBudget', 'ProjectUpdate', 'ProjectEvaluation', 'ProjectProposal'],
            '../ratings/rating-model': ['Service', 'Rating', 'RatingCase', 'RatingCaseStep', 'RatingAppeal', 'AppealDecision'],
            '../policies/publishing-settings': ['SensitiveWordList'],
            '../events/event-model': ['Event', 'Registration'],
            '../consultations/consultation-model': ['Consultation', 'FrequentQuestion'],
            '../information-requests/request-model': ['InformationRequest'],
            '../drafts/draft-model': ['Draft', 'DraftComment', 'DraftFeedback', 'DraftFeedbackGroup'],
          }).flatMap(([file, types]) => types.map((type) => [type, `${file}#${type}Parent`])),
        ),
      },
    },
    'api/src/generated/type-defs.ts': {
      plugins: ['./api/codegen/type-defs-plugin.cjs'],
    },
    'api/src/generated/schema-fields.ts': {
      plugins: ['./api/codegen/schema-fields-plugin.cjs'],
    },
  },
};

export default config;

import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers';
import { typeDefs } from './generated/type-defs';
import { attachResolvers } from './resolvers';

/**
 * The API's schema with its resolvers, from the generated SDL. Checked everywhere but in
 * production, where it is the same generated text the tests checked: there `assumeValid` spares the
 * walk over every type that Apollo's start would otherwise make. The Lambda bundle replaces this
 * module with one that builds the same schema, descriptions left out, from its compact form
 * (api/src/core/compact-schema.ts, infra/lib/lambda-bundle.ts).
 */
export const executableSchema = (production: boolean, resolvers: Resolvers): GraphQLSchema =>
  attachResolvers(buildASTSchema(parse(typeDefs, { noLocation: production }), { assumeValidSDL: production, assumeValid: production }), resolvers);

import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { typeDefs } from './generated/type-defs';

/**
 * The API's schema without its resolvers, from the generated SDL. Checked everywhere but in
 * production, where it is the same generated text the tests checked: there `assumeValid` spares the
 * walk over every type that Apollo's start would otherwise make. The Lambda bundle replaces this
 * module with one that builds the same schema, descriptions left out, from its compact form
 * (api/src/core/compact-schema.ts, infra/lib/lambda-bundle.ts).
 */
export const typeSchema = (production: boolean): GraphQLSchema =>
  buildASTSchema(parse(typeDefs, { noLocation: production }), { assumeValidSDL: production, assumeValid: production });

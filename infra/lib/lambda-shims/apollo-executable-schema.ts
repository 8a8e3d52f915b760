// Replaces `@graphql-tools/schema` where Apollo Server imports it, in the Lambda bundle
// (infra/lib/lambda-bundle.ts): Apollo needs it only to build a schema from `typeDefs` and
// `resolvers`, and api/src/server.ts hands it a built schema instead. It and the
// `@graphql-tools/utils` and `/merge` it brings were ~65 KB of a cold start.
export function makeExecutableSchema(): never {
  throw new Error('makeExecutableSchema is not in the GovOpen Lambda bundle: pass Apollo Server a built schema (api/src/server.ts)');
}

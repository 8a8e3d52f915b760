// Replaces Apollo Server's GraphOS reporting plugins in the Lambda bundle (infra/lib/lambda-bundle.ts):
// api/src/server.ts installs their Disabled forms, so Apollo never loads them, and they would bring
// ~300 KB of protobuf code. Should anything load them after all, it hears why they are missing.
function absent(name: string): () => never {
  return () => {
    throw new Error(`${name} is not in the GovOpen Lambda bundle: GovOpen reports nothing to Apollo GraphOS (unset APOLLO_KEY)`);
  };
}

export const ApolloServerPluginUsageReporting = absent('Apollo usage reporting');
export const ApolloServerPluginSchemaReporting = absent('Apollo schema reporting');
export const ApolloServerPluginInlineTrace = absent('Apollo inline tracing');

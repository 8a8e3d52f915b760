// A graphql-codegen plugin: exports each operation of the documents as a string constant that carries
// its result and variables types, so the mini-app sends plain strings (no GraphQL client, no AST).
const { print, Kind } = require('graphql');

/** Each named operation's text with the fragments it uses: exactly what the mini-app sends. */
function operationTexts(documents) {
    const fragments = new Map();
    const operations = [];
    for (const { document } of documents) {
      for (const def of document?.definitions ?? []) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
        else if (def.kind === Kind.OPERATION_DEFINITION && def.name) operations.push(def);
      }
    }
    const spreadsOf = (node, found = new Set()) => {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'loc' || !value || typeof value !== 'object') continue;
        if (value.kind === Kind.FRAGMENT_SPREAD && !found.has(value.name.value)) {
          found.add(value.name.value);
          const fragment = fragments.get(value.name.value);
          if (fragment) spreadsOf(fragment, found);
        }
        spreadsOf(value, found);
      }
      return found;
    };
    return operations.map((op) => ({
      name: op.name.value,
      kind: op.operation,
      text: [op, ...[...spreadsOf(op)].map((f) => fragments.get(f)).filter(Boolean)].map(print).join('\n'),
    }));
}

module.exports = {
  operationTexts,
  plugin(_schema, documents) {
    const suffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };
    const lines = [
      '/** An operation\'s text, typed with what it returns and what it needs. */',
      'export type Operation<TData, TVars> = string & { readonly __operation?: [TData, TVars] };',
    ];
    for (const { name, kind, text } of operationTexts(documents)) {
      const type = `${name}${suffix[kind]}`;
      lines.push(
        `export const ${name}Document = ${JSON.stringify(text)} as Operation<${type}, ${type}Variables>;`,
      );
    }
    return lines.join('\n') + '\n';
  },
};

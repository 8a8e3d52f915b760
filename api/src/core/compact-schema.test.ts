import { buildASTSchema, parse, printSchema, validateSchema, visit } from 'graphql';
import type { Resolvers } from '../generated/resolvers';
import { typeDefs } from '../generated/type-defs';
import { buildCompactSchema, compactSchema } from './compact-schema';

describe("the Lambda's compact schema", () => {
  const served = buildASTSchema(parse(typeDefs));

  it('builds the schema the SDL defines, descriptions left out', () => {
    const withoutDescriptions = buildASTSchema(visit(parse(typeDefs), { enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined) }));
    const data = JSON.parse(JSON.stringify(compactSchema(served)));
    const built = buildCompactSchema(data, false);
    expect(validateSchema(built)).toEqual([]);
    expect(printSchema(built)).toBe(printSchema(withoutDescriptions));
    // The types a request can name (GraphQL's own scalars and introspection types included), as production builds them.
    const asInProduction = buildCompactSchema(data, true);
    expect(Object.keys(asInProduction.getTypeMap()).sort()).toEqual(Object.keys(served.getTypeMap()).sort());
    expect(printSchema(asInProduction)).toBe(printSchema(withoutDescriptions));
  });

  it('sets the resolvers on their fields, and refuses one the schema has no field for when the fields are made, one for a type it lacks at the start', () => {
    const data = compactSchema(served);
    const ok = () => true;
    expect(buildCompactSchema(data, true, { Query: { ok } }).getQueryType()?.getFields().ok?.resolve).toBe(ok);
    const withUnknownField = buildCompactSchema(data, true, { Query: { nothing: ok } } as Resolvers);
    expect(() => withUnknownField.getQueryType()?.getFields()).toThrow('resolver Query.nothing names a field the schema does not define');
    expect(() => buildCompactSchema(data, true, { Query: { ok: 'yes' } } as unknown as Resolvers).getQueryType()?.getFields()).toThrow('resolver Query.ok is not a function');
    expect(() => buildCompactSchema(data, true, { Book: { title: ok } } as unknown as Resolvers)).toThrow('resolvers given for Book, which is not an object type of the schema');
  });

  it('refuses, when the bundle is built, a schema using what it cannot express', () => {
    expect(() => compactSchema(buildASTSchema(parse('type Query { a: Int @deprecated(reason: "b") }')))).toThrow('the deprecation of Query.a');
    expect(() => compactSchema(buildASTSchema(parse('type Query { a(b: Int = 1): Int }')))).toThrow('the default value of Query.a.b');
    expect(() => compactSchema(buildASTSchema(parse('scalar Date type Query { a: Date }')))).toThrow('Date, a type of its kind');
    expect(() => compactSchema(buildASTSchema(parse('interface Node { id: ID } type Query implements Node { id: ID }')))).toThrow('Node, a type of its kind');
  });
});

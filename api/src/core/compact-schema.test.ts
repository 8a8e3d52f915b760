import { buildASTSchema, parse, printSchema, validateSchema, visit } from 'graphql';
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

  it('refuses, when the bundle is built, a schema using what it cannot express', () => {
    expect(() => compactSchema(buildASTSchema(parse('type Query { a: Int @deprecated(reason: "b") }')))).toThrow('the deprecation of Query.a');
    expect(() => compactSchema(buildASTSchema(parse('type Query { a(b: Int = 1): Int }')))).toThrow('the default value of Query.a.b');
    expect(() => compactSchema(buildASTSchema(parse('scalar Date type Query { a: Date }')))).toThrow('Date, a type of its kind');
    expect(() => compactSchema(buildASTSchema(parse('interface Node { id: ID } type Query implements Node { id: ID }')))).toThrow('Node, a type of its kind');
  });
});

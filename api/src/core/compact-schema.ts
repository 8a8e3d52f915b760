import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLField,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import type { Resolvers } from '../generated/resolvers';
import { checkFieldResolvers, notAnObjectType } from '../resolvers';
import { builtOnRead } from './lazy-load';

// The schema as plain data for the Lambda bundle (infra/lib/lambda-bundle.ts, decision 020): a cold
// start builds the schema's types from it directly, rather than parsing the SDL and building the
// schema from its syntax tree, which was the largest single part of a cold start (issue 17). What
// it keeps is what production serves: names and types, no descriptions (introspection is off
// there) and no syntax nodes. It covers the kinds of type GovOpen's schema has; compactSchema
// refuses a schema using anything else, when the bundle is built.

/** A field or argument: its name and its type as the SDL writes it (`[String!]!`), then its arguments' pairs, or 0. */
type CompactFields = Array<string | 0 | string[]>;

/**
 * Enum: [0, name, values]; object type: [1, name, [field, type, arguments]…]; input type: [2, name,
 * [field, type]…]; one of GraphQL's own scalars the schema uses (Int, ID, …): [3, name].
 */
export type CompactType = [0, string, string[]] | [1, string, CompactFields] | [2, string, string[]] | [3, string];

function refuse(what: string): never {
  throw new Error(`the Lambda's compact schema (api/src/core/compact-schema.ts) has no way to express ${what}: add it there`);
}

function namesAndTypes(fields: ReadonlyArray<GraphQLInputField | GraphQLField<unknown, unknown>['args'][number]>, owner: string): string[] {
  return fields.flatMap((field) => {
    if (field.defaultValue !== undefined) refuse(`the default value of ${owner}.${field.name}`);
    if (field.deprecationReason) refuse(`the deprecation of ${owner}.${field.name}`);
    return [field.name, String(field.type)];
  });
}

/** The types of `schema` as data, from its type map; called when the bundle is built. */
export function compactSchema(schema: GraphQLSchema): CompactType[] {
  if (schema.getSubscriptionType()) refuse('a Subscription type');
  if (schema.getDirectives().some((directive) => !['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf'].includes(directive.name))) refuse('directives of its own');
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .map((type: GraphQLNamedType): CompactType => {
      if (isSpecifiedScalarType(type)) return [3, type.name];
      if (isEnumType(type)) {
        return [0, type.name, type.getValues().map((value) => (value.deprecationReason ? refuse(`the deprecation of ${type.name}.${value.name}`) : value.name))];
      }
      if (isObjectType(type)) {
        const fields = Object.values(type.getFields()).flatMap((field) => {
          if (field.deprecationReason) refuse(`the deprecation of ${type.name}.${field.name}`);
          return [field.name, String(field.type), field.args.length > 0 ? namesAndTypes(field.args, `${type.name}.${field.name}`) : (0 as const)];
        });
        return [1, type.name, fields];
      }
      if (isInputObjectType(type)) {
        if (type.isOneOf) refuse(`@oneOf on ${type.name}`);
        return [2, type.name, namesAndTypes(Object.values(type.getFields()), type.name)];
      }
      return refuse(`${type.name}, a type of its kind`);
    });
}

/**
 * The schema `compactSchema` described, with `resolvers` on their fields (checked as
 * attachResolvers checks them: resolvers for a type the schema lacks at the start, a type's
 * resolvers against its fields when they are made, decision 029); `assumeValid` as buildASTSchema's. Each type is made
 * the first time something names it, and its fields (and an enum's values) the first time
 * something reads them: a request makes those of the types it reaches (decision 033). GraphQLSchema's constructor would read every field of every type to find the types they
 * name, and setting resolvers on made fields would make them all (~4% of a Lambda cold start
 * together, decision 025); the data lists every type already, so the schema is made with only
 * GraphQL's own types and given ours (a schema of ours has no interfaces, so none of the
 * constructor's other work applies). compact-schema.test.ts checks the result against the schema
 * the SDL builds.
 */
export function buildCompactSchema(types: readonly CompactType[], assumeValid: boolean, resolvers: Resolvers = {}): GraphQLSchema {
  const scalars: Record<string, GraphQLNamedType> = { String: GraphQLString, Int: GraphQLInt, Float: GraphQLFloat, Boolean: GraphQLBoolean, ID: GraphQLID };
  const described: Record<string, CompactType> = {};
  for (const type of types) if (type[0] !== 3) described[type[1]] = type;
  const resolverOf = resolvers as Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>> | undefined>;
  const typeOf = (written: string): GraphQLOutputType & GraphQLInputType => {
    if (written.endsWith('!')) return new GraphQLNonNull(typeOf(written.slice(0, -1)));
    if (written.startsWith('[')) return new GraphQLList(typeOf(written.slice(1, -1)));
    return (scalars[written] ?? ours[written]) as GraphQLOutputType & GraphQLInputType;
  };
  const argumentsOf = (pairs: readonly string[]) => {
    const configs: Record<string, { type: GraphQLInputType }> = {};
    for (let i = 0; i < pairs.length; i += 2) configs[pairs[i]!] = { type: typeOf(pairs[i + 1]!) };
    return configs;
  };
  const objectFields = (name: string, members: CompactFields) => () => {
    const configs: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
    const resolved = resolverOf[name];
    if (resolved) checkFieldResolvers(name, resolved, new Set(members.filter((_, i) => i % 3 === 0) as string[]));
    for (let i = 0; i < members.length; i += 3) {
      const field = members[i] as string;
      const args = members[i + 2] as string[] | 0;
      configs[field] = { type: typeOf(members[i + 1] as string), resolve: resolved?.[field] };
      if (args) configs[field].args = argumentsOf(args);
    }
    return configs;
  };
  // Each of our types is made when first named: a request reaches a few of them.
  const ours = builtOnRead(Object.keys(described), (name): GraphQLNamedType => {
    const [kind, , members] = described[name]!;
    if (kind === 0) return new GraphQLEnumType({ name, values: () => Object.fromEntries(members.map((value) => [value, {}])) });
    if (kind === 2) return new GraphQLInputObjectType({ name, fields: () => argumentsOf(members) });
    return new GraphQLObjectType({ name, fields: objectFields(name, members as CompactFields) });
  });
  // Resolvers for a type the schema lacks stop the start; those of a type's fields are checked as its fields are made.
  for (const typeName of Object.keys(resolvers)) if (described[typeName]?.[0] !== 1) throw notAnObjectType(typeName);
  // GraphQL's own: the introspection types, and the scalars they and the directives name.
  const schema = new GraphQLSchema({ assumeValid });
  const typeMap: Record<string, GraphQLNamedType> = ours;
  for (const type of [...types.filter(([kind]) => kind === 3).map(([, name]) => scalars[name]!), ...Object.values(schema.getTypeMap())]) typeMap[type.name] = type;
  Object.assign(schema, { _queryType: ours.Query, _mutationType: ours.Mutation, _typeMap: typeMap });
  return schema;
}

import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { typeDefs } from '../api/src/generated/type-defs';
import { persistedOperations } from '../api/src/generated/persisted-operations';
import { armorProtection } from '../api/src/core/safety';

// Every operation the mini-app ships must pass the API's own checks, limits included: an operation
// that grew past the depth or cost limit would otherwise fail only on residents' phones.
const schema = buildSchema(typeDefs);
const rules = [...specifiedRules, ...armorProtection(true).validationRules];

it.each(Object.values(persistedOperations).map((text) => [/^(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? text.slice(0, 40), text]))(
  '%s is valid against the schema and within the production limits',
  (_name, text) => {
    expect(validate(schema, parse(text), rules).map((error) => error.message)).toEqual([]);
  },
);

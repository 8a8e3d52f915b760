import * as z from 'zod';
import { TABLE_INDEXES, TABLE_KEYS } from './table-definition';

// How one kind of item sits in the table, declared once per item type in its feature's
// `*-items.ts`: its attributes (a zod object: what is read back is checked against it, unknown
// attributes such as the keys are dropped), its key templates and, where it has them, its index keys.
// The attributes are given as a function: the zod object is built the first time an item of the type
// is read back, not at every Lambda cold start for all 58 types (decision 020).
// Nothing else builds keys. docs/table-design.md is generated from these declarations.
//
// A template is literal text with holes filled from the item's attributes (or from parts the
// declaration derives from them): `{id}`; `{seq:8}` a number in 8 digits; `{year:desc}` 9999 − year
// in 4 digits, so that later years sort first.

type KeyValue = string | number;

/** An attribute that may be null: stored absent (see `item`), read back as null. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);
export type IndexName = 'gsi1' | 'gsi2';

/** Named like the key attributes (table-definition.ts). */
export type KeyTemplates = { pk: string; sk: string; gsi1pk?: string; gsi1sk?: string; gsi2pk?: string; gsi2sk?: string };

type HoleName<H extends string> = H extends `${infer Name}:${string}` ? Name : H;
/** The hole names of a template: `HolesOf<'EVENT#{id}'>` is `'id'`. */
export type HolesOf<T> = T extends `${string}{${infer Hole}}${infer Rest}` ? HoleName<Hole> | HolesOf<Rest> : never;
export type Parts<Names extends string> = { [Name in Names]: KeyValue };

type PkOf<K extends KeyTemplates, I extends IndexName | undefined> = I extends IndexName ? K[`${I}pk`] : K['pk'];
type SkOf<K extends KeyTemplates, I extends IndexName | undefined> = I extends IndexName ? K[`${I}sk`] : K['sk'];
/** What a query names: every part of the partition key, and the leading parts of the sort key it narrows to. */
export type Where<K extends KeyTemplates, I extends IndexName | undefined> = Parts<HolesOf<PkOf<K, I>>> & Partial<Parts<HolesOf<SkOf<K, I>>>>;

export interface ItemDeclaration<S extends z.ZodObject, K extends KeyTemplates, D extends string> {
  /** What one item is, in a few words (docs/table-design.md). */
  name: string;
  /** What else a reader of the table design needs: orderings, who changes what, attributes only conditions use. */
  notes?: string;
  /** Called once, when the first item of the type is decoded (or the declaration's `attributes` read). */
  attributes: () => S;
  keys: K;
  /** Key parts that are no attribute, each computed from the item. */
  derive?: { [Part in D]: (value: z.output<S>) => KeyValue };
  /**
   * Index keys are written only for items this accepts (its `note` says which, in the docs): those of
   * every index the item has, or with `index`, of that one only (the item stays on its other indexes).
   */
  indexedWhen?: { note: string; test: (value: z.output<S>) => boolean; index?: IndexName };
}

export interface ItemType<S extends z.ZodObject = z.ZodObject, K extends KeyTemplates = KeyTemplates, D extends string = string> {
  /** What the docs show: the declaration without its functions. */
  readonly declaration: Omit<ItemDeclaration<S, K, D>, 'attributes' | 'derive' | 'indexedWhen'> & { readonly attributes: S; indexedWhen?: { note: string; index?: IndexName } };
  /** pk and sk of the item these parts name. */
  key(parts: Parts<HolesOf<K['pk'] | K['sk']>>): { pk: string; sk: string };
  /** Every key attribute of the item: pk and sk, and its index keys where it is indexed. */
  keysOf(value: z.output<S>): Record<string, string>;
  /**
   * The clauses of an UpdateExpression that leave a sparse index's keys as `after` (the item once
   * updated) has them: set when it is indexed, removed when not.
   */
  indexUpdate(after: z.output<S>, index: IndexName): { set: string[]; remove: string[]; values: Record<string, string> };
  /** The item as written: keys and attributes, a null attribute left out (conditions test absence). */
  item(value: z.output<S>): Record<string, unknown>;
  /** The item read back, checked against the declaration. */
  decode(item: Record<string, unknown>): z.output<S>;
  /** Whether a raw item (of a partition several item types share) is one of these, told by its keys. */
  is(item: Record<string, unknown>): boolean;
  /** The partition key (attribute and value) and the sort key prefix a query names. */
  where<I extends IndexName | undefined = undefined>(parts: Where<K, I>, index?: I): { partition: { name: string; value: string }; sort: { name: string; prefix: string } };
}

type Segment = { text: string } | { hole: string; format?: string };

function parse(template: string): Segment[] {
  return template.split(/(\{[^}]+\})/u).filter(Boolean).map((piece) => {
    if (!piece.startsWith('{')) return { text: piece };
    const [hole = '', format] = piece.slice(1, -1).split(':');
    return { hole, format };
  });
}

function formatted(value: KeyValue, format: string | undefined): string {
  if (format === 'desc') return String(9999 - Number(value)).padStart(4, '0');
  if (format) return String(value).padStart(Number(format), '0');
  return String(value);
}

/** The template filled in; with `prefix`, only up to the first hole without a value. */
function fill(segments: Segment[], values: Record<string, unknown>, prefix = false): string {
  let out = '';
  for (const segment of segments) {
    if ('text' in segment) {
      out += segment.text;
      continue;
    }
    const value = values[segment.hole];
    if (value === undefined || value === null || value === '') {
      if (prefix) return out;
      throw new Error(`key part ${segment.hole} is missing`);
    }
    out += formatted(value as KeyValue, segment.format);
  }
  return out;
}

/** A template as the docs show it: `EVENT#<id>`, `WAIT#<seq, 8 digits>`. */
export function describeTemplate(template: string): string {
  return parse(template)
    .map((s) => ('text' in s ? s.text : s.format === 'desc' ? `<9999 − ${s.hole}>` : s.format ? `<${s.hole}, ${s.format} digits>` : `<${s.hole}>`))
    .join('');
}

const indexKeys = (index: IndexName | undefined) => {
  const definition = TABLE_INDEXES.find((candidate) => candidate.indexName === index);
  return definition ? { pk: definition.partitionKey, sk: definition.sortKey } : { pk: TABLE_KEYS.partitionKey, sk: TABLE_KEYS.sortKey };
};

/** Holes of the templates that are neither an attribute nor a derived part (there must be none). */
type Unfilled<S extends z.ZodObject, K extends KeyTemplates, D extends string> = Exclude<HolesOf<K[keyof K]>, keyof z.output<S> | D>;

export function itemType<S extends z.ZodObject, const K extends KeyTemplates, D extends string = never>(
  declaration: ItemDeclaration<S, K, D>,
  // A compile-time check after inference: a template naming a part nothing fills asks for this argument.
  ..._complete: [Unfilled<S, K, D>] extends [never] ? [] : [keyPartsWithoutValue: Unfilled<S, K, D>]
): ItemType<S, K, D> {
  const templates = Object.fromEntries(Object.entries<string | undefined>(declaration.keys).flatMap(([name, template]) => (template === undefined ? [] : [[name, parse(template)]])));
  const [pk, sk] = [parse(declaration.keys.pk), parse(declaration.keys.sk)];
  const pattern = (segments: Segment[]) => new RegExp(`^${segments.map((s) => ('text' in s ? s.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') : '.+')).join('')}$`, 'u');
  const [pkPattern, skPattern] = [pattern(pk), pattern(sk)];

  const keysOf = (value: z.output<S>) => {
    const derived = Object.entries<(value: z.output<S>) => KeyValue>(declaration.derive ?? {}).map(([part, compute]) => [part, compute(value)]);
    const values: Record<string, unknown> = { ...value, ...Object.fromEntries(derived) };
    const sparse = declaration.indexedWhen;
    const left = sparse && !sparse.test(value) ? TABLE_INDEXES.filter((index) => !sparse.index || index.indexName === sparse.index) : [];
    const leftOut = new Set(left.flatMap((index) => [index.partitionKey, index.sortKey]));
    const keys: Record<string, string> = {};
    for (const [name, segments] of Object.entries(templates)) {
      if (!leftOut.has(name)) keys[name] = fill(segments, values);
    }
    return keys;
  };

  const indexUpdate = (after: z.output<S>, index: IndexName) => {
    const sparse = declaration.indexedWhen;
    if (!sparse || (sparse.index && sparse.index !== index)) throw new Error(`${declaration.name} is not sparse on ${index}`);
    const names = indexKeys(index);
    const keys = keysOf(after);
    const present = [names.pk, names.sk].filter((name) => keys[name] !== undefined);
    return {
      set: present.map((name) => `${name} = :${name}`),
      remove: [names.pk, names.sk].filter((name) => keys[name] === undefined),
      values: Object.fromEntries(present.map((name) => [`:${name}`, keys[name] as string])),
    };
  };

  let attributes: S | undefined;
  const schema = () => (attributes ??= declaration.attributes());
  const { attributes: _attributes, derive: _derive, indexedWhen, ...described } = declaration;
  return {
    declaration: {
      ...described,
      get attributes() {
        return schema();
      },
      ...(indexedWhen ? { indexedWhen: { note: indexedWhen.note, ...(indexedWhen.index ? { index: indexedWhen.index } : {}) } } : {}),
    },
    key: (parts) => ({ pk: fill(pk, parts), sk: fill(sk, parts) }),
    keysOf,
    indexUpdate,
    item(value) {
      const attributes = Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null));
      return { ...attributes, ...keysOf(value) };
    },
    decode(item) {
      const result = schema().safeParse(item);
      if (!result.success) throw new Error(`stored ${declaration.name} ${String(item.pk)} ${String(item.sk)} does not match its declaration: ${result.error.message}`);
      return result.data;
    },
    is: (item) => typeof item.pk === 'string' && typeof item.sk === 'string' && pkPattern.test(item.pk) && skPattern.test(item.sk),
    where(parts, index) {
      const names = indexKeys(index);
      const partition = templates[names.pk];
      const sort = templates[names.sk];
      if (!partition || !sort) throw new Error(`${declaration.name} has no ${index ?? 'table'} keys`);
      return {
        partition: { name: names.pk, value: fill(partition, parts) },
        sort: { name: names.sk, prefix: fill(sort, parts, true) },
      };
    },
  };
}

/** The key attributes of a table or index (what a cursor must hold). */
export function cursorKeyNames(index: IndexName | undefined): string[] {
  const names = indexKeys(index);
  return index ? [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, names.pk, names.sk] : [names.pk, names.sk];
}

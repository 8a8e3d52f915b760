import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { buildASTSchema, parse } from 'graphql';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compactSchema } from '../../api/src/core/compact-schema';
import { typeDefs } from '../../api/src/generated/type-defs';
import { LAMBDA_ENTRY, REPO_ROOT } from './paths';

// How the GraphQL Lambda is bundled: `cdk synth` (infra/lib/api-function.ts), the size test and
// `npm run bench` all call bundleLambda, so what is measured is what is deployed.
//
// ES modules with code splitting: what a cold start needs is index.mjs and the chunks it imports
// statically; everything reached only through `import()` (S3 and Secrets Manager clients, the
// document readers, Apollo's reporting plugins, the SDK's credential providers) is a chunk of its
// own, read from disk the first time it is used. Data needed synchronously but rarely is a
// CommonJS file of its own (FILES_BESIDE). All files sit in one folder, so a require() from any
// chunk finds them.

/** index.mjs plus the chunks it imports statically, i.e. what every cold start loads (issue 17). */
export const LAMBDA_BUNDLE_BUDGET_BYTES = 1024 * 1024;

/** Lambda's runtime: node22 (infra/lib/api-function.ts). */
export const LAMBDA_TARGET = 'node22';

/**
 * One copy of each package that ships both a CommonJS and an ES build. `@as-integrations/aws-lambda`
 * is CommonJS and `require`s `@apollo/server`, which then resolves to its CommonJS build while our
 * `import`s get its ES build: two Apollo Servers in one bundle, both evaluated at load. graphql-armor
 * imports `graphql/language/parser`, which finds graphql's `.js` files beside the `.mjs` ones the
 * rest uses. Both are sent to the ES build.
 */
const oneCopyOfDualPackages: Plugin = {
  name: 'one-copy-of-dual-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@apollo\/server(\/.*)?$/ }, async (args) => {
      if (args.kind !== 'require-call') return undefined;
      return esbuild.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir, importer: args.importer });
    });
    esbuild.onResolve({ filter: /^graphql\/[^.]+$/ }, async (args) => esbuild.resolve(`${args.path}.mjs`, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer }));
  },
};

const SHIMS = path.join(REPO_ROOT, 'infra', 'lib', 'lambda-shims');

/** Apollo Server's optional parts that GovOpen never loads, and its `import('graphql')` (see the shims). */
const apolloShims: Plugin = {
  name: 'apollo-shims',
  setup(esbuild) {
    const fromApolloServer = (importer: string) => /@apollo\/server\/dist\/esm\/ApolloServer\.js$/.test(importer);
    esbuild.onResolve({ filter: /^\.\/plugin\/(usageReporting|schemaReporting|inlineTrace)\/index\.js$/ }, (args) =>
      fromApolloServer(args.importer) ? { path: path.join(SHIMS, 'apollo-reporting.ts') } : undefined,
    );
    esbuild.onResolve({ filter: /^@graphql-tools\/schema$/ }, (args) => (fromApolloServer(args.importer) ? { path: path.join(SHIMS, 'apollo-executable-schema.ts') } : undefined));
    esbuild.onResolve({ filter: /^graphql$/ }, (args) => (args.kind === 'dynamic-import' ? { path: path.join(SHIMS, 'graphql-version.ts') } : undefined));
  },
};

/**
 * Node's web streams left unloaded until something uses them (decision 022): @smithy/core reads the
 * global `ReadableStream` at load (a checksum class only the lazy S3 client uses) and at each answer
 * it collects (asking whether the body is a web stream before trying a Node stream); and Node's zlib,
 * which @smithy/core imports at load for a CRC32 only the S3 client computes (decision 025). See the shims.
 */
const smithyShims: Plugin = {
  name: 'smithy-shims',
  setup(esbuild) {
    const utilStream = /@smithy\/core\/dist-es\/submodules\/serde\/(util-stream\/(checksum\/createChecksumStream\.browser|sdk-stream-mixin)|index)\.js$/;
    esbuild.onResolve({ filter: /^\.\/ChecksumStream\.browser$/ }, (args) => (utilStream.test(args.importer) ? { path: path.join(SHIMS, 'smithy-checksum-stream.ts') } : undefined));
    esbuild.onResolve({ filter: /^\.\/(util-stream\/)?stream-collector$/ }, (args) => (utilStream.test(args.importer) ? { path: path.join(SHIMS, 'smithy-stream-collector.ts') } : undefined));
    esbuild.onResolve({ filter: /^node:zlib$/ }, (args) =>
      /@smithy\/core\/dist-es\/submodules\/checksum\/crc32\/Crc32Node\.js$/.test(args.importer) ? { path: path.join(SHIMS, 'smithy-zlib-crc32.ts') } : undefined,
    );
  },
};

/**
 * `import { env } from 'node:process'` as the global `process` (decision 028): an ES import of Node's
 * `process` module reads every property of it, which loads Node's diagnostic report and the standard
 * streams. The AWS SDK's user agent imports it so; see the shim.
 */
const processAsGlobal: Plugin = {
  name: 'process-as-global',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?process$/ }, (args) => (args.kind === 'import-statement' ? { path: path.join(SHIMS, 'node-process.ts') } : undefined));
  },
};

/**
 * Data that code needs synchronously but rarely, each a CommonJS file of its own beside the chunks,
 * loaded by the require() in the code that needs it: the Traditional → Simplified dictionaries
 * (shared/src/chinese.ts), the QR code generator (api/src/core/qr-code.ts) and the holiday
 * calendar (api/src/core/working-days.ts), the pinyin readings (api/src/search/pinyin.ts).
 */
export const FILES_BESIDE: Readonly<Record<string, string>> = {
  'opencc-js/t2cn': 'opencc-t2cn',
  'qrcode-generator': 'qrcode-generator',
  'chinese-days/dist/chinese-days.json': 'holiday-calendar',
  'pinyin-match/src/simplified_dict.js': 'pinyin-readings',
};

const filesBeside: Plugin = {
  name: 'files-beside',
  setup(esbuild) {
    const names = Object.keys(FILES_BESIDE).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'));
    esbuild.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) =>
      args.kind === 'require-call' ? { path: `./${FILES_BESIDE[args.path]}.cjs`, external: true } : undefined,
    );
  },
};

/**
 * The schema built from data rather than from its SDL (api/src/core/compact-schema.ts): parsing the
 * text and building from its syntax tree was the largest single part of a cold start (decision 020).
 * The data leaves out the descriptions, which are for people reading the schema through
 * introspection, which production turns off (api/src/server.ts).
 */
const compactTypeSchema: Plugin = {
  name: 'compact-type-schema',
  setup(esbuild) {
    esbuild.onLoad({ filter: /api\/src\/type-schema\.ts$/ }, () => {
      const types = JSON.stringify(compactSchema(buildASTSchema(parse(typeDefs))));
      return {
        contents: `import { buildCompactSchema } from './core/compact-schema';\nconst types = ${types};\nexport const executableSchema = (production: boolean, resolvers: object) => buildCompactSchema(types, production, resolvers);`,
        loader: 'ts',
      };
    });
  },
};

/**
 * What a cold start loads in a few chunks rather than 50-odd (decision 020). esbuild puts each module
 * in a chunk by the set of entry points (index.mjs and every `import()` target) that reach it, so
 * the cold-start code was split as many ways as there were sets of lazy parts sharing it: each one
 * more file to open, resolve, compile and link at every cold start. Here every lazy part of ours and
 * of the AWS SDK also imports the Lambda's entry, so all of them reach all of the cold-start code:
 * one chunk (the entry is evaluated by then, so the import runs nothing). Apollo Server's own lazy
 * plugins are left alone (so treated, esbuild kept the whole DynamoDB client, 60 KB more), as are
 * CommonJS parts (mammoth), whose `import()` an `export *` would not give the same shape.
 */
const oneColdStartChunk = (entry: string): Plugin => ({
  name: 'one-cold-start-chunk',
  setup(esbuild) {
    esbuild.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'lazy-part') return undefined;
      const target = await esbuild.resolve(args.path, { kind: 'dynamic-import', resolveDir: args.resolveDir, importer: args.importer, pluginData: 'lazy-part' });
      if (target.errors.length > 0 || target.external || target.namespace !== 'file') return undefined;
      if (!/\/(api|shared)\/src\/|\/node_modules\/@(aws-sdk|smithy)\//u.test(target.path)) return undefined;
      const source = await readFile(target.path, 'utf8');
      if (!/^\s*(import|export)\b/mu.test(source)) return undefined;
      return { path: target.path, namespace: 'lazy-part', pluginData: source };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-part' }, (args) => {
      const target = JSON.stringify(args.path);
      const defaultExport = /export\s+default\b|\bas\s+default\b/u.test(args.pluginData as string) ? `export { default } from ${target};\n` : '';
      return { contents: `import ${JSON.stringify(entry)};\nexport * from ${target};\n${defaultExport}`, resolveDir: path.dirname(args.path), loader: 'js' };
    });
  },
});

/**
 * That one chunk cut in three, each part the modules one of these entries reaches (an entry point
 * of its own is a set of its own): compiled as one, the chunk's top-level code raised the peak
 * memory by 5 MB. Their own output files are never loaded.
 */
const COLD_START_PARTS: Readonly<Record<string, string>> = {
  'cold-start-aws-sdk': "export { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'; export { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
  'cold-start-zod': "export { object } from 'zod';",
};

const coldStartParts: Plugin = {
  name: 'cold-start-parts',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^cold-start-part:/ }, (args) => ({ path: args.path.slice('cold-start-part:'.length), namespace: 'cold-start-part' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'cold-start-part' }, (args) => ({ contents: COLD_START_PARTS[args.path], resolveDir: REPO_ROOT, loader: 'js' }));
  },
};

const COMMON_OPTIONS = {
  absWorkingDir: REPO_ROOT,
  bundle: true,
  platform: 'node',
  target: LAMBDA_TARGET,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  // Chinese text as UTF-8 rather than \u escapes: a third of the bytes.
  charset: 'utf8',
  // Licence comments in a file of their own beside each output (*.LEGAL.txt), not parsed at a cold start.
  legalComments: 'external',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** `entry` other than the Lambda's: the benchmark's bare Apollo handler, bundled the same way. */
export function lambdaBuildOptions(outdir: string, entry = LAMBDA_ENTRY): BuildOptions & { metafile: true } {
  return {
    ...COMMON_OPTIONS,
    entryPoints: { index: entry, ...Object.fromEntries(Object.keys(COLD_START_PARTS).map((part) => [part, `cold-start-part:${part}`])) },
    format: 'esm',
    // The ES builds first: the AWS SDK's ES builds load credential providers with import(), which
    // becomes a lazy chunk, where their CommonJS builds' require() would be inlined.
    mainFields: ['module', 'main'],
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    // No externals: the AWS SDK we test against ships in the bundle, not whichever one the runtime carries.
    chunkNames: '[name]-[hash]',
    // CommonJS packages in an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    alias: { '@apollo/utils.createhash': './infra/lib/lambda-shims/apollo-create-hash.ts' },
    plugins: [oneCopyOfDualPackages, apolloShims, smithyShims, processAsGlobal, filesBeside, compactTypeSchema, oneColdStartChunk(entry), coldStartParts],
  };
}

/** Each file beside is `module.exports = require(module)`, bundled: what the code's require() gets. */
const besideEntries: Plugin = {
  name: 'beside-entries',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^beside:/ }, (args) => ({ path: args.path.slice('beside:'.length), namespace: 'beside' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'beside' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, resolveDir: REPO_ROOT, loader: 'js' }));
  },
};

function filesBesideBuildOptions(outdir: string): BuildOptions & { metafile: true } {
  const entryPoints = Object.fromEntries(Object.entries(FILES_BESIDE).map(([module, file]) => [file, `beside:${module}`]));
  return { ...COMMON_OPTIONS, entryPoints, format: 'cjs', outdir, outExtension: { '.js': '.cjs' }, plugins: [besideEntries] };
}

export interface LambdaBundle {
  /** The folder holding index.mjs, its chunks and their source maps. */
  outdir: string;
  metafile: Metafile;
}

/** Bundles api/src/lambda.ts (or another entry) into `outdir`; index.mjs exports `handler`. */
export async function bundleLambda(outdir: string, entry = LAMBDA_ENTRY): Promise<LambdaBundle> {
  const [main, beside] = await Promise.all([build(lambdaBuildOptions(outdir, entry)), build(filesBesideBuildOptions(outdir))]);
  return { outdir, metafile: { inputs: { ...main.metafile.inputs, ...beside.metafile.inputs }, outputs: { ...main.metafile.outputs, ...beside.metafile.outputs } } };
}

export interface BundleFigures {
  /** index.mjs and every chunk it imports statically, transitively: what a cold start reads. */
  coldLoadBytes: number;
  /** Every file of the bundle but source maps, lazy chunks and the dictionaries included. */
  totalBytes: number;
  /** Bytes in the cold-load files per package (or per api/src folder), largest first. */
  coldLoadParts: Array<{ part: string; bytes: number }>;
  /** The source files (relative to the repository) bundled into the cold-load files. */
  coldLoadInputs: string[];
}

/** Which package (or api/src folder) a bundled input file belongs to. */
function partOf(input: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  if (inPackage?.[1]) return inPackage[1];
  const segments = input.split('/');
  return segments[0] === 'api' && segments[1] === 'src' ? `api/src/${segments[2]}` : segments.slice(0, 2).join('/');
}

/** Sizes from esbuild's metafile: the cold-load set is followed through static imports only. */
export function bundleFigures(metafile: Metafile): BundleFigures {
  const outputs = Object.entries(metafile.outputs).filter(([file]) => !file.endsWith('.map'));
  const byPath = new Map(outputs.map(([file, output]) => [path.resolve(REPO_ROOT, file), output]));
  // Each import() target is an entry point of its own too: look for index.mjs.
  const entry = outputs.find(([file]) => path.basename(file) === 'index.mjs');
  if (!entry) throw new Error('the bundle has no entry point');
  const cold = new Set<string>();
  const visit = (file: string) => {
    const absolute = path.resolve(REPO_ROOT, file);
    if (cold.has(absolute)) return;
    cold.add(absolute);
    for (const imported of byPath.get(absolute)?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry[0]);
  const parts = new Map<string, number>();
  const inputs: string[] = [];
  for (const file of cold) {
    for (const [input, { bytesInOutput }] of Object.entries(byPath.get(file)!.inputs)) {
      parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
      inputs.push(input);
    }
  }
  return {
    coldLoadBytes: [...cold].reduce((sum, file) => sum + byPath.get(file)!.bytes, 0),
    totalBytes: outputs.reduce((sum, [, output]) => sum + output.bytes, 0),
    coldLoadParts: [...parts].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes),
    coldLoadInputs: inputs,
  };
}

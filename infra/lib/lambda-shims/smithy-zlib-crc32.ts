// Replaces `node:zlib` for @smithy/core's Crc32Node.js in the Lambda bundle (infra/lib/lambda-bundle.ts).
// That module imports zlib at load for its `crc32`, and importing it makes Node load and compile its
// zlib module (~1% of a cold start's instructions, decision 025). Only the lazy S3 client computes a
// CRC32; the module is in the cold start because the DynamoDB and S3 clients share @smithy/core's
// indexes. Here zlib is loaded by the first checksum. (Node 20.15+ and 22.2+ have `zlib.crc32`, so
// Crc32Node.js takes this function where the original would have taken zlib's.)
let zlib: typeof import('node:zlib') | undefined;

export const crc32 = (data: Parameters<typeof import('node:zlib').crc32>[0], value?: number): number =>
  (zlib ??= process.getBuiltinModule('node:zlib')).crc32(data, value);

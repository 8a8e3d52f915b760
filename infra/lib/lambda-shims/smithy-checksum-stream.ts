// Replaces @smithy/core's ChecksumStream.browser.js in the Lambda bundle (infra/lib/lambda-bundle.ts).
// The original reads the global `ReadableStream` at load to extend it, and reading that global makes
// Node load its web streams (~2% of a cold start's instructions, decision 022). It is in the cold
// start only because the DynamoDB client and the lazy S3 client share @smithy/core's indexes; its one
// user, createChecksumStream.browser.js (a web-stream body's checksum, S3 only), reads
// `ChecksumStream.prototype` to give the checked stream, which here is made on first read.
let prototype: ReadableStream | undefined;

export const ChecksumStream = {
  get prototype(): ReadableStream {
    prototype ??= Object.create(ReadableStream.prototype) as ReadableStream;
    return prototype;
  },
};

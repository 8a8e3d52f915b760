// Replaces @smithy/core's stream collector for the modules that import it in the Lambda bundle
// (infra/lib/lambda-bundle.ts). The original first asks whether a body is a Blob or a web
// ReadableStream, and reading the global `ReadableStream` makes Node load its web streams (~2% of a
// cold start's instructions, decision 022) at the first DynamoDB answer. Every body the Node HTTP
// handler gives is a Node stream, so this asks that first and leaves the rest to the original.
import { Readable } from 'node:stream';
// The original file itself (the package's exports do not list it); the plugin sends only its other importers here.
// @ts-expect-error: a JavaScript file without types
import { streamCollector as anyBody } from '../../../node_modules/@smithy/core/dist-es/submodules/serde/util-stream/stream-collector.js';

export function streamCollector(stream: unknown): Promise<Uint8Array> {
  if (!(stream instanceof Readable)) return (anyBody as (body: unknown) => Promise<Uint8Array>)(stream);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    });
  });
}

import { z } from 'zod';
import { badInput } from './errors';

// Relay cursors are opaque to clients: the DynamoDB key of the last item, base64url-encoded JSON.

export type StoreKey = Record<string, string | number>;

const keySchema = z.record(z.string().max(100), z.union([z.string().max(1000), z.number()]));

export function encodeCursor(key: StoreKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): StoreKey {
  try {
    return keySchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badInput('翻页参数不正确，请从第一页重新查看。', { field: 'after' });
  }
}

import { createHash, randomBytes } from 'node:crypto';

// The fair draw (公开抽签) of an oversubscribed open day, reproducible by anyone who has the published
// seed and the list of applicants:
//
//   1. the applicants' registration numbers are sorted in ascending code-unit order (JavaScript's
//      default sort, the same as byte order for these ASCII numbers);
//   2. a Fisher–Yates shuffle runs from the last place down to the second: for place i (counted from
//      0) it swaps with place j = r mod (i + 1), where r is the first 6 bytes, as a big-endian
//      integer, of SHA-256 over the UTF-8 text `<seed>:<i>:<k>`, for the smallest k = 0, 1, … whose r
//      is below ⌊2^48 / (i + 1)⌋ · (i + 1) (so every j is exactly equally likely);
//   3. the first `capacity` places are selected, the rest wait in that order.

export const DRAW_ALGORITHM =
  'SHA-256 计数器 + Fisher–Yates：报名编号按字典序排列；从最后一位到第二位，第 i 位（从 0 数）与第 j 位交换，' +
  'j = SHA-256("种子:i:k") 前 6 字节（大端整数）除以 (i+1) 的余数，k 从 0 起取第一个小于 ⌊2^48/(i+1)⌋×(i+1) 的值；前“名额”位入选，其余按顺序候补。';

const RANGE = 2 ** 48;

/** A uniformly distributed integer in [0, n), determined by the seed and the place. */
function uniformIndex(seed: string, place: number, n: number): number {
  const limit = Math.floor(RANGE / n) * n;
  for (let k = 0; ; k += 1) {
    const r = createHash('sha256').update(`${seed}:${place}:${k}`, 'utf8').digest().readUIntBE(0, 6);
    if (r < limit) return r % n;
  }
}

/** The applicants in draw order: the same seed and the same applicants always give the same order. */
export function drawOrder(seed: string, applicantIds: readonly string[]): string[] {
  const order = [...applicantIds].sort();
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = uniformIndex(seed, i, i + 1);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  return order;
}

/** A fresh seed, published with the result: 128 random bits as hex. */
export const newDrawSeed = () => randomBytes(16).toString('hex');

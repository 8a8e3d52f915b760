import { createHash } from 'node:crypto';
import { drawOrder, newDrawSeed } from './draw';

const applicants = Array.from({ length: 40 }, (_, i) => `0123456789ab.resident-${String(i).padStart(2, '0')}`);

describe('the draw', () => {
  it('gives the same order for the same seed and the same applicants, in whatever order they come', () => {
    const seed = 'b1946ac92492d2347c6235b4d2611184';
    const order = drawOrder(seed, applicants);
    expect(drawOrder(seed, [...applicants].reverse())).toEqual(order);
    expect(new Set(order)).toEqual(new Set(applicants));
  });

  it('gives a different order for a different seed', () => {
    expect(drawOrder(newDrawSeed(), applicants)).not.toEqual(drawOrder(newDrawSeed(), applicants));
  });

  it('follows the published algorithm step by step (anyone can check it)', () => {
    const seed = 'published-seed';
    const ids = ['c', 'a', 'b'];
    // Sorted: a, b, c. Place 2 swaps with j = int48(SHA-256("seed:2:k")) mod 3, then place 1 with mod 2.
    const pick = (place: number) => {
      const n = place + 1;
      for (let k = 0; ; k += 1) {
        const r = createHash('sha256').update(`${seed}:${place}:${k}`).digest().readUIntBE(0, 6);
        if (r < Math.floor(2 ** 48 / n) * n) return r % n;
      }
    };
    const expected = ['a', 'b', 'c'];
    for (const place of [2, 1]) {
      const j = pick(place);
      [expected[place], expected[j]] = [expected[j]!, expected[place]!];
    }
    expect(drawOrder(seed, ids)).toEqual(expected);
  });

  it('treats every applicant alike: each place is about equally likely over many seeds', () => {
    const counts = new Map<string, number>();
    const four = ['a', 'b', 'c', 'd'];
    for (let i = 0; i < 4000; i += 1) {
      const first = drawOrder(`seed-${i}`, four)[0]!;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    for (const id of four) expect(counts.get(id)).toBeGreaterThan(850);
  });

  it('handles no applicant and one applicant', () => {
    expect(drawOrder('s', [])).toEqual([]);
    expect(drawOrder('s', ['x'])).toEqual(['x']);
  });
});

import { splitForSpeech, utf8Bytes } from './split';

const join = (pieces: string[]) => pieces.join('');
const squash = (text: string) => text.replace(/\s+/g, '');

describe('utf8Bytes', () => {
  it.each(['政务公开', 'abc', 'é', '🙂', '婺城区2022年，政務(wù)公開。'])('counts %s like Buffer does', (text) => {
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('splitForSpeech (同声传译: at most 1000 bytes per call)', () => {
  const sentence = '解读材料与政策文件同步起草、同步审签、同步发布。'; // 24 characters, 72 bytes

  it('keeps short text whole', () => {
    expect(splitForSpeech(sentence)).toEqual([sentence]);
  });

  it('packs whole sentences into pieces of at most 1000 bytes and loses nothing', () => {
    const text = sentence.repeat(40); // 2880 bytes
    const pieces = splitForSpeech(text);
    expect(pieces.length).toBe(Math.ceil(40 / 13));
    for (const piece of pieces) {
      expect(utf8Bytes(piece)).toBeLessThanOrEqual(1000);
      expect(piece.endsWith('。')).toBe(true); // cut on a sentence boundary
    }
    expect(join(pieces)).toBe(text);
    // 13 sentences fit (936 bytes); a 14th would not (1008).
    expect(utf8Bytes(pieces[0]!)).toBe(13 * 72);
  });

  it('cuts an over-long sentence after clause marks, then between characters, never inside one', () => {
    const clause = '加强稳进提质系列政策的集成发布，'; // 16 chars, 48 bytes
    const longSentence = clause.repeat(30) + '。';
    const pieces = splitForSpeech(longSentence);
    for (const piece of pieces) expect(utf8Bytes(piece)).toBeLessThanOrEqual(1000);
    expect(pieces[0]!.endsWith('，')).toBe(true);
    expect(join(pieces)).toBe(longSentence);

    const noPunctuation = '🙂公'.repeat(300); // 4-byte and 3-byte characters, no boundary at all
    const hard = splitForSpeech(noPunctuation);
    for (const piece of hard) {
      expect(utf8Bytes(piece)).toBeLessThanOrEqual(1000);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$/); // no half of a surrogate pair
    }
    expect(join(hard)).toBe(noPunctuation);
  });

  it('honours a smaller budget and drops only whitespace at the cuts', () => {
    const text = '第一句。\n第二句！ 第三句？第四句；';
    const pieces = splitForSpeech(text, 20);
    for (const piece of pieces) expect(utf8Bytes(piece)).toBeLessThanOrEqual(20);
    expect(squash(join(pieces))).toBe(squash(text));
  });

  it('returns nothing for blank text', () => {
    expect(splitForSpeech('  \n ')).toEqual([]);
  });
});

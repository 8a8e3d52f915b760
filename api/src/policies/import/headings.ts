// The numbering of Chinese official documents (GB/T 9704): 一、 for the first level, （一） for the
// second, 1. for the third, （1） for the fourth. Rules and measures (办法, 细则, 条例) are set out in
// chapters, sections and articles instead: 第一章, 第一节, 第一条. Recognised on the Simplified form
// of a line, with full-width digits folded and the stray spaces of OCR (一 、, 1 .) allowed.

const LEVELS: ReadonlyArray<{ level: number; pattern: RegExp }> = [
  { level: 1, pattern: /^[一二三四五六七八九十百]+\s?、/u },
  { level: 2, pattern: /^[（(]\s?[一二三四五六七八九十百]+\s?[）)]/u },
  // 1. 1． 1、 — but not a date or an amount such as 2022.06 or 1.5亿.
  { level: 3, pattern: /^\d{1,2}\s?[.、](?!\d)/u },
  { level: 4, pattern: /^[（(]\s?\d{1,2}\s?[）)]/u },
];

// 第三条 opens an article; 第三条规定的…, 第三条中… quote one.
const ARTICLE_LEVELS: ReadonlyArray<{ level: number; pattern: RegExp }> = [
  { level: 1, pattern: /^第\s?[一二三四五六七八九十百零〇]+\s?章/u },
  { level: 2, pattern: /^第\s?[一二三四五六七八九十百零〇]+\s?节/u },
  { level: 3, pattern: /^第\s?[一二三四五六七八九十百零〇]+\s?条(?![规所中的之款项])/u },
];
function levelIn(levels: ReadonlyArray<{ level: number; pattern: RegExp }>, simple: string): number | null {
  const trimmed = simple.normalize('NFKC').trimStart();
  return levels.find(({ pattern }) => pattern.test(trimmed))?.level ?? null;
}

/** The level of a 一、（一）1.（1） heading a paragraph opens, or null. */
export function numberedLevel(simple: string): number | null {
  return levelIn(LEVELS, simple);
}

/** The level of a 第一章, 第一节 or 第一条 a paragraph opens, or null. */
export function articleLevel(simple: string): number | null {
  return levelIn(ARTICLE_LEVELS, simple);
}

/** The heading level a paragraph opens in either scheme, or null when it is not numbered as a heading. */
export function headingLevel(simple: string): number | null {
  return numberedLevel(simple) ?? articleLevel(simple);
}

/**
 * Splits a numbered paragraph into its heading and the text after it. Headings are often run on
 * with their first paragraph ("（一）加强……公开力度。紧紧围绕……"); the heading is the number with the
 * first sentence, up to and including its full stop, or the whole paragraph when it has none.
 */
export function splitHeading(paragraph: string): { heading: string; rest: string } {
  const end = paragraph.search(/[。！？]/u);
  if (end < 0) return { heading: paragraph, rest: '' };
  return { heading: paragraph.slice(0, end + 1), rest: paragraph.slice(end + 1).trim() };
}

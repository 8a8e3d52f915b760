import type { PolicySection } from '@govopen/shared';
import { articleLevel, numberedLevel, splitHeading } from './headings';
import { signatureAt } from './signature';
import type { TextLine } from './text-line';

/** Where the attachments start (附件：…清单, 附件, 附表1), the plan's sections end. */
const ATTACHMENTS = /^(?:附件|附表)/u;

/**
 * The numbered lines under 附件：1.…… continue the list of attachments (2.民生实事项目责任分工表),
 * they open no section.
 */
function continuesAttachmentList(paragraphs: readonly TextLine[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const previous = paragraphs[i]!.simple;
    if (/^附件\s*[:：]/u.test(previous)) return true;
    if (numberedLevel(previous) !== 3 || /[。；]$/u.test(previous)) return false;
  }
  return false;
}

/**
 * A document set out in articles (第一条, 第二条 …) has them for its headings: the （一） and 1. inside
 * an article list its items, they open no section. One article quoted at the start of a paragraph
 * of a plan numbered 一、二、 does not make it one.
 */
function inArticles(paragraphs: readonly TextLine[]): boolean {
  const count = (level: (simple: string) => number | null, wanted: number) => paragraphs.filter((paragraph) => level(paragraph.simple) === wanted).length;
  const articles = count(articleLevel, 3);
  return articles >= 2 && articles >= count(numberedLevel, 1);
}

function opensSection(paragraphs: readonly TextLine[], index: number, articles: boolean): number | null {
  if (articles) return articleLevel(paragraphs[index]!.simple);
  const level = numberedLevel(paragraphs[index]!.simple);
  return level === 3 && continuesAttachmentList(paragraphs, index) ? null : level;
}

/** Index of the first paragraph that opens a heading, or -1. */
export function firstHeading(paragraphs: readonly TextLine[]): number {
  const articles = inArticles(paragraphs);
  return paragraphs.findIndex((_, i) => opensSection(paragraphs, i, articles) !== null);
}

/** Where the body of the document ends: at its attachments, or at the organ and date that sign it. */
function endsSections(paragraphs: readonly TextLine[], index: number): boolean {
  return ATTACHMENTS.test(paragraphs[index]!.simple) || signatureAt(paragraphs, index) !== null;
}

/**
 * The numbered sections of the plan. What stands before the first heading (cover letter, preamble)
 * is not a section; a section's text runs to the next heading, or to the attachments or the
 * signature that close the document.
 */
export function sectionsOf(paragraphs: readonly TextLine[]): PolicySection[] {
  const sections: PolicySection[] = [];
  const articles = inArticles(paragraphs);
  const start = firstHeading(paragraphs);
  if (start < 0) return sections;
  const end = paragraphs.findIndex((_, i) => i > start && endsSections(paragraphs, i));
  for (let i = start; i < (end < 0 ? paragraphs.length : end); i++) {
    const paragraph = paragraphs[i]!;
    const level = opensSection(paragraphs, i, articles);
    const current = sections[sections.length - 1];
    if (level !== null) {
      const { heading, rest } = splitHeading(paragraph.text);
      sections.push({ level, heading, text: rest });
    } else if (current) {
      current.text = current.text === '' ? paragraph.text : `${current.text}\n${paragraph.text}`;
    }
  }
  return sections;
}

import type { PolicySection } from '@govopen/shared';
import { headingLevel, splitHeading } from './headings';
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
    if (headingLevel(previous) !== 3 || /[。；]$/u.test(previous)) return false;
  }
  return false;
}

function opensSection(paragraphs: readonly TextLine[], index: number): number | null {
  const level = headingLevel(paragraphs[index]!.simple);
  return level === 3 && continuesAttachmentList(paragraphs, index) ? null : level;
}

/** Index of the first paragraph that opens a heading, or -1. */
export function firstHeading(paragraphs: readonly TextLine[]): number {
  return paragraphs.findIndex((_, i) => opensSection(paragraphs, i) !== null);
}

/**
 * The numbered sections of the plan. What stands before the first heading (cover letter, preamble)
 * is not a section; a section's text runs to the next heading or to the attachments.
 */
export function sectionsOf(paragraphs: readonly TextLine[]): PolicySection[] {
  const sections: PolicySection[] = [];
  const start = firstHeading(paragraphs);
  if (start < 0) return sections;
  const end = paragraphs.findIndex((paragraph, i) => i > start && ATTACHMENTS.test(paragraph.simple));
  for (let i = start; i < (end < 0 ? paragraphs.length : end); i++) {
    const paragraph = paragraphs[i]!;
    const level = opensSection(paragraphs, i);
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

import { dateOnLineOfItsOwn } from './dates';
import type { TextLine } from './text-line';

// Without metadata, an official document still names its issuer: the organ stands above the title
// (版头) and signs the cover letter or the document (落款), with the date written on the next line.

const ORGAN = /^\p{Script=Han}{2,30}(?:人民政府|政府|办公室|办公厅|委员会|管委会|办事处|局|厅|委|办|中心|院)$/u;

/** A line that is an organ's name and nothing else, such as 金华市婺城区人民政府办公室. */
export function isOrganName(simple: string): boolean {
  return ORGAN.test(simple.trim());
}

/** The first signature: an organ's name with a date on the line after it. */
export function findSignature(paragraphs: readonly TextLine[]): { issuer: string; date: string } | null {
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const organ = paragraphs[i]!;
    const date = dateOnLineOfItsOwn(paragraphs[i + 1]!.text);
    if (date !== null && isOrganName(organ.simple)) return { issuer: organ.simple.trim(), date };
  }
  return null;
}

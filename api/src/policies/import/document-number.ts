import { toSimplified } from '@govopen/shared';

// 文号: organ abbreviation + kind + year + serial, e.g. 婺政办发〔2022〕21号. The standard brackets
// around the year are 〔〕; typed documents use [ ], ［ ］, ( ), （ ） or 【 】 instead.

const DOCUMENT_NUMBER = /^(\p{Script=Han}+)\s*[〔[(【]\s*(\d{4})\s*[〕\])】]\s*(第?)\s*(\d{1,5})\s*号$/u;

/** The document number in its standard form, or null when the text is not a document number. */
export function normalizeDocumentNumber(text: string): string | null {
  // NFKC folds full-width digits and the full-width brackets ［］（） into ASCII ones.
  const match = DOCUMENT_NUMBER.exec(toSimplified(text.normalize('NFKC')).trim());
  if (!match) return null;
  const [, organ, year, ordinal, serial] = match;
  return `${organ}〔${year}〕${ordinal}${serial}号`;
}

import { toSimplified } from '@govopen/shared';

// 文号: organ abbreviation + kind + year + serial, e.g. 婺政办发〔2022〕21号. The standard brackets
// around the year are 〔〕; typed documents use [ ], ［ ］, ( ), （ ） or 【 】 instead.

const DOCUMENT_NUMBER = /^(\p{Script=Han}+)\s*[〔[(【]\s*([\dOoIl〇]{4})\s*[〕\])】]\s*(第?)\s*([\dOoIl〇]{1,5})\s*号$/u;

/** OCR reads 0 as O or 〇 and 1 as l or I; in the year and the serial only digits can stand. */
const digits = (run: string) => run.replace(/[Oo〇]/gu, '0').replace(/[Il]/gu, '1');

/** The document number that stands alone in one of a line's cells (文号 and 签发人 share a line), or null. */
export function documentNumberInCells(text: string): string | null {
  for (const cell of text.split(/\t| {2,}|\u3000{2,}/u)) {
    const number = normalizeDocumentNumber(cell);
    if (number !== null) return number;
  }
  return null;
}

/** The document number in its standard form, or null when the text is not a document number. */
export function normalizeDocumentNumber(text: string): string | null {
  // NFKC folds full-width digits and the full-width brackets ［］（） into ASCII ones.
  const match = DOCUMENT_NUMBER.exec(toSimplified(text.normalize('NFKC')).trim());
  if (!match) return null;
  const [, organ, year, ordinal, serial] = match;
  return `${organ}〔${digits(year!)}〕${ordinal}${digits(serial!)}号`;
}

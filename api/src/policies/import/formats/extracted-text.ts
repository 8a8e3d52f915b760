import type { MetadataField } from '../metadata';

/** The kinds of file staff import. */
export const DOCUMENT_FORMATS = ['txt', 'docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A document's text as the parser reads it, whatever file it came in. */
export interface ExtractedText {
  /** Lines as the document has them; a form feed (\f) between the pages of a PDF. */
  text: string;
  /** Metadata the file states outside its text: a web page's <meta name="ArticleTitle"> and the like. */
  pageMetadata: Partial<Record<MetadataField, string>>;
}

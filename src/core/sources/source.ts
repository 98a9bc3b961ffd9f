import type { Figure, Lang, Span } from '../types';
import type { Reason } from '../messages/reasons';

export interface SourceMeta {
  id?: string;
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
  lang?: Lang;
  /** The author(s) as the document names them (a PDF's or DOCX's metadata, front matter). */
  author?: string;
}

export interface Paragraph {
  /** 1-based, in reading order, as citations' `para.` locators count. */
  index: number;
  /** Where the paragraph stands in the source's text. */
  span: Span;
  text: string;
  figures: Figure[];
  /** In a paged source (PDF): the 1-based page the paragraph starts on, and its place there. */
  page?: number;
  indexOnPage?: number;
}

export interface Source {
  key: string;
  /** The file's path as the host gave it (workspace-relative or absolute). */
  path: string;
  lang: Lang;
  meta: SourceMeta;
  /** The decoded text that paragraphs and figures point into. */
  text: string;
  paragraphs: Paragraph[];
  /** How many pages a paged source (PDF) has; absent for sources without pages. */
  pages?: number;
}

/** A source file that could not be loaded; reported once as `source-unreadable`. */
export interface UnreadableSource extends Reason {
  path: string;
}

/** What a host hands the core: a path and the file's raw bytes (the core never reads files). */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  /** The contents of a sidecar `NAME.meta.json`, when there is one. */
  sidecar?: Uint8Array;
  /**
   * Text and metadata the host already extracted (HTML pages need a DOM, which the core does
   * not have); used instead of decoding `bytes`. Sidecar metadata still takes precedence.
   */
  extracted?: ExtractedText;
}

/** Text a host extracted from a document format the core cannot read itself (HTML, PDF, DOCX). */
export interface ExtractedText {
  text: string;
  meta: SourceMeta;
  /** For a paged document: the offset in `text` where each page begins, page 1 first. */
  pageStarts?: number[];
}

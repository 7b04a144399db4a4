// Public input/report types of the extractor.

/** One article as the extractor takes it in. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  /** ISO date YYYY-MM-DD (other forms are parsed when possible). */
  date?: string;
  source?: string;
  url?: string;
}

export interface ExtractOptions {
  /** Files larger than this are rejected (default 5 MB). */
  maxFileBytes?: number;
  onProgress?: (p: { files: number; articles: number; failed: number }) => void;
}

export interface FileProblem {
  file: string;
  reason: string;
}

export interface ExtractReport {
  files: number;
  articlesRead: number;
  duplicates: number;
  failed: FileProblem[];
  nodes: number;
  relationships: number;
}

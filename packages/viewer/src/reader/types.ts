/** What the details panel and the reading pane show about an article, from its Article node. */
export interface ArticleMeta {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

/** Where the sentence lies in the article's text, and how it was found. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** "offsets": the evidence's start/end hold the sentence; "search": found by its text instead. */
  how: "offsets" | "search";
}

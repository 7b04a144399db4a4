// The reading pane's pure half: an article's metadata from its node, and where an evidence
// sentence sits in the article's text.
import type { Evidence } from "@backchannel/schema";
import type { BcGraph } from "../graph/types.js";
import type { ArticleMeta, SentenceSpan } from "./types.js";

export type { ArticleMeta, SentenceSpan } from "./types.js";

/** The node `article:<id>` holds title, date, source and url (docs/ontology.md); the id alone when absent. */
export function articleMeta(graph: BcGraph, id: string): ArticleMeta {
  const key = `article:${id}`;
  if (!graph.hasNode(key)) return { id };
  const a = graph.getNodeAttributes(key);
  const str = (x: unknown) => (typeof x === "string" && x ? x : undefined);
  return { id, title: str(a.title), date: str(a.date), source: str(a.source), url: str(a.url) };
}

/**
 * The sentence's place in the text: its offsets when they hold exactly that sentence, else its
 * first occurrence (the text may have been re-read since the graph was built), else null.
 */
export function locateSentence(text: string, ev: Pick<Evidence, "sentence" | "start" | "end">): SentenceSpan | null {
  const sentence = String(ev.sentence ?? "");
  if (!sentence) return null;
  const { start, end } = ev;
  if (typeof start === "number" && typeof end === "number" && start >= 0 && end <= text.length && text.slice(start, end) === sentence) {
    return { start, end, how: "offsets" };
  }
  const at = text.indexOf(sentence);
  return at < 0 ? null : { start: at, end: at + sentence.length, how: "search" };
}

/** Only web links become links: a `javascript:` or `data:` URL from an article stays text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

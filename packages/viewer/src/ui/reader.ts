// The reading pane: an article's text with the evidence sentence marked, over the graph. The text
// is fetched from GET /api/article and, like everything from articles, shown as text nodes only.
import type { Evidence } from "@backchannel/schema";
import { ApiError, type ArticleResponse } from "../api/index.js";
import { locateSentence, safeHttpUrl, type ArticleMeta } from "../reader/index.js";
import { h, replace, type Child } from "./dom.js";

export interface Reader {
  open(ev: Evidence, meta: ArticleMeta): Promise<void>;
  close(): void;
}

export function createReader(root: HTMLElement, fetchArticle: (id: string) => Promise<ArticleResponse>): Reader {
  /** Bumped on every open: an answer for an article the analyst has since left is dropped. */
  let generation = 0;
  const close = () => {
    generation++;
    root.hidden = true;
    replace(root);
  };
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !root.hidden) close();
  });

  function frame(meta: ArticleMeta, ...body: Child[]): void {
    const url = safeHttpUrl(meta.url);
    const facts = [meta.source, meta.date].filter(Boolean).join(" · ");
    replace(
      root,
      h(
        "div",
        { className: "reader-head" },
        h("h2", { id: "reader-title", dir: "auto" }, meta.title ?? meta.id),
        h("button", { type: "button", id: "reader-close", "aria-label": "Close the article", onclick: close }, "×"),
      ),
      h(
        "p",
        { className: "reader-meta small muted" },
        facts ? h("span", { id: "reader-facts" }, facts, " · ") : null,
        h("span", { className: "article" }, meta.id),
        url ? [" · ", h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "original")] : null,
      ),
      body,
    );
  }

  /** The sentence alone, when the text cannot show it. */
  const sentenceAlone = (ev: Evidence) =>
    h("blockquote", { className: "reader-sentence", dir: "auto" }, h("mark", { id: "reader-mark" }, String(ev.sentence ?? "")));

  async function open(ev: Evidence, meta: ArticleMeta): Promise<void> {
    const mine = ++generation;
    root.hidden = false;
    frame(meta, h("p", { className: "muted", id: "reader-status", "data-state": "loading" }, "Loading the article…"));
    let article: ArticleResponse;
    try {
      article = await fetchArticle(meta.id);
    } catch (err) {
      if (mine !== generation) return;
      const message =
        err instanceof ApiError && err.status === 404
          ? "The article's text is not available."
          : `Could not load the article: ${err instanceof ApiError ? err.message : String(err)}`;
      frame(meta, h("p", { className: "muted", id: "reader-status", "data-state": "unavailable" }, message), sentenceAlone(ev));
      return;
    }
    if (mine !== generation) return;
    // The endpoint's metadata wins over the graph's only where the graph has none.
    const merged: ArticleMeta = {
      id: meta.id,
      title: meta.title ?? article.title,
      date: meta.date ?? article.date,
      source: meta.source ?? article.source,
      url: meta.url ?? article.url,
    };
    const text = String(article.text ?? "");
    const span = locateSentence(text, ev);
    if (!span) {
      frame(
        merged,
        h("p", { className: "muted", id: "reader-status", "data-state": "not-found" }, "The sentence is not in this text any more:"),
        sentenceAlone(ev),
        h("div", { className: "reader-text", dir: "auto" }, text),
      );
      return;
    }
    const mark = h("mark", { id: "reader-mark" }, text.slice(span.start, span.end));
    frame(merged, h("div", { className: "reader-text", dir: "auto", "data-state": "ready" }, text.slice(0, span.start), mark, text.slice(span.end)));
    mark.scrollIntoView({ block: "center" });
  }

  return { open, close };
}

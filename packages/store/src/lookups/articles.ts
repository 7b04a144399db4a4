// Evidence made readable: each entry with its article's title, date and source, from the Article
// nodes each fact's own query read (FACT's `a`), so a lookup is one round trip.
import { type ArticleInfo, articleKey, type Fact, withArticle } from "@backchannel/schema";
import { isoDay } from "./cypher.js";
import type { ArticleRow, FactRow, Read } from "./types.js";

function infoOf([, title, date, source]: ArticleRow): ArticleInfo {
  const day = isoDay(date);
  return { ...(typeof title === "string" ? { title } : {}), ...(typeof source === "string" ? { source } : {}), ...(day ? { date: day } : {}) };
}

/**
 * Each fact's evidence with its article's details. `rows` are the rows the facts came from: their
 * Article nodes, and the articles their queries looked for (a relationship's `articles`). An entry whose
 * article was not looked for (a relationship written by hand, without that list) is asked for in one
 * more read, as every lookup did before; the loader always writes the list, so that read never happens
 * on graphs it loaded.
 */
export async function withArticles<T extends Fact[] | Fact[][]>(answer: T, rows: readonly FactRow[], read: Read): Promise<T> {
  const info = new Map<string, ArticleInfo>();
  const asked = new Set<string>();
  for (const row of rows) {
    const list = row.p.articles;
    if (Array.isArray(list)) for (const x of list) asked.add(`article:${x}`);
    for (const a of row.a) info.set(String(a[0]), infoOf(a));
  }
  const facts = answer.flat() as Fact[];
  const missing = [...new Set(facts.flatMap((f) => f.evidence.map((e) => articleKey(e.article))))].filter((k) => !asked.has(k));
  if (missing.length) {
    const res = await read("MATCH (a:Article) WHERE a.id IN $ids RETURN [a.id, a.title, a.date, a.source] AS a", { ids: missing });
    for (const r of res.records) {
      const a = r.get("a") as ArticleRow;
      info.set(String(a[0]), infoOf(a));
    }
  }
  if (!info.size) return answer;
  for (const f of facts) f.evidence = f.evidence.map((e) => withArticle(e, info.get(articleKey(e.article))));
  return answer;
}

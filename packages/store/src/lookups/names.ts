// Name resolution over Neo4j: candidates from the full-text index (names and aliases), the decision
// from the shared resolveName(), so a name resolves as it does in the server's memory mode.
import { type NameCandidate, type NameSource, type NodeRef, type NodeType, normName, resolveName } from "@backchannel/schema";
import { FULLTEXT_INDEX } from "../constraints.js";
import { FACT_TABLE, factRowsOf, labelOfKey, lucenePhrase, ref, refOfRow } from "./cypher.js";
import type { CandidateRow, FactRow, FactsOfNode, FactTable, Read, RefRow } from "./types.js";

/**
 * A candidate as the fields resolution reads: a whole node would also carry its `articles` (tens of
 * thousands of ids on a hub) and search text, for the driver to decode and drop.
 */
export const candidate = (n: string) => `{id: ${n}.id, name: ${n}.name, date: ${n}.date, place: ${n}.place, label: head(labels(${n})), aliases: ${n}.aliases}`;

export const candidateOf = (c: CandidateRow): NameCandidate => ({ ...refOfRow(c), aliases: Array.isArray(c.aliases) ? (c.aliases as string[]) : [] });

/** The full-text index's nodes for each query, at most `perQuery` each, as `nodes` (first found first). */
const FULL_TEXT = `UNWIND $queries AS q
  CALL (q) { CALL db.index.fulltext.queryNodes($index, q) YIELD node RETURN node LIMIT toInteger($perQuery) }
  WITH collect(DISTINCT node) AS nodes`;

/** Full-text queries, each answered by at most `limit` nodes. */
async function fullText(read: Read, queries: string[], limit: number): Promise<NameCandidate[]> {
  if (!queries.length) return [];
  const res = await read(`${FULL_TEXT} UNWIND nodes AS n RETURN ${candidate("n")} AS c`, { index: FULLTEXT_INDEX, queries, perQuery: limit });
  return res.records.map((r) => candidateOf(r.get("c") as CandidateRow));
}

/** Lucene for "may be this name": the phrase, every word, or each word give or take two edits. */
function nearQuery(name: string): string {
  const words = normName(name).split(" ").filter(Boolean);
  // Each part in parentheses: Lucene's AND binds its neighbours as required clauses of the whole query otherwise.
  const parts = [lucenePhrase(name.trim()), words.map((w) => lucenePhrase(w)).join(" AND ")];
  const fuzzy = words.filter((w) => w.length >= 3).map((w) => `${w}~2`);
  if (fuzzy.length) parts.push(fuzzy.join(" OR "));
  return parts
    .filter(Boolean)
    .map((p) => `(${p})`)
    .join(" OR ");
}

/**
 * The phrases withForms() asks the index for: the forms, and the name as typed, with and without "the".
 * The index lowercases what it reads and what it is asked, so an ASCII phrase that differs from another
 * only in case finds the same nodes and is asked once ("P7" after the form "p7": half the index's
 * work for most names). Other scripts are kept apart: JavaScript's and Lucene's lowercase can differ.
 */
function formPhrases(forms: string[], typed: string): string[] {
  const raw = typed.trim();
  const byCase = new Map<string, string>();
  for (const p of [...forms, raw, raw.replace(/^the\s+/i, "")]) {
    const k = /^[\x20-\x7e]*$/.test(p) ? p.toLowerCase() : p;
    if (p && !byCase.has(k)) byCase.set(k, p);
  }
  return [...byCase.values()].map(lucenePhrase);
}

const hasForm = (forms: string[]) => (c: NameCandidate) => [c.name, ...c.aliases].some((a) => forms.includes(normName(a)));

export function neo4jNameSource(read: Read): NameSource {
  return {
    async byKey(key) {
      const label = labelOfKey(key);
      if (!label) return undefined;
      const res = await read(`MATCH (n:${label} {id: $id}) RETURN ${ref("n")} AS n`, { id: key });
      const rec = res.records[0];
      return rec ? refOfRow(rec.get("n") as RefRow) : undefined;
    },
    async withForms(forms, typed) {
      return (await fullText(read, formPhrases(forms, typed), 25)).filter(hasForm(forms));
    },
    near: (name) => (normName(name) ? fullText(read, [nearQuery(name)], 50) : []),
    async affiliated(key) {
      const label = labelOfKey(key);
      const res = await read(`MATCH (p:Person)-[r:AFFILIATED_WITH]->(o${label ? `:${label}` : ""} {id: $id}) RETURN ${ref("p")} AS p, r.role AS role`, {
        id: key,
      });
      return res.records.map((r) => ({ person: refOfRow(r.get("p") as RefRow), role: String(r.get("role") ?? "") }));
    },
  };
}

/** The FactTable of `a` as `answer`: one row for each `a`, with no fact or many. */
export const factTableOf = (q: FactsOfNode) => `CALL (a) { ${q.body} ${FACT_TABLE(q.via === true)} }`;

/**
 * resolveName(), with the facts of the node it most likely chooses read in its first round trip: the
 * full-text candidates come with the facts of the one candidate whose name or an alias is the typed
 * name (case aside), when exactly one is. A name then costs one round trip instead of two; `rows` is
 * set only when resolution chose that very node, so the answer is the same as asking afterwards.
 */
export async function resolveWithFacts(
  read: Read,
  names: NameSource,
  name: string,
  types: NodeType[] | undefined,
  q: FactsOfNode,
): Promise<{ node: NodeRef; rows?: FactRow[] }> {
  let guess: { key: string; rows: FactRow[] } | undefined;
  let first = true;
  const src: NameSource = {
    ...names,
    async withForms(forms, typed) {
      if (!first) return names.withForms(forms, typed);
      first = false;
      const raw = typed.trim().toLowerCase();
      const lower = [...new Set([...forms, raw, raw.replace(/^the\s+/, "")])];
      const res = await read(
        `${FULL_TEXT}
         WITH nodes, [n IN nodes WHERE toLower(n.name) IN $typed OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) IN $typed)] AS hits
         UNWIND nodes AS a
         OPTIONAL CALL (a, hits) { WITH a WHERE size(hits) = 1 AND a = hits[0] ${factTableOf(q)} RETURN answer }
         RETURN ${candidate("a")} AS c, answer`,
        { ...q.params, index: FULLTEXT_INDEX, queries: formPhrases(forms, typed), perQuery: 25, typed: lower },
      );
      const found = res.records.map((r) => ({ c: candidateOf(r.get("c") as CandidateRow), answer: r.get("answer") as FactTable | null }));
      const hit = found.find((x) => x.answer);
      if (hit) guess = { key: hit.c.key, rows: factRowsOf(hit.answer!) };
      return found.map((x) => x.c).filter(hasForm(forms));
    },
  };
  const node = await resolveName(src, name, types);
  return { node, ...(guess?.key === node.key ? { rows: guess.rows } : {}) };
}

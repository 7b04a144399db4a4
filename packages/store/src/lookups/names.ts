// Name resolution over Neo4j: candidates from the full-text index (names and aliases), the decision
// from the shared resolveName(), so a name resolves as it does in the server's memory mode.
import { type NameCandidate, type NameSource, type NodeRef, type NodeType, normName } from "@backchannel/schema";
import type { Node, Record as Neo4jRecord } from "neo4j-driver";
import { FULLTEXT_INDEX } from "../constraints.js";
import { isoDay, labelOfKey, lucenePhrase, type RefRow, ref, refOfRow } from "./cypher.js";

export type Read = (cypher: string, params: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>;

export function refOfNode(n: Node): NodeRef {
  const p = n.properties as Record<string, unknown>;
  const r: NodeRef = { key: String(p.id), type: (n.labels[0] ?? "Group") as NodeType, name: String(p.name ?? p.id) };
  const date = isoDay(p.date);
  if (date) r.date = date;
  if (typeof p.place === "string") r.place = p.place;
  return r;
}

const candidateOf = (n: Node): NameCandidate => ({ ...refOfNode(n), aliases: (n.properties.aliases as string[] | undefined) ?? [] });

/** Full-text queries, each answered by at most `limit` nodes. */
async function fullText(read: Read, queries: string[], limit: number): Promise<NameCandidate[]> {
  if (!queries.length) return [];
  const res = await read(
    `UNWIND $queries AS q
     CALL (q) { CALL db.index.fulltext.queryNodes($index, q) YIELD node RETURN node LIMIT toInteger($limit) }
     RETURN DISTINCT node`,
    { index: FULLTEXT_INDEX, queries, limit },
  );
  return res.records.map((r) => candidateOf(r.get("node") as Node));
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

export function neo4jNameSource(read: Read): NameSource {
  return {
    async byKey(key) {
      const label = labelOfKey(key);
      if (!label) return undefined;
      const res = await read(`MATCH (n:${label} {id: $id}) RETURN n`, { id: key });
      const rec = res.records[0];
      return rec ? refOfNode(rec.get("n") as Node) : undefined;
    },
    async withForms(forms, typed) {
      const raw = typed.trim();
      const phrases = new Set([...forms, raw, raw.replace(/^the\s+/i, "")].filter(Boolean));
      const found = await fullText(read, [...phrases].map(lucenePhrase), 25);
      return found.filter((c) => [c.name, ...c.aliases].some((a) => forms.includes(normName(a))));
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

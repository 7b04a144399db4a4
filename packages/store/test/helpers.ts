// Shared by the store's integration tests: the test Neo4j (started by scripts/test-global-setup.ts),
// a clean database per test file, small hand-made graphs, and a canonical dump to compare databases.
import { inject } from "vitest";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import type { GraphJson, SerializedEdge, SerializedNode } from "@backchannel/schema";

export function testConnection() {
  return inject("neo4j");
}

export async function openCleanStore(): Promise<Store> {
  const store = await Store.open(testConnection());
  await wipeDatabase(store);
  return store;
}

export { wipeDatabase as wipe } from "@backchannel/store/internal";

export const node = (key: string, type: string, name: string, articles: string[], extra: Record<string, unknown> = {}): SerializedNode =>
  ({ key, attributes: { type, name, aliases: [], articles, ...extra } }) as SerializedNode;
export const edge = (source: string, target: string, type: string, article: string, sentence: string, extra: Record<string, unknown> = {}): SerializedEdge =>
  // Like the extractor's output: the evidence, and its articles and sentences repeated as attributes.
  ({
    source,
    target,
    attributes: {
      type,
      evidence: [{ article, sentence, start: 0, end: sentence.length, rule: "test", confidence: 0.9 }],
      articles: [article],
      sentences: [sentence],
      ...extra,
    },
  }) as SerializedEdge;

export function graph(nodes: SerializedNode[], edges: SerializedEdge[]): GraphJson {
  return { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges };
}

/** A small negotiation: Qatar and Egypt mediate Doha talks that Israel and Hamas attend. */
export function firstGraph(): GraphJson {
  const a = "a1";
  return graph(
    [
      node("state:qatar", "State", "Qatar", [a], { aliases: ["Qatari"] }),
      node("state:egypt", "State", "Egypt", [a], { aliases: ["Egyptian"] }),
      node("state:israel", "State", "Israel", [a], { aliases: ["Israeli"] }),
      node("group:hamas", "Group", "Hamas", [a]),
      node("person:john-kirby", "Person", "John Kirby", [a], { aliases: ["Kirby"], roles: ["spokesman"] }),
      node("group:white-house", "Group", "White House", [a]),
      node("meeting:doha-2024-08-15", "Meeting", "Doha talks", [a], { place: "Doha", date: "2024-08-15" }),
      node("article:a1", "Article", "a1", [a], { title: "Talks resume", date: "2024-08-16" }),
    ],
    [
      edge("state:qatar", "meeting:doha-2024-08-15", "MEDIATES", a, "Qatar and Egypt mediate the Doha talks.", { cameo: "045" }),
      edge("state:egypt", "meeting:doha-2024-08-15", "MEDIATES", a, "Qatar and Egypt mediate the Doha talks.", { cameo: "045" }),
      edge("state:israel", "meeting:doha-2024-08-15", "ATTENDS", a, "Israel sent a delegation to Doha."),
      edge("group:hamas", "state:israel", "DEMANDS", a, "Hamas demands a permanent ceasefire from Israel.", { what: "a permanent ceasefire", cameo: "100" }),
      edge("person:john-kirby", "group:white-house", "AFFILIATED_WITH", a, "John Kirby, a White House spokesman, said.", { role: "spokesman" }),
      edge("state:qatar", "article:a1", "MENTIONED_IN", a, "Qatar and Egypt mediate the Doha talks."),
    ],
  );
}

/** A later article: new alias for Qatar, a second evidence entry for an existing fact, a new actor. */
export function secondGraph(): GraphJson {
  const a = "a2";
  return graph(
    [
      node("state:qatar", "State", "Qatar", [a], { aliases: ["Qataris", "Qatari"] }),
      node("state:egypt", "State", "Egypt", [a]),
      node("person:william-burns", "Person", "William Burns", [a], { aliases: ["Burns"], roles: ["CIA Director"] }),
      node("meeting:doha-2024-08-15", "Meeting", "Doha talks", [a], { place: "Doha", date: "2024-08-15" }),
    ],
    [
      edge("state:qatar", "meeting:doha-2024-08-15", "MEDIATES", a, "Qatari mediators hosted the round.", { cameo: "045" }),
      edge("person:william-burns", "state:qatar", "MEETS", a, "Burns met Qatar's prime minister.", { cameo: "040" }),
    ],
  );
}

/** A generated graph for load-scale tests: n actors in a ring of MEETS, each in two articles. */
export function generatedGraph(actors: number, evidencePerEdge = 1): GraphJson {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  for (let i = 0; i < actors; i++) nodes.push(node(`person:p${i}`, "Person", `Person ${i}`, [`g${i % 50}`], { aliases: [`P${i}`] }));
  for (let i = 0; i < actors; i++) {
    for (const step of [1, 7, 31]) {
      const e = edge(`person:p${i}`, `person:p${(i + step) % actors}`, "MEETS", `g${i % 50}`, `Person ${i} met Person ${(i + step) % actors}.`);
      for (let k = 1; k < evidencePerEdge; k++)
        e.attributes.evidence.push({ article: `g${(i + k) % 50}`, sentence: `Again ${i} ${k}.`, start: k, end: k + 5, rule: "test" });
      edges.push(e);
    }
  }
  return graph(nodes, edges);
}

/**
 * Everything in the database as sorted lines: equal dumps mean equal graphs. The loader's digest node
 * (bookkeeping of which loads completed, not graph content: a bulk load writes none) is left out; the
 * reload tests look at it themselves.
 */
export async function dump(store: Store): Promise<string[]> {
  const q = (cypher: string) => store.driver.executeQuery(cypher, {}, { database: store.database });
  const lines: string[] = [];
  for (const r of (await q("MATCH (n) WHERE NOT n:LoadDigest RETURN labels(n) AS l, properties(n) AS p")).records) {
    lines.push(`N ${JSON.stringify(r.get("l"))} ${canonical(r.get("p"))}`);
  }
  for (const r of (await q("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")).records) {
    lines.push(`R ${r.get("a")} ${r.get("t")} ${r.get("b")} ${canonical(r.get("p"))}`);
  }
  return lines.sort();
}

/** Lists are compared as sorted sets: a resumed load may append evidence in another order. */
function canonical(p: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(p).sort()) {
    const v = p[k];
    out[k] = Array.isArray(v) ? [...v].map(String).sort() : v;
  }
  return JSON.stringify(out);
}

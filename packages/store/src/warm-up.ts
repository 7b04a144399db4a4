// A freshly started Neo4j plans each statement the first time it sees it, on a JVM whose planner is not
// compiled yet: a first small load spent most of its 8.6 s planning. Running every statement a small load
// uses once, on one made-up row, in transactions that are rolled back, leaves their plans in the
// server's query cache and its planner warm, and writes nothing.
import { NODE_TYPES, RELATION_ENDPOINTS, RELATION_TYPES } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { ARTICLE_TEXT_CYPHER } from "./article-texts.js";
import { CLEAR_DIGESTS_CYPHER } from "./digests.js";
import { batchParameters, SMALL_BATCH_ROWS } from "./load.js";
import { edgeMergeCypher, nodeMergeCypher } from "./load-cypher.js";
import { type EdgeRow, type NodeRow, toNeo4jDate } from "./rows.js";

const nodeRow = (id: string): NodeRow => ({
  id,
  name: "warm-up",
  lists: { aliases: ["w"], articles: ["w"], roles: [], credits: [], copies: [] },
  props: { place: "w" },
  hash: "w",
});

const edgeRow: EdgeRow = {
  source: "warm-up:a",
  target: "warm-up:b",
  e: ["k", "w", "w", "{}"],
  props: { cameo: "w" },
  firstSeen: toNeo4jDate("2000-01-01"),
  lastSeen: toNeo4jDate("2000-01-01"),
  hash: "w",
};

/** Plans the loader's statements for small loads (one per label, one per relationship type) without writing. Returns how many. */
export async function warmUpLoader(driver: Driver, database: string): Promise<number> {
  const statements: [string, Record<string, unknown>][] = [
    ...NODE_TYPES.map((label): [string, Record<string, unknown>] => [nodeMergeCypher(label), batchParameters([nodeRow(`warm-up:${label}`)])]),
    ...RELATION_TYPES.map((type): [string, Record<string, unknown>] => [edgeMergeCypher(type, ...RELATION_ENDPOINTS[type]), batchParameters([edgeRow])]),
    [CLEAR_DIGESTS_CYPHER, { clear: { "warm-up": null } }],
    [ARTICLE_TEXT_CYPHER, { rows: [{ id: "warm-up:article", text: "w" }, ...Array<null>(SMALL_BATCH_ROWS - 1).fill(null)] }],
    ["SHOW INDEXES YIELD name, state RETURN name, state", {}],
  ];
  const session = driver.session({ database });
  try {
    // A transaction each: Neo4j caches a plan made in a transaction that already wrote under another key
    // than the same statement's plan in a fresh one, which is what a load runs.
    for (const [cypher, params] of statements) {
      const tx = session.beginTransaction();
      try {
        await tx.run(cypher, params);
      } finally {
        await tx.rollback();
      }
    }
  } finally {
    await session.close();
  }
  return statements.length;
}

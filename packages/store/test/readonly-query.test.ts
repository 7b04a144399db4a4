// The query path against the real Neo4j: writes and escapes refused with the database unchanged,
// runaway queries stopped, parameters kept as data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryRefusedError, QueryTimeoutError, type Store } from "@backchannel/store";
import { lexicalCheck } from "@backchannel/store/internal";
import { dump, firstGraph, openCleanStore } from "./helpers.js";

let store: Store;
let before: string[];
beforeAll(async () => {
  store = await openCleanStore();
  await store.load(firstGraph());
  before = await dump(store);
});
afterAll(async () => {
  await store.close();
});

const ATTEMPTS: string[] = [
  "CREATE (n:Person {id: 'x'}) RETURN n",
  "MERGE (n:State {id: 'state:qatar'}) SET n.name = 'pwned' RETURN n",
  "MATCH (n:State) SET n.name = 'pwned'",
  "MATCH (n:State) SET n += {name: 'pwned'}",
  "MATCH (n) DELETE n",
  "MATCH (n) DETACH DELETE n",
  "MATCH (n:State) REMOVE n.name",
  "MATCH (n:State) REMOVE n:State",
  "MATCH (n) WITH n LIMIT 1 CREATE (n)-[:MEETS]->(n)",
  "MATCH (n) FOREACH (x IN [1] | SET n.pwned = true)",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "load csv from 'http://127.0.0.1:1/x' as l return l",
  "LOAD CSV WITH HEADERS FROM 'https://example.com/a.csv' AS row RETURN row",
  "MATCH (n) RETURN n; CREATE (m:Person {id: 'y'})",
  "RETURN 1; MATCH (n) DETACH DELETE n",
  "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1",
  "UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Person {id: toString(i)}) } IN TRANSACTIONS OF 1 ROWS",
  "CALL dbms.listConfig()",
  "CALL dbms.security.createUser('eve', 'secret123', false)",
  "CALL db.createLabel('Pwned')",
  "CALL db.createProperty('pwned')",
  "CALL db.clearQueryCaches()",
  "CALL dbms.killQueries(['query-1'])",
  "CALL db.index.fulltext.drop('entity_names')",
  "CREATE INDEX pwned IF NOT EXISTS FOR (n:Person) ON (n.pwned)",
  "DROP CONSTRAINT person_id",
  "CREATE CONSTRAINT pwned IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "SHOW SETTINGS",
  "SHOW TRANSACTIONS",
  "MATCH (n) /* comment */ CREATE (m) RETURN m",
  "MATCH (n) // line comment\nDETACH DELETE n",
  "ＣＲＥＡＴＥ (n:Person {id: 'fullwidth'})",
  "MATCH (n) WHERE n.name = 'x' OR true DELETE n",
  "EXPLAIN CREATE (n)",
  "PROFILE MATCH (n) DELETE n",
  "CYPHER runtime=slotted CREATE (n:Person {id: 'z'})",
  "WITH 1 AS x CALL { CREATE (:Person {id: 'sub'}) } RETURN x",
  "MATCH (a), (b) MERGE (a)-[:MEETS]->(b)",
  ":use system",
];

describe("read-only Cypher", () => {
  it("runs a read query with parameters, returning rows and the subgraph", async () => {
    const r = await store.query("MATCH (s:State)-[r:MEDIATES]->(m:Meeting) WHERE m.place = $place RETURN s, r, m ORDER BY s.name", {
      params: { place: "Doha" },
    });
    expect(r.columns).toEqual(["s", "r", "m"]);
    expect(r.rows).toHaveLength(2);
    expect(r.truncated).toBe(false);
    expect(r.graph.nodes.map((n) => n.key).sort()).toEqual(["meeting:doha-2024-08-15", "state:egypt", "state:qatar"]);
    expect(r.graph.edges).toHaveLength(2);
    expect(r.graph.edges[0]!.attributes.evidence[0]!.sentence).toContain("mediate");
  });

  it(`refuses ${ATTEMPTS.length} write and escape attempts and leaves the database unchanged`, async () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(30);
    for (const cypher of ATTEMPTS) {
      await expect(store.query(cypher), cypher).rejects.toBeInstanceOf(QueryRefusedError);
    }
    expect(await dump(store)).toEqual(before);
    const users = await store.driver.executeQuery("SHOW USERS YIELD user RETURN collect(user) AS u", {}, { database: "system" });
    expect(users.records[0]!.get("u")).not.toContain("eve");
  });

  it("keeps keywords inside strings and comments from tripping the lexical check", () => {
    expect(() => lexicalCheck("MATCH (n) WHERE n.name = 'LOAD CSV; CREATE' RETURN n // DELETE")).not.toThrow();
    expect(() => lexicalCheck("RETURN 1;")).not.toThrow();
  });

  it("treats parameters as data, never as Cypher", async () => {
    const evil = "x' }) DETACH DELETE n //";
    const r = await store.query("MATCH (n:State) WHERE n.name = $name WITH count(n) AS c RETURN c, $name AS echoed", { params: { name: evil } });
    expect(r.rows).toEqual([[0, evil]]);
    expect(await dump(store)).toEqual(before);
  });

  it("applies the row limit and says the result was truncated", async () => {
    const r = await store.query("UNWIND range(1, 50) AS i RETURN i", { limit: 10 });
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
  });

  it("stops a runaway cartesian product with the timeout", async () => {
    const t0 = Date.now();
    await expect(
      store.query("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)", { timeoutMs: 1_000 }),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - t0).toBeLessThan(8_000);
  });

  it("takes a timeout beyond what Node's timers hold instead of stopping at once (issue 13)", async () => {
    const r = await store.query("RETURN 1 AS one", { timeoutMs: 99_999_999_999 });
    expect(r.rows).toEqual([[1]]);
  });
});

// The store: one Neo4j database behind a small API. Everything the CLI and the server need from Neo4j.
import { type ArticleText, articleKey, type GraphJson, type QueryResult, type SerializedEdge, type SerializedNode } from "@backchannel/schema";
import type { Driver, Relationship } from "neo4j-driver";
import { ARTICLE_TEXT_CYPHER } from "./article-texts.js";
import { bulkLoadGraph } from "./bulk/load.js";
import type { BulkLoadOptions, BulkLoadResult } from "./bulk/types.js";
import { openDriver, type ConnectionSettings } from "./connection.js";
import { ensureSchema } from "./constraints.js";
import { DIGEST_LABEL } from "./digests.js";
import { loadGraph, type LoadOptions, type LoadSummary, SMALL_BATCH_ROWS } from "./load.js";
import { Lookups } from "./lookups/index.js";
import { QueryDrivers } from "./query-drivers.js";
import type { QueryTransaction, StuckQuery } from "./query-transaction-types.js";
import { queryTransactions, terminateTransactions } from "./query-transactions.js";
import { runReadOnlyQuery, type ReadOnlyQueryOptions } from "./readonly-query.js";
import { warmUpLoader } from "./warm-up.js";
import { EVIDENCE_PROPS, edgeFromProperties, nodeFromProperties } from "./rows.js";

/** Article-text rows padded with nulls to SMALL_BATCH_ROWS, so small loads share one plan (see load.ts). */
const padded = <T>(rows: T[]): (T | null)[] => (rows.length < SMALL_BATCH_ROWS ? [...rows, ...Array<null>(SMALL_BATCH_ROWS - rows.length).fill(null)] : rows);

/** What GET /api/graph carries at most, nodes and relationships each (explore mode shows the rest). */
export const DEFAULT_EXPORT_LIMIT = 200_000;

export interface ExportOptions {
  includeArticles?: boolean;
  /** Nodes, and relationships, at most (default DEFAULT_EXPORT_LIMIT). */
  limit?: number;
  evidence?: boolean;
}

export class Store {
  readonly lookups: Lookups;
  /** Analysts' Cypher runs on drivers of its own (see query-drivers.ts). */
  private readonly queryDrivers: QueryDrivers;
  private readonly stuckListeners = new Set<(query: StuckQuery) => void>();
  private constructor(
    readonly driver: Driver,
    readonly database: string,
    settings: ConnectionSettings,
  ) {
    this.lookups = new Lookups(driver, database);
    this.queryDrivers = new QueryDrivers(settings);
  }

  static async open(c: ConnectionSettings): Promise<Store> {
    const driver = openDriver(c);
    try {
      await driver.verifyConnectivity({ database: c.database });
    } catch (err) {
      await driver.close();
      throw new Error(`cannot reach Neo4j at ${c.uri} (database "${c.database}"): ${(err as Error).message.split("\n")[0]}`);
    }
    return new Store(driver, c.database, c);
  }

  ensureSchema(): Promise<void> {
    return ensureSchema(this.driver, this.database);
  }

  load(graph: GraphJson, opts: Omit<LoadOptions, "database"> = {}): Promise<LoadSummary> {
    return loadGraph(this.driver, graph, { ...opts, database: this.database });
  }

  /**
   * A first load through neo4j-admin import (see bulk/load.ts): only into an empty database of a server
   * the caller may stop, which `opts.importer` does. Returns why not when the graph cannot be imported
   * exactly as `load` would store it; the caller then loads it with `load`.
   */
  bulkLoad(graph: GraphJson, opts: BulkLoadOptions): Promise<BulkLoadResult> {
    return bulkLoadGraph(this.driver, this.database, graph, opts);
  }

  /** True when the database holds no node (a bulk import may replace it). */
  async isEmpty(): Promise<boolean> {
    const res = await this.driver.executeQuery(`MATCH (n) WHERE NOT n:${DIGEST_LABEL} RETURN n LIMIT 1`, {}, { database: this.database, routing: "READ" });
    return res.records.length === 0;
  }

  /**
   * Plans the statements of a small load on a server that has just started, writing nothing (see
   * warm-up.ts). Call once per server start; later calls cost a few milliseconds.
   */
  async warmUp(): Promise<{ statements: number; ms: number }> {
    const t0 = performance.now();
    // Indexes created after planning would throw the plans away (a schema change empties the plan cache).
    await ensureSchema(this.driver, this.database);
    const statements = await warmUpLoader(this.driver, this.database);
    return { statements, ms: performance.now() - t0 };
  }

  query(cypher: string, opts: Omit<ReadOnlyQueryOptions, "database"> = {}): Promise<QueryResult> {
    return runReadOnlyQuery(this.queryDrivers, cypher, { ...opts, database: this.database }, (q) => {
      for (const listener of this.stuckListeners) listener(q);
    });
  }

  /**
   * Hears of every query the client stopped waiting for because Neo4j did not stop it at its timeout
   * (the server's watchdog). Returns a function that stops listening.
   */
  onStuckQuery(listener: (query: StuckQuery) => void): () => void {
    this.stuckListeners.add(listener);
    return () => this.stuckListeners.delete(listener);
  }

  /** The transactions Neo4j still runs for an analyst's query (none once it has ended). */
  queryTransactions(queryId: string): Promise<QueryTransaction[]> {
    return queryTransactions(this.driver, this.database, queryId);
  }

  /** TERMINATE TRANSACTIONS: Neo4j marks them, and stops them at their next check between rows. */
  terminateTransactions(transactionIds: string[]): Promise<number> {
    return terminateTransactions(this.driver, this.database, transactionIds);
  }

  /** Whether Neo4j answers now, within `timeoutMs`: what GET /api/health reports. */
  async ping(timeoutMs = 3_000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    let timer: NodeJS.Timeout | undefined;
    try {
      const give = new Promise<false>((r) => {
        timer = setTimeout(() => r(false), timeoutMs);
      });
      return await Promise.race([session.run("RETURN 1", {}, { timeout: timeoutMs }).then(() => true), give]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const res = await this.driver.executeQuery(
      // counts of a bare label come from the counts store: the digest node is subtracted, not filtered out
      `CALL { MATCH (n) RETURN count(n) AS everything } CALL { MATCH (d:${DIGEST_LABEL}) RETURN count(d) AS digests }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN everything - digests AS nodes, relationships`,
      {},
      { database: this.database, routing: "READ" },
    );
    const rec = res.records[0];
    return { nodes: Number(rec?.get("nodes") ?? 0), relationships: Number(rec?.get("relationships") ?? 0) };
  }

  /** Puts article texts on their Article nodes (batched; texts of articles not in the graph are skipped). Returns how many were set. */
  async loadArticleTexts(texts: Iterable<ArticleText> | AsyncIterable<ArticleText>, batchSize = 200): Promise<number> {
    let set = 0;
    let batch: { id: string; text: string }[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const res = await this.driver.executeQuery(ARTICLE_TEXT_CYPHER, { rows: padded(batch) }, { database: this.database });
      set += Number(res.records[0]?.get("n") ?? 0);
      batch = [];
    };
    for await (const t of texts) {
      batch.push({ id: articleKey(t.id), text: t.text });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return set;
  }

  /** An article's text and metadata, or undefined when the article or its text is unknown. */
  async articleText(id: string): Promise<ArticleText | undefined> {
    const key = id.startsWith("article:") ? id : articleKey(id);
    const res = await this.driver.executeQuery(
      "MATCH (a:Article {id: $key}) WHERE a.text IS NOT NULL RETURN a.text AS text, a.title AS title, a.date AS date, a.source AS source, a.url AS url",
      { key },
      { database: this.database, routing: "READ" },
    );
    const rec = res.records[0];
    if (!rec) return undefined;
    const out: ArticleText = { id: key.slice("article:".length), text: rec.get("text") as string };
    for (const k of ["title", "date", "source", "url"] as const) {
      const v = rec.get(k) as unknown;
      if (v !== null && v !== undefined) out[k] = String(v);
    }
    return out;
  }

  /**
   * The whole graph (or its first `limit` nodes and relationships) as graph.json, for the viewer. With
   * `evidence: false` the edges come without their evidence (not a contract graph.json any more; the
   * viewer fetches evidence per node): the sentences are most of the bytes, and Neo4j then never reads them.
   */
  async exportGraph(opts: ExportOptions = {}): Promise<GraphJson> {
    return (await this.exportGraphPage(opts)).graph;
  }

  /**
   * The same, saying whether it is the whole graph: `truncated` when there were more than `limit`
   * nodes or relationships (one more of each is asked for, to know), or a relationship's end was cut.
   */
  async exportGraphPage(opts: ExportOptions = {}): Promise<{ graph: GraphJson; truncated: boolean }> {
    const limit = opts.limit ?? DEFAULT_EXPORT_LIMIT;
    const skipArticles = opts.includeArticles === false;
    const withEvidence = opts.evidence !== false;
    // an Article's text stays in Neo4j: it is not part of graph.json (GET /api/article serves it)
    const nodesRes = await this.driver.executeQuery(
      `MATCH (n) WHERE NOT n:${DIGEST_LABEL} AND NOT ($skip AND n:Article)
       RETURN labels(n)[0] AS label, elementId(n) AS element, n { .*, text: null } AS props LIMIT toInteger($limit)`,
      { skip: skipArticles, limit: limit + 1 },
      { database: this.database, routing: "READ" },
    );
    const nodes: SerializedNode[] = [];
    const byElement = new Map<string, string>();
    let truncated = nodesRes.records.length > limit;
    for (const rec of nodesRes.records.slice(0, limit)) {
      const props = rec.get("props") as Record<string, unknown>;
      if (props.text === null) delete props.text;
      const node = nodeFromProperties((rec.get("label") as string | null) ?? "Group", props);
      byElement.set(rec.get("element") as string, node.key);
      nodes.push(node);
    }
    const edgesRes = await this.driver.executeQuery(
      withEvidence
        ? `MATCH (a)-[r]->(b) WHERE NOT ($skip AND (r:MENTIONED_IN)) RETURN r LIMIT toInteger($limit)`
        : `MATCH (a)-[r]->(b) WHERE NOT ($skip AND (r:MENTIONED_IN))
           RETURN type(r) AS type, elementId(a) AS s, elementId(b) AS t,
                  [k IN keys(r) WHERE NOT k IN $evidenceProps | [k, r[k]]] AS props
           LIMIT toInteger($limit)`,
      { skip: skipArticles, limit: limit + 1, evidenceProps: EVIDENCE_PROPS },
      { database: this.database, routing: "READ" },
    );
    const edges: SerializedEdge[] = [];
    if (edgesRes.records.length > limit) truncated = true;
    for (const rec of edgesRes.records.slice(0, limit)) {
      if (withEvidence) {
        const r = rec.get("r") as Relationship;
        const s = byElement.get(r.startNodeElementId);
        const t = byElement.get(r.endNodeElementId);
        if (s && t) edges.push(edgeFromProperties(r.type, s, t, r.properties as Record<string, unknown>));
        else truncated = true;
        continue;
      }
      const s = byElement.get(rec.get("s") as string);
      const t = byElement.get(rec.get("t") as string);
      if (!s || !t) {
        truncated = true;
        continue;
      }
      const { evidence: _none, ...attributes } = edgeFromProperties(
        rec.get("type") as string,
        s,
        t,
        Object.fromEntries(rec.get("props") as [string, unknown][]),
      ).attributes;
      edges.push({ source: s, target: t, attributes: attributes as SerializedEdge["attributes"] });
    }
    return { graph: { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges }, truncated };
  }

  async close(): Promise<void> {
    await this.queryDrivers.close();
    await this.driver.close();
  }
}

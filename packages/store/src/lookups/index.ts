// Analysts' ready questions, each one parameterised Cypher over the graph contract. Every answer is a list
// of facts (relationships) with their endpoints and evidence sentences, so the CLI, the API and the viewer
// show the same thing. What both backends compute alike after the query (time on facts, one fact per pair,
// mediation sentences, name resolution) comes from @backchannel/schema.
import {
  type Changes,
  type ChangesQuery,
  changeOf,
  compareFacts,
  compareFactsByDate,
  type DateWindow,
  type DemandDirection,
  type ExploreBackend,
  exploreNeighbourhood,
  type Fact,
  isNodeType,
  type LookupBackend,
  type MediatorsQuery,
  mediationBetween,
  type NameSource,
  type NeighbourhoodQuery,
  type NeighbourhoodResponse,
  type NodeRef,
  type NodeType,
  onePerPair,
  type Party,
  type RankedActor,
  resolveName,
} from "@backchannel/schema";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { FULLTEXT_INDEX } from "../constraints.js";
import { withArticles } from "./articles.js";
import { FACT, factRowsOf, inWindow, labelOfKey, lucenePhrase, toFact, windowParams } from "./cypher.js";
import { neo4jNeighbourhoodSource, neo4jTopActors } from "./explore.js";
import { candidate, candidateOf, factTableOf, neo4jNameSource, resolveWithFacts } from "./names.js";
import type { CandidateRow, FactRow, FactsOfNode, FactTable } from "./types.js";

export { NameResolutionError } from "@backchannel/schema";

const W = inWindow("r");

export class Lookups implements LookupBackend, ExploreBackend {
  private readonly names: NameSource;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {
    this.names = neo4jNameSource((c, p) => this.read(c, p));
  }

  /**
   * One auto-commit read: a single round trip (RUN and PULL pipelined), where a transaction function
   * needs a second one for COMMIT; that halved a lookup's latency. Lookups are single reads, so there
   * is no transaction to retry, and a READ session goes to a reader in a cluster.
   */
  private async read(cypher: string, params: Record<string, unknown>): Promise<{ records: Neo4jRecord[] }> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  /** Facts from their rows (one `fact` column each), with their articles' details. */
  private factsOfRows(rows: FactRow[]): Promise<Fact[]> {
    return withArticles(rows.map(toFact), rows, this.reader);
  }

  private async facts(cypher: string, params: Record<string, unknown>): Promise<Fact[]> {
    const res = await this.read(cypher, params);
    return this.factsOfRows(res.records.map((r) => r.get("fact") as FactRow));
  }

  private readonly reader = (cypher: string, params: Record<string, unknown>) => this.read(cypher, params);

  /** Full-text search over names and aliases. */
  async search(text: string, limit = 10): Promise<(NodeRef & { aliases: string[]; score: number })[]> {
    const q = text.trim().replace(/^the\s+/i, "");
    if (!q) return [];
    const res = await this.read(
      `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
       RETURN ${candidate("node")} AS c, score LIMIT toInteger($limit)`,
      {
        index: FULLTEXT_INDEX,
        q: `(${lucenePhrase(q)}) OR (${q
          .split(/\s+/)
          .map((w) => `${lucenePhrase(w)}`)
          .join(" AND ")})`,
        limit,
      },
    );
    return res.records.map((r) => ({ ...candidateOf(r.get("c") as CandidateRow), score: Number(r.get("score")) }));
  }

  /** A name, alias or key to exactly one node; a NameResolutionError when it is unknown or ambiguous. */
  resolve(name: string, types?: NodeType[]): Promise<NodeRef> {
    return resolveName(this.names, name, types);
  }

  private label(ref: Pick<NodeRef, "type">): string {
    if (!isNodeType(ref.type)) throw new Error(`unexpected label ${ref.type}`);
    return ref.type;
  }

  /**
   * Facts about one node, named by key, alias or name: `q.body` is Cypher from the node `a` that returns
   * rows that bind `r` (FactsOfNode). A key ("person:…") goes straight into the query, one round trip
   * instead of two; its one row (a FactTable, empty or not) says that the node exists, and only when
   * there is none is the key resolved, for resolve()'s message or the node under another key.
   * A name is resolved with its likely node's facts read alongside (resolveWithFacts).
   */
  private async factsOf(name: string, types: NodeType[] | undefined, q: FactsOfNode): Promise<{ key: string; facts: Fact[] }> {
    const byKey = async (a: Pick<NodeRef, "key" | "type">) => {
      const res = await this.read(`MATCH (a:${this.label(a)} {id: $id}) ${factTableOf(q)} RETURN answer`, { ...q.params, id: a.key });
      const answer = res.records[0]?.get("answer") as FactTable | undefined;
      return { found: answer !== undefined, facts: answer ? await this.factsOfRows(factRowsOf(answer)) : [] };
    };
    const keyLabel = labelOfKey(name);
    if (keyLabel && (!types || types.includes(keyLabel))) {
      const { found, facts } = await byKey({ key: name, type: keyLabel });
      if (found) return { key: name, facts };
      const a = await this.resolve(name, types); // throws when unknown; may find the node under another key
      return { key: a.key, facts: (await byKey(a)).facts };
    }
    const { node, rows } = await resolveWithFacts(this.reader, this.names, name, types, q);
    return { key: node.key, facts: rows ? await this.factsOfRows(rows) : (await byKey(node)).facts };
  }

  /** Every relationship of a node but MENTIONED_IN, seen in the window. */
  private async allOf(name: string, w: DateWindow | undefined, limit = 100_000): Promise<Fact[]> {
    const body = `MATCH (a)-[r]-(y) WHERE NOT r:MENTIONED_IN AND ${W} WITH r, y ORDER BY type(r), y.name LIMIT toInteger($limit)`;
    return (await this.factsOf(name, undefined, { body, params: { limit, ...windowParams(w) } })).facts;
  }

  /** Who mediates: a meeting's mediators, mediators between two parties, or every mediator. */
  async mediators(q: MediatorsQuery = {}): Promise<Fact[]> {
    if (q.meeting) {
      const body = `MATCH (x)-[r:MEDIATES]->(a) WHERE ${W}`;
      const { facts } = await this.factsOf(q.meeting, ["Meeting"], { body, params: windowParams(q) });
      return facts.sort(compareFacts);
    }
    if (q.between) return this.mediatorsBetween(q.between, q);
    return (await this.facts(`MATCH (x)-[r:MEDIATES]->(t) WHERE ${W} RETURN ${FACT("r")} AS fact`, windowParams(q))).sort(compareFacts);
  }

  /**
   * Every MEDIATES that mediationBetween() may keep, with whether its meeting is one a party takes part
   * in (or makes a demand about); that function decides, as in memory mode.
   */
  private async mediatorsBetween(between: [string, string], w: DateWindow): Promise<Fact[]> {
    const [a, b] = await Promise.all(between.map((n) => this.party(n)));
    const res = await this.read(
      `MATCH (x)-[r:MEDIATES]->(t) WHERE ${W} AND NOT x.id IN $parties
       RETURN ${FACT("r")} AS fact,
              t:Meeting AND EXISTS { MATCH (p)-[:ATTENDS|MEDIATES|MEETS|DEMANDS]-(t) WHERE p.id IN $parties } AS linked`,
      { parties: [a!.key, b!.key], ...windowParams(w) },
    );
    const rows = res.records.map((rec) => rec.get("fact") as FactRow);
    const facts = res.records.flatMap((rec, i) => mediationBetween(toFact(rows[i]!), a!, b!, rec.get("linked") === true) ?? []);
    return (await withArticles(facts, rows, this.reader)).sort(compareFacts);
  }

  /** A party of `mediators --between`: its key and every name it goes by. */
  private async party(name: string): Promise<Party> {
    const p = await this.resolve(name);
    const res = await this.read(`MATCH (n:${this.label(p)} {id: $id}) RETURN n.name AS name, n.aliases AS aliases`, { id: p.key });
    const rec = res.records[0];
    return { key: p.key, forms: [String(rec?.get("name") ?? p.name), ...((rec?.get("aliases") as string[] | null) ?? [])] };
  }

  /** Meetings an actor attended, mediated or met at, with dates and places, in date order. */
  async meetings(actor: string, w?: DateWindow): Promise<Fact[]> {
    const body = `MATCH (a)-[r:ATTENDS|MEDIATES|MEETS]->(m:Meeting) WHERE ${W}`;
    const { facts } = await this.factsOf(actor, undefined, { body, params: windowParams(w) });
    return facts.sort(compareFactsByDate);
  }

  /** Every fact of a node but MENTIONED_IN, in date order (undated last). */
  async timeline(actor: string, w?: DateWindow): Promise<Fact[]> {
    return (await this.allOf(actor, w)).sort(compareFactsByDate);
  }

  /** Who met whom, each other party once: a direct MEETS, else a shared meeting (as `via`). */
  async met(actor: string, w?: DateWindow): Promise<Fact[]> {
    const body = `CALL (a) {
         MATCH (a)-[r:MEETS]-(y) WHERE NOT y:Meeting AND ${W}
         RETURN r, null AS via
         UNION ALL
         MATCH (a)-[r0:ATTENDS|MEDIATES|MEETS]->(m:Meeting)<-[r:ATTENDS|MEDIATES|MEETS]-(y)
         WHERE y <> a AND ${inWindow("r0")} AND ${W}
         RETURN r, m AS via
       }`;
    const { key, facts } = await this.factsOf(actor, undefined, { body, via: true, params: windowParams(w) });
    return onePerPair(key, facts);
  }

  /** Demands made by an actor ("by"), of an actor ("of"), or both. */
  async demands(actor: string, direction: DemandDirection = "both", w?: DateWindow): Promise<Fact[]> {
    const pattern = direction === "by" ? "(a)-[r:DEMANDS]->(y)" : direction === "of" ? "(a)<-[r:DEMANDS]-(y)" : "(a)-[r:DEMANDS]-(y)";
    const body = `MATCH ${pattern} WHERE ${W}`;
    const { facts } = await this.factsOf(actor, undefined, { body, params: windowParams(w) });
    return facts.sort(compareFacts);
  }

  /** A person's affiliations (with roles), or the people affiliated with a state or group. */
  async affiliations(actor: string, w?: DateWindow): Promise<Fact[]> {
    const body = `MATCH (a)-[r:AFFILIATED_WITH]-(y) WHERE ${W}`;
    const { facts } = await this.factsOf(actor, undefined, { body, params: windowParams(w) });
    return facts.sort(compareFacts);
  }

  /** Every relationship of a node except MENTIONED_IN. */
  async neighbours(name: string, w?: DateWindow, limit = 200): Promise<Fact[]> {
    return (await this.allOf(name, w, limit)).sort(compareFacts);
  }

  /**
   * Shortest paths between two actors (through actors, groups' PART_OF and meetings, never through
   * articles); the first 10 in the order of their steps, so both backends and every run agree. Two
   * keys go straight into the query (one round trip, not a resolve of each first); only an empty answer
   * resolves them, for an unknown key's message or a node found under another key.
   */
  async paths(from: string, to: string, w?: DateWindow, maxHops = 6): Promise<Fact[][]> {
    const hops = Math.min(Math.max(1, Math.floor(maxHops)), 10);
    const [fromLabel, toLabel] = [labelOfKey(from), labelOfKey(to)];
    const byKeys = fromLabel && toLabel && from !== to;
    if (byKeys) {
      const found = await this.pathsBetween({ key: from, type: fromLabel }, { key: to, type: toLabel }, hops, w);
      if (found) return found;
    }
    const [a, b] = await Promise.all([this.resolve(from), this.resolve(to)]);
    if (a.key === b.key) return [];
    return (await this.pathsBetween(a, b, hops, w)) ?? [];
  }

  /** The paths from a to b; undefined when either node is not there (OPTIONAL MATCH: a null row when both are but no path is). */
  private async pathsBetween(
    a: Pick<NodeRef, "key" | "type">,
    b: Pick<NodeRef, "key" | "type">,
    hops: number,
    w: DateWindow | undefined,
  ): Promise<Fact[][] | undefined> {
    // Without a window every relationship passes the window's test; the search evaluates it at every
    // step it takes (0.2 ms of a 2.7 ms search on the bench's graph), so it is left out.
    const params = windowParams(w);
    const windowed = params.since !== null || params.until !== null;
    const res = await this.read(
      `MATCH (a:${this.label(a)} {id: $a}), (b:${this.label(b)} {id: $b})
       OPTIONAL MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
       WHERE none(n IN nodes(p) WHERE n:Article) ${windowed ? `AND all(r IN relationships(p) WHERE ${W})` : ""}
       WITH p, reduce(k = '', r IN relationships(p) | k + startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id + ' / ') AS bySteps
       ORDER BY bySteps LIMIT 10
       RETURN CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | ${FACT("r")}] END AS steps`,
      { a: a.key, b: b.key, ...params },
    );
    if (!res.records.length) return undefined;
    const rows = res.records.map((rec) => rec.get("steps") as FactRow[] | null).filter((steps): steps is FactRow[] => steps !== null);
    const paths = rows.map((steps) => steps.map(toFact));
    // Neo4j returns equally short paths in the order of its relationship ids, which depend on the
    // database's history (ids are reused after deletes): sorted by their steps, the answer does not.
    const keyOf = (path: Fact[]) => path.map((f) => `${f.from.key} ${f.type} ${f.to.key}`).join(" / ");
    paths.sort((x, y) => x.length - y.length || (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));
    return withArticles(paths, rows.flat(), this.reader);
  }

  /** Explore mode: the nodes within q.depth steps of a node, and the relationships among them (see exploreNeighbourhood). */
  async neighbourhood(name: string, q: NeighbourhoodQuery): Promise<NeighbourhoodResponse> {
    return exploreNeighbourhood(
      neo4jNeighbourhoodSource((c, p) => this.read(c, p)),
      await this.resolve(name),
      q,
    );
  }

  /** Explore mode's starting points: the most connected actors. */
  topActors(limit: number): Promise<RankedActor[]> {
    return neo4jTopActors((c, p) => this.read(c, p), limit);
  }

  /** Facts first seen from `from` to `to`, and facts last seen before `from`; of one node when `name` is given. */
  async changes(q: ChangesQuery): Promise<Changes> {
    const WHEN = "((r.firstSeen >= date($from) AND r.firstSeen <= date($to)) OR r.lastSeen < date($from))";
    const params = { from: q.from, to: q.to };
    const facts = q.name
      ? (await this.factsOf(q.name, undefined, { body: `MATCH (a)-[r]-(y) WHERE NOT r:MENTIONED_IN AND ${WHEN}`, params })).facts
      : await this.facts(`MATCH (x)-[r]->(y) WHERE NOT r:MENTIONED_IN AND ${WHEN} RETURN ${FACT("r")} AS fact`, params);
    const out: Changes = { started: [], stopped: [] };
    for (const f of facts) {
      const change = changeOf(f, q);
      if (change) out[change].push(f);
    }
    out.started.sort(compareFactsByDate);
    out.stopped.sort(compareFactsByDate);
    return out;
  }
}

// Analysts' ready questions, each one parameterised Cypher over the graph contract. Every answer is a list
// of facts (relationships) with their endpoints and evidence sentences, so the CLI, the API and the viewer
// show the same thing.
import {
  type DemandDirection,
  type Fact,
  isNodeType,
  type LookupBackend,
  type MediatorsQuery,
  type NodeRef,
  type NodeType,
  normName,
} from "@backchannel/schema";
import neo4j, { type Driver, type Node, type Record as Neo4jRecord } from "neo4j-driver";
import { FULLTEXT_INDEX } from "./constraints.js";
import { evidenceFromProperties } from "./rows.js";

export class NameResolutionError extends Error {
  constructor(
    message: string,
    public readonly candidates: NodeRef[] = [],
  ) {
    super(message);
    this.name = "NameResolutionError";
  }
}

const refOf = (n: Node): NodeRef => {
  const p = n.properties as Record<string, unknown>;
  const ref: NodeRef = { key: String(p.id), type: (n.labels[0] ?? "Group") as NodeType, name: String(p.name ?? p.id) };
  if (typeof p.date === "string") ref.date = p.date;
  if (typeof p.place === "string") ref.place = p.place;
  return ref;
};

/**
 * A node as the few fields a NodeRef needs: a whole node would also carry its aliases, articles and
 * search text, which every fact would send again for each endpoint.
 */
const ref = (n: string) => `{id: ${n}.id, name: ${n}.name, date: ${n}.date, place: ${n}.place, label: head(labels(${n}))}`;

/** What a ref() map comes back as. */
interface RefRow {
  id: unknown;
  name: unknown;
  date: unknown;
  place: unknown;
  label: unknown;
}

const refOfRow = (m: RefRow): NodeRef => {
  const r: NodeRef = { key: String(m.id), type: (typeof m.label === "string" ? m.label : "Group") as NodeType, name: String(m.name ?? m.id) };
  if (typeof m.date === "string") r.date = m.date;
  if (typeof m.place === "string") r.place = m.place;
  return r;
};

/** The fields every fact query returns: `r` the relationship, `s`/`t` its endpoints, optional `via`. */
const FACT_RETURN = `type(r) AS type, ${ref("startNode(r)")} AS s, ${ref("endNode(r)")} AS t, properties(r) AS p`;

function toFact(rec: { get(k: string): unknown; has(k: string): boolean }): Fact {
  const p = rec.get("p") as Record<string, unknown>;
  const fact: Fact = {
    type: String(rec.get("type")),
    from: refOfRow(rec.get("s") as RefRow),
    to: refOfRow(rec.get("t") as RefRow),
    evidence: evidenceFromProperties(p),
  };
  if (typeof p.what === "string") fact.what = p.what;
  if (typeof p.role === "string") fact.role = p.role;
  if (typeof p.cameo === "string") fact.cameo = p.cameo;
  if (rec.has("via") && rec.get("via")) fact.via = refOfRow(rec.get("via") as RefRow);
  return fact;
}

/** Lucene query syntax escaped, as a phrase, so user input is data. */
function lucenePhrase(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&")}"`;
}

/** A Map, not an object literal: "constructor:x" or "__proto__:x" must find nothing, not Object.prototype's members. */
const LABEL_OF_PREFIX = new Map<string, NodeType>([
  ["person", "Person"],
  ["state", "State"],
  ["group", "Group"],
  ["meeting", "Meeting"],
  ["article", "Article"],
]);

export class Lookups implements LookupBackend {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

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

  private async facts(cypher: string, params: Record<string, unknown>): Promise<Fact[]> {
    const res = await this.read(cypher, params);
    return res.records.map(toFact);
  }

  /** Full-text search over names and aliases. */
  async search(text: string, limit = 10): Promise<(NodeRef & { aliases: string[]; score: number })[]> {
    const q = text.trim().replace(/^the\s+/i, "");
    if (!q) return [];
    const res = await this.read(
      `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
       RETURN node, score LIMIT toInteger($limit)`,
      {
        index: FULLTEXT_INDEX,
        q: `${lucenePhrase(q)} OR ${q
          .split(/\s+/)
          .map((w) => `${lucenePhrase(w)}`)
          .join(" AND ")}`,
        limit,
      },
    );
    return res.records.map((r) => {
      const n = r.get("node") as Node;
      return { ...refOf(n), aliases: (n.properties.aliases as string[]) ?? [], score: Number(r.get("score")) };
    });
  }

  /** A name, alias or key to exactly one node; a clear error when it is unknown or ambiguous. */
  async resolve(name: string, types?: NodeType[]): Promise<NodeRef> {
    const prefix = name.split(":")[0] ?? "";
    const keyLabel = LABEL_OF_PREFIX.get(prefix);
    if (keyLabel && name.includes(":")) {
      const res = await this.read(`MATCH (n:${keyLabel} {id: $id}) RETURN n`, { id: name });
      const rec = res.records[0];
      if (rec) return refOf(rec.get("n") as Node);
    }
    const wanted = normName(name);
    const candidates = (await this.search(name, 25)).filter((c) => !types || types.includes(c.type));
    const exact = candidates.filter((c) => [c.name, ...c.aliases].some((a) => normName(a) === wanted));
    const pick = exact.length ? exact : candidates;
    if (pick.length === 1 || (exact.length === 0 && pick.length > 1 && pick[0]!.score > 2 * pick[1]!.score)) return strip(pick[0]!);
    if (exact.length > 1) {
      // The same name for a person and, say, a meeting is not ambiguous when one is an actor: prefer actors.
      const actors = exact.filter((c) => c.type !== "Meeting");
      if (actors.length === 1) return strip(actors[0]!);
      throw new NameResolutionError(`"${name}" is ambiguous: ${exact.map((c) => `${c.name} (${c.type}, ${c.key})`).join("; ")}. Use a key.`, exact.map(strip));
    }
    if (pick.length > 1) {
      throw new NameResolutionError(
        `"${name}" matches no name exactly; did you mean: ${pick
          .slice(0, 5)
          .map((c) => `${c.name} (${c.key})`)
          .join("; ")}?`,
        pick.map(strip),
      );
    }
    throw new NameResolutionError(`no actor or meeting called "${name}" in the graph`);
  }

  private label(ref: Pick<NodeRef, "type">): string {
    if (!isNodeType(ref.type)) throw new Error(`unexpected label ${ref.type}`);
    return ref.type;
  }

  /**
   * Facts about one node, named by key, alias or name. A key ("person:…") goes straight into the query,
   * one round trip instead of two; only an empty answer checks that the node exists, so an unknown key
   * still gets resolve()'s message.
   */
  private async factsOf(
    name: string,
    types: NodeType[] | undefined,
    query: (a: { key: string; type: NodeType }) => [string, Record<string, unknown>],
  ): Promise<Fact[]> {
    const prefix = name.split(":")[0] ?? "";
    const keyLabel = name.includes(":") ? LABEL_OF_PREFIX.get(prefix) : undefined;
    if (keyLabel && (!types || types.includes(keyLabel))) {
      const facts = await this.facts(...query({ key: name, type: keyLabel }));
      if (facts.length > 0) return facts;
      const a = await this.resolve(name, types); // throws when unknown; may find the node under another key
      return a.key === name ? facts : this.facts(...query(a));
    }
    const a = await this.resolve(name, types);
    return this.facts(...query(a));
  }

  /** Who mediates: a meeting's mediators, mediators between two parties, or every mediator. */
  async mediators(opts: MediatorsQuery = {}): Promise<Fact[]> {
    if (opts.meeting) {
      return this.factsOf(opts.meeting, ["Meeting"], (m) => [
        `MATCH (x)-[r:MEDIATES]->(m:Meeting {id: $id}) RETURN ${FACT_RETURN} ORDER BY s.name`,
        { id: m.key },
      ]);
    }
    if (opts.between) {
      const [a, b] = await Promise.all(opts.between.map((n) => this.resolve(n)));
      return this.facts(
        `MATCH (a:${this.label(a!)} {id: $a}), (b:${this.label(b!)} {id: $b})
         MATCH (x)-[r:MEDIATES]->(t)
         WHERE t = a OR t = b
            OR (t:Meeting AND EXISTS { (a)-[:ATTENDS|MEETS|MEDIATES]->(t) } AND EXISTS { (b)-[:ATTENDS|MEETS|MEDIATES]->(t) } AND x <> a AND x <> b)
         RETURN ${FACT_RETURN} ORDER BY s.name`,
        { a: a!.key, b: b!.key },
      );
    }
    return this.facts(`MATCH (x)-[r:MEDIATES]->(t) RETURN ${FACT_RETURN} ORDER BY s.name, t.name`, {});
  }

  /** Meetings an actor attended, mediated or met at, with dates and places, in date order. */
  async meetings(actor: string): Promise<Fact[]> {
    return this.factsOf(actor, undefined, (a) => [
      `MATCH (a:${this.label(a)} {id: $id})-[r:ATTENDS|MEDIATES|MEETS]->(m:Meeting)
       RETURN ${FACT_RETURN} ORDER BY coalesce(m.date, '9999'), m.name`,
      { id: a.key },
    ]);
  }

  /** Who met whom: direct MEETS, and co-participants of the same meeting (with the meeting as `via`). */
  async met(actor: string): Promise<Fact[]> {
    // One query: direct MEETS first (no `via`), then co-participants, each part ordered by name.
    return this.factsOf(actor, undefined, (a) => [
      `MATCH (a:${this.label(a)} {id: $id})
       CALL (a) {
         MATCH (a)-[r:MEETS]-(y) WHERE NOT y:Meeting
         RETURN r, null AS via, 0 AS part, y.name AS yname
         UNION ALL
         MATCH (a)-[:ATTENDS|MEDIATES|MEETS]->(m:Meeting)<-[r:ATTENDS|MEDIATES|MEETS]-(y)
         WHERE y <> a
         RETURN r, ${ref("m")} AS via, 1 AS part, y.name AS yname
       }
       RETURN ${FACT_RETURN}, via ORDER BY part, yname`,
      { id: a.key },
    ]);
  }

  /** Demands made by an actor ("by"), of an actor ("of"), or both. */
  async demands(actor: string, direction: DemandDirection = "both"): Promise<Fact[]> {
    const pattern = direction === "by" ? "(a)-[r:DEMANDS]->(y)" : direction === "of" ? "(a)<-[r:DEMANDS]-(y)" : "(a)-[r:DEMANDS]-(y)";
    return this.factsOf(actor, undefined, (a) => [
      `MATCH (a:${this.label(a)} {id: $id}) MATCH ${pattern} RETURN ${FACT_RETURN} ORDER BY y.name`,
      { id: a.key },
    ]);
  }

  /** A person's affiliations (with roles), or the people affiliated with a state or group. */
  async affiliations(actor: string): Promise<Fact[]> {
    return this.factsOf(actor, undefined, (a) => [
      `MATCH (a:${this.label(a)} {id: $id})-[r:AFFILIATED_WITH]-(y) RETURN ${FACT_RETURN} ORDER BY y.name`,
      { id: a.key },
    ]);
  }

  /** Every relationship of a node except MENTIONED_IN. */
  async neighbours(name: string, limit = 200): Promise<Fact[]> {
    return this.factsOf(name, undefined, (a) => [
      `MATCH (a:${this.label(a)} {id: $id})-[r]-(y) WHERE NOT r:MENTIONED_IN
       RETURN ${FACT_RETURN} ORDER BY type(r), y.name LIMIT toInteger($limit)`,
      { id: a.key, limit },
    ]);
  }

  /** Shortest paths between two actors (through actors and meetings, never through articles). */
  async paths(from: string, to: string, maxHops = 6): Promise<Fact[][]> {
    const [a, b] = await Promise.all([this.resolve(from), this.resolve(to)]);
    if (a.key === b.key) return [];
    const hops = Math.min(Math.max(1, Math.floor(maxHops)), 10);
    const res = await this.read(
      `MATCH (a:${this.label(a)} {id: $a}), (b:${this.label(b)} {id: $b})
       MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
       WHERE none(n IN nodes(p) WHERE n:Article)
       WITH p LIMIT 10
       RETURN [r IN relationships(p) | {type: type(r), s: ${ref("startNode(r)")}, t: ${ref("endNode(r)")}, p: properties(r)}] AS steps`,
      { a: a.key, b: b.key },
    );
    return res.records.map((rec) => (rec.get("steps") as Record<string, unknown>[]).map((step) => toFact({ get: (k) => step[k], has: (k) => k in step })));
  }

  /** An actor's meetings and dated facts in time order. */
  async timeline(actor: string): Promise<Fact[]> {
    const facts = await this.meetings(actor);
    return facts.filter((f) => f.to.date).concat(facts.filter((f) => !f.to.date));
  }
}

function strip(c: NodeRef & { aliases?: string[]; score?: number }): NodeRef {
  const { aliases: _a, score: _s, ...ref } = c;
  return ref;
}

// A graph.json served from memory (no Neo4j): the viewer, search and the lookups work from graphology;
// the Cypher box says it needs Neo4j. Lookups answer with the same Fact shape as the store's.
import { MultiGraph } from "graphology";
import {
  type ArticleInfo,
  type Changes,
  type ChangesQuery,
  changeOf,
  compareFacts,
  compareFactsByDate,
  type DateWindow,
  type DemandDirection,
  type Evidence,
  type EvidenceResponse,
  type ExploreBackend,
  exploreNeighbourhood,
  type Fact,
  type GraphJson,
  inWindow,
  type LookupBackend,
  type MediatorsQuery,
  mediationBetween,
  type NameSource,
  type NeighbourhoodQuery,
  type NeighbourhoodResponse,
  type NodeRef,
  type NodeType,
  normName,
  onePerPair,
  type Party,
  type RankedActor,
  type RelationshipEvidence,
  resolveName,
  type SearchResult,
  type Span,
  spanOf,
  withArticle,
} from "@backchannel/schema";
import { withoutEvidence, type EvidenceQuery } from "./evidence.js";
import { type MemoryExploreDeps, memoryNeighbourhoodSource, rankActors } from "./memory-explore.js";
import { type IndexEntry, memoryNameSource } from "./memory-names.js";

type Attrs = Record<string, unknown>;
const MEETING_LINKS = new Set(["ATTENDS", "MEDIATES", "MEETS"]);
/** What ties a party to a meeting for `mediators --between`: taking part in it, or a demand about it. */
const PARTY_LINKS = new Set(["ATTENDS", "MEDIATES", "MEETS", "DEMANDS"]);
const MEDIATES = new Set(["MEDIATES"]);
const MEETS = new Set(["MEETS"]);
const DEMANDS = new Set(["DEMANDS"]);
const AFFILIATED = new Set(["AFFILIATED_WITH"]);

export class MemoryGraph implements LookupBackend, ExploreBackend {
  readonly g: MultiGraph;
  private readonly index: IndexEntry[];
  private readonly names: NameSource;
  /** Each edge's firstSeen/lastSeen, its own or from its evidence (spanOf), as Neo4j mode stores them. */
  private readonly spans = new Map<string, Span>();
  /** Article id -> what its Article node says (title, date, source), for evidence. */
  private readonly articles = new Map<string, ArticleInfo>();

  private json: string | undefined;
  private leanJson: string | undefined;
  /** Edge keys the graph.json gave (the others were generated on import and mean nothing outside). */
  private readonly ownKeys: Set<string>;

  /** The graph as JSON text (GET /api/graph: never truncated in memory), serialised once: the viewer asks for it on every page load. */
  get graphJson(): string {
    this.json ??= JSON.stringify({ ...this.graph, truncated: false });
    return this.json;
  }

  /** The same without the edges' evidence (GET /api/graph?evidence=none), also serialised once. */
  get leanGraphJson(): string {
    this.leanJson ??= JSON.stringify({ ...withoutEvidence(this.graph), truncated: false });
    return this.leanJson;
  }

  private ranked: RankedActor[] | undefined;
  private get exploreDeps(): MemoryExploreDeps {
    return { g: this.g, seen: (e, w) => this.seen(e, w), ref: (k) => this.ref(k), span: (e) => this.spans.get(e), ownKeys: this.ownKeys };
  }

  /** Explore mode: the nodes within q.depth steps of a node, and the relationships among them (see exploreNeighbourhood). */
  async neighbourhood(name: string, q: NeighbourhoodQuery): Promise<NeighbourhoodResponse> {
    return exploreNeighbourhood(memoryNeighbourhoodSource(this.exploreDeps), await this.resolve(name), q);
  }

  /** Explore mode's starting points: the most connected actors (ranked once: the graph does not change). */
  topActors(limit: number): RankedActor[] {
    this.ranked ??= rankActors(this.exploreDeps);
    return this.ranked.slice(0, limit);
  }

  constructor(readonly graph: GraphJson) {
    this.g = new MultiGraph({ allowSelfLoops: false });
    this.g.import(graph as never);
    this.ownKeys = new Set(graph.edges.flatMap((e) => (e.key === undefined ? [] : [e.key])));
    this.index = graph.nodes
      .filter((n) => n.attributes.type !== "Article")
      .map((n) => ({
        key: n.key,
        norms: [n.attributes.name, ...n.attributes.aliases].map(normName),
        result: { key: n.key, type: n.attributes.type, name: n.attributes.name, aliases: n.attributes.aliases },
      }));
    this.names = memoryNameSource(this.g, this.index, (k) => this.ref(k));
    for (const n of graph.nodes) {
      if (n.attributes.type !== "Article") continue;
      const { title, date, source } = n.attributes;
      this.articles.set(n.key.replace(/^article:/, ""), { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(source ? { source } : {}) });
    }
    // As the loader does for Neo4j: an entry without a date is dated by its article's publication.
    const articleDay = (id: string) => this.articles.get(id)?.date;
    this.g.forEachEdge((e, a) => this.spans.set(e, spanOf((a.evidence as Evidence[]) ?? [], a as Span, articleDay)));
  }

  /** Whether an edge was seen in the window (every edge is, without one). */
  private seen(edge: string, w: DateWindow | undefined): boolean {
    return inWindow(this.spans.get(edge) ?? {}, w);
  }

  /** Exact name/alias matches first, then prefix matches, then substring matches. */
  search(q: string, limit: number): SearchResult[] {
    const want = normName(q);
    if (!want) return [];
    const rank = (norms: string[]) => (norms.includes(want) ? 0 : norms.some((s) => s.startsWith(want)) ? 1 : norms.some((s) => s.includes(want)) ? 2 : 3);
    return this.index
      .map((e) => ({ e, r: rank(e.norms) }))
      .filter((x) => x.r < 3)
      .sort((a, b) => a.r - b.r || a.e.result.name.localeCompare(b.e.result.name))
      .slice(0, limit)
      .map((x) => x.e.result);
  }

  private ref(key: string): NodeRef {
    const a = this.g.getNodeAttributes(key) as Attrs;
    const ref: NodeRef = { key, type: a.type as NodeType, name: String(a.name) };
    if (typeof a.date === "string") ref.date = a.date;
    if (typeof a.place === "string") ref.place = a.place;
    return ref;
  }

  private fact(edge: string, via?: string): Fact {
    const a = this.g.getEdgeAttributes(edge) as Attrs;
    const f: Fact = {
      type: String(a.type),
      from: this.ref(this.g.source(edge)),
      to: this.ref(this.g.target(edge)),
      evidence: ((a.evidence as Evidence[]) ?? []).map((e) => withArticle(e, this.articles.get(e.article))),
    };
    for (const k of ["what", "role", "cameo"] as const) if (typeof a[k] === "string") f[k] = a[k] as string;
    if (via) f.via = this.ref(via);
    Object.assign(f, this.spans.get(edge));
    return f;
  }

  /** A node's relationships but MENTIONED_IN, or the one relationship of `type` from `source` to `target`. */
  evidence(q: EvidenceQuery): EvidenceResponse {
    let edges: string[];
    if ("node" in q) edges = this.g.hasNode(q.node) ? this.edgesOf(q.node) : [];
    else {
      // graphology's edges(a, b) also answers b -> a: the direction is checked here.
      const from = (e: string) => this.g.source(e) === q.source || (this.g.isUndirected(e) && this.g.target(e) === q.source);
      edges =
        this.g.hasNode(q.source) && this.g.hasNode(q.target)
          ? this.g.edges(q.source, q.target).filter((e) => this.g.getEdgeAttribute(e, "type") === q.type && from(e))
          : [];
    }
    return { relationships: edges.map((e) => this.relationshipEvidence(e)), truncated: false };
  }

  private relationshipEvidence(edge: string): RelationshipEvidence {
    const a = this.g.getEdgeAttributes(edge) as Attrs;
    const r: RelationshipEvidence = {
      type: a.type as RelationshipEvidence["type"],
      source: this.g.source(edge),
      target: this.g.target(edge),
      evidence: (a.evidence as Evidence[]) ?? [],
    };
    if (this.ownKeys.has(edge)) r.key = edge;
    return r;
  }

  private type(key: string): string {
    return String(this.g.getNodeAttribute(key, "type"));
  }

  private edgesOf(key: string, types?: Set<string>, dir: "out" | "in" | "both" = "both"): string[] {
    const list = dir === "out" ? this.g.outEdges(key) : dir === "in" ? this.g.inEdges(key) : this.g.edges(key);
    return list.filter((e) => (types ? types.has(String(this.g.getEdgeAttribute(e, "type"))) : this.g.getEdgeAttribute(e, "type") !== "MENTIONED_IN"));
  }

  /** A key, name or alias to one node: the shared resolver over this graph's names (see resolveName). */
  resolve(name: string, types?: NodeType[]): Promise<NodeRef> {
    return resolveName(this.names, name, types);
  }

  private async key(name: string, types?: NodeType[]): Promise<string> {
    return (await this.resolve(name, types)).key;
  }

  private facts(edges: readonly string[], w?: DateWindow): Fact[] {
    return edges
      .filter((e) => this.seen(e, w))
      .map((e) => this.fact(e))
      .sort(compareFacts);
  }

  async mediators(q: MediatorsQuery = {}): Promise<Fact[]> {
    if (q.meeting) return this.facts(this.edgesOf(await this.key(q.meeting, ["Meeting"]), MEDIATES, "in"), q);
    if (q.between) {
      const [a, b] = await Promise.all(q.between.map((n) => this.party(n)));
      const linked = (m: string) => this.edgesOf(m, PARTY_LINKS).some((e) => [a!.key, b!.key].includes(this.g.opposite(m, e)));
      return this.g
        .filterEdges((e, attrs) => attrs.type === "MEDIATES" && this.seen(e, q))
        .flatMap((e) => mediationBetween(this.fact(e), a!, b!, this.type(this.g.target(e)) === "Meeting" && linked(this.g.target(e))) ?? [])
        .sort(compareFacts);
    }
    return this.facts(
      this.g.filterEdges((_e, attrs) => attrs.type === "MEDIATES"),
      q,
    );
  }

  /** A party of `mediators --between`: its key and every name it goes by. */
  private async party(name: string): Promise<Party> {
    const key = await this.key(name);
    const a = this.g.getNodeAttributes(key) as Attrs;
    return { key, forms: [String(a.name), ...((a.aliases as string[] | undefined) ?? [])] };
  }

  async meetings(actor: string, w?: DateWindow): Promise<Fact[]> {
    const k = await this.key(actor);
    return this.facts(
      this.edgesOf(k, MEETING_LINKS, "out").filter((e) => this.type(this.g.target(e)) === "Meeting"),
      w,
    ).sort(compareFactsByDate);
  }

  async timeline(actor: string, w?: DateWindow): Promise<Fact[]> {
    return this.facts(this.edgesOf(await this.key(actor)), w).sort(compareFactsByDate);
  }

  async met(actor: string, w?: DateWindow): Promise<Fact[]> {
    const k = await this.key(actor);
    const direct = this.facts(
      this.edgesOf(k, MEETS).filter((e) => this.type(this.g.opposite(k, e)) !== "Meeting"),
      w,
    );
    const shared: Fact[] = [];
    for (const e of this.edgesOf(k, MEETING_LINKS, "out")) {
      const m = this.g.target(e);
      if (this.type(m) !== "Meeting" || !this.seen(e, w)) continue;
      for (const other of this.edgesOf(m, MEETING_LINKS, "in")) if (this.g.source(other) !== k && this.seen(other, w)) shared.push(this.fact(other, m));
    }
    return onePerPair(k, [...direct, ...shared]);
  }

  async demands(actor: string, direction: DemandDirection = "both", w?: DateWindow): Promise<Fact[]> {
    const k = await this.key(actor);
    return this.facts(this.edgesOf(k, DEMANDS, direction === "by" ? "out" : direction === "of" ? "in" : "both"), w);
  }

  async affiliations(actor: string, w?: DateWindow): Promise<Fact[]> {
    return this.facts(this.edgesOf(await this.key(actor), AFFILIATED), w);
  }

  async neighbours(name: string, w?: DateWindow, limit = 200): Promise<Fact[]> {
    return this.facts(this.edgesOf(await this.key(name)), w).slice(0, limit);
  }

  async changes(q: ChangesQuery): Promise<Changes> {
    const edges = q.name ? this.edgesOf(await this.key(q.name)) : this.g.filterEdges((_e, attrs) => attrs.type !== "MENTIONED_IN");
    const out: Changes = { started: [], stopped: [] };
    for (const e of edges) {
      const change = changeOf(this.spans.get(e) ?? {}, q);
      if (change) out[change].push(this.fact(e));
    }
    out.started.sort(compareFactsByDate);
    out.stopped.sort(compareFactsByDate);
    return out;
  }

  /** Up to 10 shortest paths (breadth-first, undirected, never through articles), in the order of their steps. */
  async paths(from: string, to: string, w?: DateWindow, maxHops = 6): Promise<Fact[][]> {
    const [a, b] = await Promise.all([this.key(from), this.key(to)]);
    if (a === b) return [];
    const depth = new Map<string, number>([[a, 0]]);
    const parents = new Map<string, { node: string; edge: string }[]>();
    let frontier = [a];
    while (frontier.length && !depth.has(b) && (depth.get(frontier[0]!) ?? 0) < maxHops) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const e of this.edgesOf(n)) {
          const m = this.g.opposite(n, e);
          if (this.type(m) === "Article" || !this.seen(e, w)) continue;
          const d = depth.get(n)! + 1;
          if (!depth.has(m)) {
            depth.set(m, d);
            next.push(m);
          }
          if (depth.get(m) === d) parents.set(m, [...(parents.get(m) ?? []), { node: n, edge: e }]);
        }
      }
      frontier = next;
    }
    if (!depth.has(b)) return [];
    // every shortest path (up to a bound), then the first 10 by their steps, as the store orders them
    const found: { bySteps: string; facts: Fact[] }[] = [];
    const walk = (n: string, acc: string[]) => {
      if (found.length >= 1000) return;
      if (n === a) {
        const facts = acc.map((e) => this.fact(e));
        return void found.push({ bySteps: facts.map((f) => `${f.from.key} ${f.type} ${f.to.key} / `).join(""), facts });
      }
      for (const p of parents.get(n) ?? []) walk(p.node, [p.edge, ...acc]);
    };
    walk(b, []);
    found.sort((x, y) => (x.bySteps < y.bySteps ? -1 : x.bySteps > y.bySteps ? 1 : 0));
    return found.slice(0, 10).map((p) => p.facts);
  }
}

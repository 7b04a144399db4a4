// A graph.json served from memory (no Neo4j): the viewer, search and the lookups work from graphology;
// the Cypher box says it needs Neo4j. Lookups answer with the same Fact shape as the store's.
import { MultiGraph } from "graphology";
import {
  type Evidence,
  type EvidenceResponse,
  type Fact,
  type GraphJson,
  type LookupBackend,
  type MediatorsQuery,
  type DemandDirection,
  type NodeRef,
  type NodeType,
  normName,
  type RelationshipEvidence,
  type SearchResult,
} from "@backchannel/schema";
import { NameResolutionError } from "@backchannel/store";
import { withoutEvidence, type EvidenceQuery } from "./evidence.js";

type Attrs = Record<string, unknown>;
const MEETING_LINKS = new Set(["ATTENDS", "MEDIATES", "MEETS"]);

export class MemoryGraph implements LookupBackend {
  readonly g: MultiGraph;
  private readonly index: { key: string; norms: string[]; result: SearchResult }[];

  private json: string | undefined;
  private leanJson: string | undefined;
  /** Edge keys the graph.json gave (the others were generated on import and mean nothing outside). */
  private readonly ownKeys: Set<string>;

  /** The graph as JSON text, serialised once: the viewer asks for it on every page load. */
  get graphJson(): string {
    this.json ??= JSON.stringify(this.graph);
    return this.json;
  }

  /** The same without the edges' evidence (GET /api/graph?evidence=none), also serialised once. */
  get leanGraphJson(): string {
    this.leanJson ??= JSON.stringify(withoutEvidence(this.graph));
    return this.leanJson;
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
      evidence: (a.evidence as Evidence[]) ?? [],
    };
    for (const k of ["what", "role", "cameo"] as const) if (typeof a[k] === "string") f[k] = a[k] as string;
    if (via) f.via = this.ref(via);
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

  resolve(name: string, types?: NodeType[]): NodeRef {
    if (this.g.hasNode(name)) return this.ref(name);
    const want = normName(name);
    const exact = this.index.filter((e) => e.norms.includes(want) && (!types || types.includes(e.result.type)));
    const actors = exact.filter((e) => e.result.type !== "Meeting");
    if (exact.length === 1) return this.ref(exact[0]!.key);
    if (actors.length === 1) return this.ref(actors[0]!.key);
    if (exact.length > 1) throw new NameResolutionError(`"${name}" is ambiguous: ${exact.map((e) => `${e.result.name} (${e.key})`).join("; ")}. Use a key.`);
    const near = this.search(name, 5).filter((r) => !types || types.includes(r.type));
    if (near.length === 1) return this.ref(near[0]!.key);
    if (near.length) throw new NameResolutionError(`"${name}" matches no name exactly; did you mean: ${near.map((r) => `${r.name} (${r.key})`).join("; ")}?`);
    throw new NameResolutionError(`no actor or meeting called "${name}" in the graph`);
  }

  mediators(opts: MediatorsQuery = {}): Fact[] {
    const mediates = new Set(["MEDIATES"]);
    if (opts.meeting) return this.edgesOf(this.resolve(opts.meeting, ["Meeting"]).key, mediates, "in").map((e) => this.fact(e));
    if (opts.between) {
      const [a, b] = opts.between.map((n) => this.resolve(n).key) as [string, string];
      const meetingsOf = (k: string) =>
        new Set(
          this.edgesOf(k, MEETING_LINKS, "out")
            .map((e) => this.g.target(e))
            .filter((t) => this.type(t) === "Meeting"),
        );
      const ma = meetingsOf(a);
      const shared = [...meetingsOf(b)].filter((m) => ma.has(m));
      const edges = [...this.edgesOf(a, mediates, "in"), ...this.edgesOf(b, mediates, "in")];
      for (const m of shared) edges.push(...this.edgesOf(m, mediates, "in").filter((e) => ![a, b].includes(this.g.source(e))));
      return [...new Set(edges)].map((e) => this.fact(e));
    }
    return this.g.filterEdges((_e, attrs) => attrs.type === "MEDIATES").map((e) => this.fact(e));
  }

  meetings(actor: string): Fact[] {
    const k = this.resolve(actor).key;
    return this.edgesOf(k, MEETING_LINKS, "out")
      .filter((e) => this.type(this.g.target(e)) === "Meeting")
      .map((e) => this.fact(e))
      .sort((x, y) => (x.to.date ?? "9999").localeCompare(y.to.date ?? "9999"));
  }

  timeline(actor: string): Fact[] {
    return this.meetings(actor);
  }

  met(actor: string): Fact[] {
    const k = this.resolve(actor).key;
    const direct = this.edgesOf(k, new Set(["MEETS"]))
      .filter((e) => this.type(this.g.opposite(k, e)) !== "Meeting")
      .map((e) => this.fact(e));
    const shared: Fact[] = [];
    for (const e of this.edgesOf(k, MEETING_LINKS, "out")) {
      const m = this.g.target(e);
      if (this.type(m) !== "Meeting") continue;
      for (const other of this.edgesOf(m, MEETING_LINKS, "in")) if (this.g.source(other) !== k) shared.push(this.fact(other, m));
    }
    return [...direct, ...shared];
  }

  demands(actor: string, direction: DemandDirection = "both"): Fact[] {
    const k = this.resolve(actor).key;
    return this.edgesOf(k, new Set(["DEMANDS"]), direction === "by" ? "out" : direction === "of" ? "in" : "both").map((e) => this.fact(e));
  }

  affiliations(actor: string): Fact[] {
    return this.edgesOf(this.resolve(actor).key, new Set(["AFFILIATED_WITH"])).map((e) => this.fact(e));
  }

  neighbours(name: string, limit = 200): Fact[] {
    return this.edgesOf(this.resolve(name).key)
      .slice(0, limit)
      .map((e) => this.fact(e));
  }

  /** Up to 10 shortest paths (breadth-first, undirected, never through articles). */
  paths(from: string, to: string, maxHops = 6): Fact[][] {
    const a = this.resolve(from).key;
    const b = this.resolve(to).key;
    if (a === b) return [];
    const depth = new Map<string, number>([[a, 0]]);
    const parents = new Map<string, { node: string; edge: string }[]>();
    let frontier = [a];
    while (frontier.length && !depth.has(b) && (depth.get(frontier[0]!) ?? 0) < maxHops) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const e of this.edgesOf(n)) {
          const m = this.g.opposite(n, e);
          if (this.type(m) === "Article") continue;
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
    const out: Fact[][] = [];
    const walk = (n: string, acc: string[]) => {
      if (out.length >= 10) return;
      if (n === a) return void out.push(acc.map((e) => this.fact(e)));
      for (const p of parents.get(n) ?? []) walk(p.node, [p.edge, ...acc]);
    };
    walk(b, []);
    return out;
  }
}

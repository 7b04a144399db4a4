// Neo4j values -> JSON for the CLI and the API; nodes, relationships and paths also collected as a subgraph
// in graph.json shape (keyed by the node's `id` property, as everywhere else in Backchannel).
import neo4j, { type Node, type Relationship, type Session } from "neo4j-driver";
import type { SerializedEdge, SerializedNode } from "@backchannel/schema";
import { edgeFromProperties, nodeFromProperties } from "./rows.js";

const { isNode, isRelationship, isPath, isDate, isDateTime, isLocalDateTime, isLocalTime, isTime, isDuration, isPoint, isInt } = neo4j;

export class GraphCollector {
  private nodes = new Map<string, SerializedNode>(); // by elementId
  private rels = new Map<string, Relationship>();

  addNode(n: Node): string {
    if (!this.nodes.has(n.elementId)) {
      const props = plain(n.properties as Record<string, unknown>);
      const withId = { ...props, id: props.id ?? `element:${n.elementId}` };
      this.nodes.set(n.elementId, nodeFromProperties(n.labels[0] ?? "Node", withId));
    }
    return this.nodes.get(n.elementId)!.key;
  }

  addRelationship(r: Relationship): void {
    this.rels.set(r.elementId, r);
  }

  /** Fetches endpoints of relationships whose nodes were not returned, then builds the subgraph. */
  async resolve(session: Session): Promise<{ nodes: SerializedNode[]; edges: SerializedEdge[] }> {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      if (!this.nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!this.nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    if (missing.size) {
      const res = await session.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: [...missing] });
      for (const rec of res.records) this.addNode(rec.get("n") as Node);
    }
    const edges: SerializedEdge[] = [];
    for (const r of this.rels.values()) {
      const s = this.nodes.get(r.startNodeElementId);
      const t = this.nodes.get(r.endNodeElementId);
      if (s && t) edges.push(edgeFromProperties(r.type, s.key, t.key, plain(r.properties as Record<string, unknown>)));
    }
    return { nodes: [...this.nodes.values()], edges };
  }
}

/** Plain JSON for any value the driver returns; graph values are also added to the collector. */
export function toJsonValue(v: unknown, collector?: GraphCollector): unknown {
  if (v === null || v === undefined) return null;
  // Integers beyond 2^53 as their exact digits: a JSON number would round them (or the driver drop them).
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v !== "object") return v;
  if (isInt(v)) {
    const i = v as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (isNode(v)) {
    const n = v as Node;
    const key = collector?.addNode(n) ?? toJsonValue(n.properties.id);
    return { _type: "node", _labels: n.labels, key, ...plain(n.properties) };
  }
  if (isRelationship(v)) {
    const r = v as Relationship;
    collector?.addRelationship(r);
    const props = r.properties as Record<string, unknown>;
    return {
      _type: "relationship",
      type: r.type,
      ...plain({ what: props.what, role: props.role, cameo: props.cameo, articles: props.articles, sentences: props.sentences }),
    };
  }
  if (isPath(v)) {
    const p = v as { segments: { start: Node; relationship: Relationship; end: Node }[]; start: Node };
    const nodes = [toJsonValue(p.start, collector)];
    for (const s of p.segments) {
      toJsonValue(s.relationship, collector);
      nodes.push(toJsonValue(s.end, collector));
    }
    return { _type: "path", nodes: nodes.map((n) => (n as { key: string }).key) };
  }
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v) || isPoint(v)) return String(v);
  if (Array.isArray(v)) return v.map((x) => toJsonValue(x, collector));
  return plain(v as Record<string, unknown>, collector);
}

function plain(o: Record<string, unknown>, collector?: GraphCollector): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) {
    if (x === undefined) continue;
    out[k] = toJsonValue(x, collector);
  }
  return out;
}

// Graph exports. GEXF and GraphML attribute values must be scalars, while our nodes carry lists
// (aliases, articles) and edges carry evidence objects: those are written as JSON strings, so
// nothing is lost and Gephi/yEd still open the file.
import type { BcGraph } from "../graph/types.js";

export type Scalar = string | number | boolean;

/** Attributes flattened to scalars: arrays and objects become JSON, null/undefined are dropped. */
export function flattenAttributes(attrs: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (typeof v === "number" && !Number.isFinite(v)) continue;
    out[k] = typeof v === "object" ? JSON.stringify(v) : (v as Scalar);
  }
  return out;
}

/** The viewer's drawing helpers, not data: left out of every export. */
const DRAWING_ONLY = new Set(["parallelIndex", "parallelMaxIndex", "parallelMinIndex"]);

export function exportableGraph(graph: BcGraph): BcGraph {
  const copy = graph.nullCopy() as BcGraph;
  graph.forEachNode((n, a) => copy.addNode(n, flattenAttributes(a) as never));
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    const attrs = flattenAttributes(Object.fromEntries(Object.entries(a).filter(([k]) => !DRAWING_ONLY.has(k))));
    if (undirected) copy.addUndirectedEdgeWithKey(e, s, t, attrs as never);
    else copy.addDirectedEdgeWithKey(e, s, t, attrs as never);
  });
  return copy;
}

/** graphology's JSON serialisation, the same shape as graph.json (drawing helpers dropped). */
export function toJson(graph: BcGraph): string {
  const data = graph.export();
  for (const e of data.edges) {
    if (e.attributes) for (const k of DRAWING_ONLY) delete (e.attributes as Record<string, unknown>)[k];
  }
  return JSON.stringify(data, null, 2);
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids (control chars other than tab/newline/CR) are dropped.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** GraphML (graphology-graphml only parses, so we write it ourselves: keys, then nodes, then edges). */
export function toGraphML(graph: BcGraph): string {
  const flat = exportableGraph(graph);
  const keys = new Map<string, { for: "node" | "edge"; name: string; type: string }>();
  const declare = (kind: "node" | "edge", attrs: Record<string, unknown>) => {
    for (const [name, v] of Object.entries(attrs)) {
      const id = `${kind[0]}_${name}`;
      const type = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
      const known = keys.get(id);
      if (!known) keys.set(id, { for: kind, name, type });
      else if (known.type !== type) known.type = "string";
    }
  };
  flat.forEachNode((_n, a) => declare("node", a));
  flat.forEachEdge((_e, a) => declare("edge", a));
  const data = (kind: "node" | "edge", attrs: Record<string, unknown>) =>
    Object.entries(attrs)
      .map(([k, v]) => `      <data key="${xmlEscape(`${kind[0]}_${k}`)}">${xmlEscape(String(v))}</data>`)
      .join("\n");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(([id, k]) => `  <key id="${xmlEscape(id)}" for="${k.for}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`),
    '  <graph edgedefault="directed">',
  ];
  flat.forEachNode((n, a) => lines.push(`    <node id="${xmlEscape(n)}">`, data("node", a), "    </node>"));
  flat.forEachEdge((e, a, s, t, _sa, _ta, undirected) =>
    lines.push(
      `    <edge id="${xmlEscape(e)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}"${undirected ? ' directed="false"' : ""}>`,
      data("edge", a),
      "    </edge>",
    ),
  );
  lines.push("  </graph>", "</graphml>", "");
  return `${lines.filter((l) => l !== "").join("\n")}\n`;
}

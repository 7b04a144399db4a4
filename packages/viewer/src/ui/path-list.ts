// The path finder's answer: every shortest path (as the CLI's `path` lists them), each step with the
// relationship that makes it, its direction, and the first sentence of its evidence.
import { RELATION_COLORS } from "@backchannel/schema";
import type { BcGraph } from "../graph/types.js";
import { h, replace } from "./dom.js";

export interface PathListActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
}

/** One path as list items: the first node, then per step the relationship and the node it reaches. */
function pathItems(graph: BcGraph, from: string, edges: string[], act: PathListActions) {
  const name = (k: string) => graph.getNodeAttribute(k, "name");
  const nodeButton = (k: string) => h("button", { type: "button", className: "link", onclick: () => act.selectNode(k) }, name(k));
  let at = from;
  const items = [h("li", { "data-key": from }, nodeButton(from))];
  for (const e of edges) {
    const a = graph.getEdgeAttributes(e);
    const [s, t] = graph.extremities(e);
    const next = s === at ? t : s;
    // The arrow follows the relationship, which may point back along the path.
    const forward = s === at;
    const sentence = a.evidence === undefined ? null : (a.evidence[0]?.sentence ?? "");
    items.push(
      h(
        "li",
        { "data-key": next, "data-edge": e },
        h(
          "div",
          { className: "path-rel" },
          h("span", { className: "swatch", style: `background:${RELATION_COLORS[a.type]}`, "aria-hidden": "true" }),
          h(
            "button",
            { type: "button", className: "link small", onclick: () => act.selectEdge(e), title: "Show this relationship" },
            `${forward ? "" : "← "}${a.type}${forward ? " →" : ""}`,
          ),
        ),
        nodeButton(next),
        sentence === null
          ? h("p", { className: "path-evidence muted small evidence-loading" }, "Loading the evidence…")
          : sentence
            ? h("q", { className: "path-evidence small" }, sentence)
            : h("p", { className: "path-evidence muted small" }, "No evidence sentence."),
      ),
    );
    at = next;
  }
  return items;
}

export function renderPaths(out: HTMLElement, graph: BcGraph, from: string, paths: string[][], act: PathListActions): void {
  const steps = paths[0]?.length ?? 0;
  const more = paths.length >= 10 ? " (the first 10, as the CLI lists them)" : "";
  replace(
    out,
    h("p", { id: "path-summary" }, `${paths.length} shortest path${paths.length === 1 ? "" : "s"} of ${steps} step${steps === 1 ? "" : "s"}${more}:`),
    paths.map((edges, i) =>
      h(
        "div",
        { className: "path", "data-path": String(i + 1) },
        paths.length > 1 ? h("h3", { className: "small" }, `Path ${i + 1}`) : null,
        h("ol", { className: "path-steps" }, pathItems(graph, from, edges, act)),
      ),
    ),
  );
}

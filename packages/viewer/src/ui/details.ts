// The right-hand panel: one node (its facts and every relationship with its evidence) or one edge.
// All text goes through h()/text nodes; the evidence marks are <mark> elements around text nodes.
import { NODE_COLORS, RELATION_COLORS, RELATION_TYPES, type RelationType } from "@backchannel/schema";
import type { Evidence } from "@backchannel/schema";
import { highlightEntry, termsForRelation } from "../highlight/index.js";
import type { BcGraph, EdgeAttrs, NodeAttrs } from "../graph/types.js";
import { articleMeta, type ArticleMeta } from "../reader/index.js";
import { orderEvidence } from "../time/index.js";
import { h, replace } from "./dom.js";

export interface DetailsActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  /** Opens the article of an evidence entry in the reading pane, the sentence marked. */
  readEvidence(ev: Evidence, article: ArticleMeta): void;
  /** Explore mode only: grow the picture from a node, take it off, hold it in place. */
  explore?: {
    expand(key: string): void;
    hide(key: string): void;
    togglePin(key: string): void;
    isPinned(key: string): boolean;
  };
}

/** Explore mode's buttons for the selected node. */
function exploreTools(node: string, act: DetailsActions) {
  const x = act.explore;
  if (!x) return null;
  const pinned = x.isPinned(node);
  return h(
    "div",
    { className: "row explore-tools" },
    h("button", { type: "button", id: "explore-expand", onclick: () => x.expand(node), title: "Draw this node's neighbours too" }, "Expand"),
    h("button", { type: "button", id: "explore-hide", onclick: () => x.hide(node), title: "Take this node off the picture" }, "Hide"),
    h(
      "button",
      {
        type: "button",
        id: "explore-pin",
        "aria-pressed": String(pinned),
        onclick: () => x.togglePin(node),
        title: "Hold this node in place and keep it on a new start",
      },
      pinned ? "Unpin" : "Pin",
    ),
  );
}

function typeBadge(type: NodeAttrs["type"]) {
  return h("span", { className: "badge", style: `background:${NODE_COLORS[type]}` }, type);
}

function nodeLink(graph: BcGraph, key: string, act: DetailsActions) {
  const a = graph.getNodeAttributes(key);
  return h("button", { type: "button", className: "link node-link", "data-key": key, onclick: () => act.selectNode(key) }, a.name);
}

/**
 * One evidence sentence with the relationship's words marked, plus where it comes from: the
 * article's title (which opens it in the reading pane), source and date, and the event's day when
 * the sentence gives one.
 */
export function evidenceItem(ev: Evidence, type: RelationType, source: NodeAttrs, target: NodeAttrs, article: ArticleMeta, act: DetailsActions, what?: string) {
  const segments = highlightEntry(ev, String(ev.sentence ?? ""), termsForRelation(type, source, target, what));
  const published = article.date ?? (typeof ev.date === "string" ? ev.date : undefined);
  return h(
    "li",
    { className: "evidence", "data-date": ev.eventDate ?? ev.date ?? "", "data-article": article.id },
    h(
      "q",
      { className: "sentence" },
      segments.map((s) => (s.mark ? h("mark", { "data-mark": s.mark }, s.text) : s.text)),
    ),
    h(
      "div",
      { className: "citation" },
      h(
        "button",
        { type: "button", className: "link article-title", dir: "auto", title: "Read the article", onclick: () => act.readEvidence(ev, article) },
        article.title ?? article.id,
      ),
      article.source ? h("span", { className: "article-source", dir: "auto" }, ` · ${article.source}`) : null,
      h("span", { className: "article-date" }, ` · ${published ?? "undated"}`),
      ev.eventDate && ev.eventDate !== published ? h("span", { className: "event-date" }, ` · event ${ev.eventDate}`) : null,
    ),
    h(
      "div",
      { className: "provenance" },
      h("span", { className: "article", "data-article": String(ev.article) }, String(ev.article)),
      ev.rule ? h("span", { className: "rule" }, ` · rule ${ev.rule}`) : null,
      typeof ev.confidence === "number" ? h("span", { className: "confidence" }, ` · ${Math.round(ev.confidence * 100)}%`) : null,
    ),
  );
}

function relationFacts(a: EdgeAttrs) {
  return [
    a.what ? h("div", { className: "fact" }, h("span", { className: "k" }, "demand: "), a.what) : null,
    a.role ? h("div", { className: "fact" }, h("span", { className: "k" }, "role: "), a.role) : null,
    a.cameo ? h("div", { className: "fact" }, h("span", { className: "k" }, "CAMEO: "), a.cameo) : null,
    a.firstSeen
      ? h(
          "div",
          { className: "fact seen" },
          h("span", { className: "k" }, "seen: "),
          a.lastSeen && a.lastSeen !== a.firstSeen ? `${a.firstSeen} – ${a.lastSeen}` : a.firstSeen,
        )
      : null,
  ];
}

/** The evidence sentences by date (undated last), or a placeholder while they are being fetched (App fills them in). */
function evidenceList(graph: BcGraph, edge: string, act: DetailsActions) {
  const a = graph.getEdgeAttributes(edge);
  if (!a.evidence) return h("p", { className: "muted evidence-loading", "data-edge": edge }, "Loading evidence…");
  const s = graph.getNodeAttributes(graph.source(edge));
  const t = graph.getNodeAttributes(graph.target(edge));
  return h(
    "ul",
    { className: "evidence-list" },
    orderEvidence(a.evidence).map((ev) => evidenceItem(ev, a.type, s, t, articleMeta(graph, String(ev.article)), act, a.what)),
  );
}

export function renderNodeDetails(panel: HTMLElement, graph: BcGraph, node: string, act: DetailsActions): void {
  delete panel.dataset.empty;
  const a = graph.getNodeAttributes(node);
  const affiliations: ReturnType<typeof h>[] = [];
  graph.forEachOutEdge(node, (_e, ea, _s, t) => {
    if (ea.type === "AFFILIATED_WITH") affiliations.push(h("li", {}, nodeLink(graph, t, act), ea.role ? ` — ${ea.role}` : ""));
  });

  // Relationships grouped by type, in the ontology's order; provenance (MENTIONED_IN) last and folded.
  const groups = new Map<RelationType, string[]>();
  graph.forEachEdge(node, (e, ea) => {
    const list = groups.get(ea.type) ?? [];
    list.push(e);
    groups.set(ea.type, list);
  });
  const relSections = RELATION_TYPES.filter((t) => groups.has(t)).map((type) => {
    const edges = groups.get(type)!;
    const items = edges.map((e) => {
      const ea = graph.getEdgeAttributes(e);
      const [s, t] = graph.extremities(e);
      const outgoing = s === node;
      const other = outgoing ? t : s;
      return h(
        "li",
        { className: "relation", "data-rel": type, "data-edge": e },
        h(
          "div",
          { className: "relation-head" },
          h("span", { className: "dir", "aria-label": outgoing ? "to" : "from" }, outgoing ? "→ " : "← "),
          nodeLink(graph, other, act),
          h(
            "button",
            { type: "button", className: "link small", onclick: () => act.selectEdge(e), "aria-label": `Show this ${type} relationship` },
            " details",
          ),
        ),
        relationFacts(ea),
        type === "MENTIONED_IN" ? null : evidenceList(graph, e, act),
      );
    });
    const section = h(
      "details",
      { className: "rel-group", "data-rel-group": type, open: type !== "MENTIONED_IN" },
      h("summary", {}, h("span", { className: "swatch", style: `background:${RELATION_COLORS[type]}` }), `${type} (${edges.length})`),
      h("ul", { className: "relations" }, items),
    );
    return section;
  });

  replace(
    panel,
    h("div", { className: "details-head" }, typeBadge(a.type), h("h2", { id: "details-title", dir: "auto" }, a.name)),
    h("div", { className: "node-key" }, node),
    exploreTools(node, act),
    a.aliases.length
      ? h("div", { className: "fact" }, h("span", { className: "k" }, "Also: "), h("span", { className: "aliases", dir: "auto" }, a.aliases.join(", ")))
      : null,
    a.roles?.length ? h("div", { className: "fact" }, h("span", { className: "k" }, "Roles: "), a.roles.join(", ")) : null,
    a.place ? h("div", { className: "fact" }, h("span", { className: "k" }, "Place: "), a.place) : null,
    a.date
      ? h("div", { className: "fact" }, h("span", { className: "k" }, "Date: "), a.endDate && a.endDate !== a.date ? `${a.date} – ${a.endDate}` : a.date)
      : null,
    a.title ? h("div", { className: "fact" }, h("span", { className: "k" }, "Title: "), a.title) : null,
    affiliations.length ? h("section", {}, h("h3", {}, "Affiliations"), h("ul", { className: "affiliations" }, affiliations)) : null,
    h("section", {}, h("h3", {}, "Relationships"), relSections.length ? relSections : h("p", { className: "muted" }, "None.")),
    a.articles.length
      ? h(
          "section",
          {},
          h("h3", {}, `Articles (${a.articles.length})`),
          h(
            "ul",
            { className: "articles" },
            a.articles.map((id) => h("li", {}, id)),
          ),
        )
      : null,
  );
}

export function renderEdgeDetails(panel: HTMLElement, graph: BcGraph, edge: string, act: DetailsActions): void {
  delete panel.dataset.empty;
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  replace(
    panel,
    h(
      "div",
      { className: "details-head" },
      h("span", { className: "badge", style: `background:${RELATION_COLORS[a.type]}` }, a.type),
      h("h2", { id: "details-title" }, "Relationship"),
    ),
    h(
      "div",
      { className: "relation", "data-rel": a.type, "data-edge": edge },
      h("div", { className: "relation-head" }, nodeLink(graph, s, act), " → ", nodeLink(graph, t, act)),
      relationFacts(a),
    ),
    h("section", {}, h("h3", {}, a.evidence ? `Evidence (${a.evidence.length})` : "Evidence"), evidenceList(graph, edge, act)),
  );
}

export function renderEmptyDetails(panel: HTMLElement): void {
  // Narrow screens hide the empty panel (a drawer over the canvas; styles.css).
  panel.dataset.empty = "true";
  replace(panel, h("p", { className: "muted" }, "Select a node or a relationship to see its details and evidence."));
}

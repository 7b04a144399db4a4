// Wires the pure core (graph, filters, search, paths, state) to the DOM and the renderer.
// One ViewState; every change goes through setState(), which re-derives the focus, refreshes the
// renderer and the panels, and writes the URL hash.
import { NODE_COLORS, NODE_TYPES, RELATION_COLORS, RELATION_TYPES, type Evidence, type NodeType, type RelationType } from "@backchannel/schema";
import { api, ApiError, type EvidenceQuery, type EvidenceResponse, type InfoResponse, type QueryResponse } from "./api/index.js";
import { EXAMPLE_QUERIES, errorText, looksLikeWrite } from "./cypher/index.js";
import { exportableGraph, toGraphML, toJson } from "./export/index.js";
import { type ExportReport, exportPng, type LegendEntry } from "./export/png.js";
import { edgeVisibilityOf, type FilterState } from "./filters/index.js";
import { communityColor, measureNetwork, type NetworkMeasures } from "./analysis/index.js";
import type { NeighbourhoodCache } from "./explore/prefetch.js";
import { ExploreMode } from "./explore/mode.js";
import { edgeKey, mergeGraphJson } from "./graph/index.js";
import type { BcGraph } from "./graph/types.js";
import { LayoutController } from "./layout/index.js";
import { pathsOf, shortestPaths, type PathResult } from "./paths/index.js";
import { fitCamera, freeArea, type Rect } from "./render/framing.js";
import { createRenderer, labelBoxes, labelSettings, type Renderer, type ViewModel } from "./render/index.js";
import { buildSearchIndex, type SearchEntry } from "./search/index.js";
import { timeProfile } from "./time/index.js";
import { decodeState, encodeState, type ViewState } from "./state/index.js";
import { attachHighlighter, cellNodeKey, cellText } from "./ui/cypher-editor.js";
import { renderEdgeDetails, renderEmptyDetails, renderNodeDetails, type DetailsActions } from "./ui/details.js";
import { byId, h, replace } from "./ui/dom.js";
import { renderPaths } from "./ui/path-list.js";
import { createReader, type Reader } from "./ui/reader.js";
import { createSearchBox, type SearchBox } from "./ui/search-box.js";
import { setupNetworkControls, syncNetworkControls } from "./ui/network-panel.js";
import { createTimeBar, type TimeBar } from "./ui/time-bar.js";
import { setupViews } from "./ui/views-panel.js";

type Focus = { nodes: Set<string>; edges: Set<string> };

/**
 * State that explore mode draws (applyNeighbourhoods makes the graph hold what these say): a change of
 * only these changes the picture once the answers are in (graphChanged redraws then), so it is not
 * redrawn before; a redraw is a frame of software GL that the answer would wait behind.
 */
const DRAWN_BY_EXPLORE: ReadonlySet<string> = new Set(["open", "depth", "hidden", "pinned"] satisfies (keyof ViewState)[]);

export interface AppOptions {
  /** Explore mode: the graph starts empty and holds the neighbourhoods the analyst opens. */
  explore: boolean;
  /** Full view: the server sent only part of the graph (its cap). */
  truncated: boolean;
  /** Explore mode: neighbourhoods asked for before the app was built (explore/prefetch.ts). */
  prefetched?: NeighbourhoodCache;
}

export class App {
  readonly renderer: Renderer;
  readonly layout: LayoutController;
  state: ViewState;
  private index: SearchEntry[];
  private path: PathResult | null = null;
  /** Every shortest path as its relationships, as the CLI lists them. */
  private paths: string[][] = [];
  /** A new path was found: the camera frames it after the next draw. */
  private frameNext = false;
  private pathKey = "";
  private queryFocus: Focus | null = null;
  private focus: Focus | null = null;
  private pathBoxes: { from: SearchBox; to: SearchBox };
  readonly timeBar: TimeBar;
  private readonly reader: Reader;
  private paintCypher: () => void = () => {};
  /** The label density the renderer's settings were last given. */
  private drawnLabels = -1;
  /** True from the start: the layout starts right after the first frame, which then skips a big graph's edges. */
  private layoutRunning = true;
  private readonly actions: DetailsActions = {
    selectNode: (key) => this.selectNode(key),
    selectEdge: (key) => this.setState({ selectedEdge: key, selectedNode: null }),
    readEvidence: (ev, article) => void this.reader.open(ev, article),
  };

  /** Where each label went in the last frame, in canvas pixels (tests check none runs past the edge). */
  labelBoxes(): readonly { label: string; node: { x: number; y: number }; left: number; right: number; top: number; bottom: number }[] {
    return labelBoxes;
  }

  /** What the last PNG export drew (tests check every node landed on it). */
  lastExport: ExportReport | null = null;

  /** The legend as the PNG shows it: what colours the nodes (types or communities) and the relationships drawn. */
  private legendEntries(): LegendEntry[] {
    const s = this.state;
    const m = typeof this.measures === "object" ? this.measures : null;
    const nodes: LegendEntry[] =
      s.colourBy === "community" && m
        ? m.communities.slice(0, 12).map((c) => ({
            label: `${c.members
              .slice(0, 2)
              .map((k) => (this.graph.hasNode(k) ? this.graph.getNodeAttribute(k, "name") : k))
              .join(", ")}${c.members.length > 2 ? ` +${c.members.length - 2}` : ""}`,
            color: communityColor(c.id),
            shape: "dot",
          }))
        : NODE_TYPES.filter((t) => !s.hiddenNodeTypes.includes(t)).map((t) => ({ label: t, color: NODE_COLORS[t], shape: "dot" }));
    const rels = RELATION_TYPES.filter((t) => !s.hiddenRelTypes.includes(t)).map((t): LegendEntry => ({ label: t, color: RELATION_COLORS[t], shape: "line" }));
    return [...nodes, ...rels];
  }

  /** Betweenness and communities of the graph held, measured when first asked for (or why not). */
  private measures: NetworkMeasures | string | null = null;
  /** Explore mode's wiring, when the page is in it. */
  readonly explore: ExploreMode | null;

  constructor(
    readonly graph: BcGraph,
    readonly info: InfoResponse,
    readonly opts: AppOptions = { explore: false, truncated: false },
  ) {
    this.state = decodeState(location.hash);
    this.explore = opts.explore ? new ExploreMode(this, opts.prefetched) : null;
    if (this.explore) this.actions.explore = this.explore.actions;
    this.index = buildSearchIndex(graph);
    this.watchGraph();
    // The focus (selection, path from the URL) is known before sigma's first draw, so that draw is
    // already the right picture and the first apply() need not redraw the whole graph again.
    this.checkSelection();
    this.updatePath();
    this.focus = this.computeFocus();
    // Measured before the first draw too: that draw is not repeated (apply's `drawn`), and a size or
    // colour from the URL would otherwise show only once something else redraws.
    this.measureIfAsked();
    this.renderer = createRenderer(byId("canvas"), graph, () => this.viewModel());
    this.layout = new LayoutController(
      graph,
      {
        onRunning: (running) => {
          const changed = running !== this.layoutRunning;
          this.layoutRunning = running;
          if (changed && this.graph.size > 20_000) this.renderer?.refresh();
          byId("layout-toggle").textContent = running ? "Stop layout" : "Run layout";
          byId("layout-toggle").setAttribute("aria-pressed", String(running));
          if (running) byId("layout-status").textContent = "Layout running…";
        },
        onStop: ({ reason, iterations, ms }) => {
          byId("layout-status").textContent =
            `Layout ${reason === "user" ? "stopped" : reason === "converged" ? "converged" : "stopped (time budget)"} after ${(ms / 1000).toFixed(1)} s, ${iterations} steps.`;
        },
      },
      () => this.pixelScale(),
    );
    this.pathBoxes = this.setupPathFinder();
    this.timeBar = createTimeBar({ root: byId("timebar"), onChange: (patch) => this.setState(patch) });
    this.timeBar.setProfile(timeProfile(graph));
    this.reader = createReader(byId("reader"), api.article);
    this.setupSearch();
    this.setupFilters();
    this.setupLegend();
    setupNetworkControls((patch) => this.setState(patch));
    this.setupCypher();
    this.setupExport();
    this.setupCanvasEvents();
    byId("layout-toggle").addEventListener("click", () => this.layout.toggle());
    byId("reload-graph").addEventListener("click", () => void this.reloadGraph());
    this.setupModeToggle();
    setupViews({
      currentHash: () => {
        const { x, y, ratio } = this.renderer.getCamera().getState();
        // The mode is saved as it is, so the view reopens in it whatever the graph's size then.
        return encodeState({ ...this.state, explore: Boolean(this.explore), camera: { x, y, ratio } });
      },
      open: (view) => this.openView(view.hash),
      download,
    });
    window.addEventListener("hashchange", () => {
      if (location.hash.replace(/^#/, "") !== encodeState(this.state)) this.setState(decodeState(location.hash), { fromUrl: true });
    });
    this.apply({ centre: true, drawn: true });
    if (this.state.cypher && this.info.cypher) void this.runQuery();
    // After the first frame: building the layout's copy of a big graph and handing it to the worker
    // takes the main thread for a while, and the picture does not need it to appear.
    this.layout.startAfterFrame();
  }

  // ---- state -------------------------------------------------------------------------------

  setState(patch: Partial<ViewState>, opts: { centre?: boolean; fromUrl?: boolean } = {}): void {
    this.state = { ...this.state, ...patch };
    const keys = Object.keys(patch);
    this.apply({ ...opts, drawn: keys.length > 0 && keys.every((k) => DRAWN_BY_EXPLORE.has(k)) });
  }

  private filters(): FilterState {
    return this.state;
  }

  private viewModel(): ViewModel {
    return {
      filters: this.filters(),
      focus: this.focus,
      selectedNode: this.state.selectedNode,
      selectedEdge: this.state.selectedEdge,
      labels: this.state.labels,
      hideEdges: this.layoutRunning && this.graph.size > 20_000,
      sizeBy: this.state.sizeBy,
      colourBy: this.state.colourBy,
      measures: typeof this.measures === "object" ? this.measures : null,
    };
  }

  /** Betweenness and communities, measured once the state first asks for them. */
  private measureIfAsked(): void {
    const s = this.state;
    if (this.measures === null && (s.sizeBy === "betweenness" || s.colourBy === "community")) this.measures = measureNetwork(this.graph);
  }

  private edgeShown = (edge: string): boolean => {
    const [s, t] = this.graph.extremities(edge);
    return edgeVisibilityOf(this.graph.getEdgeAttributes(edge), this.graph.getNodeAttributes(s), this.graph.getNodeAttributes(t), this.filters()) !== "hidden";
  };

  /** Drops a selection the graph does not have (a stale URL, a reloaded graph). */
  private checkSelection(): void {
    const s = this.state;
    if (s.selectedNode && !this.graph.hasNode(s.selectedNode)) s.selectedNode = null;
    if (s.selectedEdge && !this.graph.hasEdge(s.selectedEdge)) s.selectedEdge = null;
  }

  /**
   * Re-derives everything from the state. Cheap enough to call on every change.
   * `drawn`: the renderer has drawn this very picture already (at start-up; or only what explore mode
   * draws changed, which redraws when its answer is in), so it is not redrawn.
   */
  private apply(opts: { centre?: boolean; fromUrl?: boolean; drawn?: boolean } = {}): void {
    const s = this.state;
    this.checkSelection();
    this.updatePath();
    this.focus = this.computeFocus();
    this.measureIfAsked();

    if (opts.drawn) this.drawnLabels = s.labels;
    else if (s.labels !== this.drawnLabels) {
      // setSettings re-processes the graph itself: one full pass, not two.
      this.drawnLabels = s.labels;
      this.renderer.setSettings(labelSettings(s.labels));
    } else this.renderer.refresh();
    this.syncControls();
    this.renderDetails();
    if (opts.centre && s.selectedNode && this.focus) this.frame(this.focus.nodes);
    else if (this.frameNext && this.path) this.frame(this.path.nodes);
    this.frameNext = false;
    // A saved view's camera wins over framing; in explore mode it waits for the first neighbourhood.
    if (s.camera) {
      this.pendingCamera = s.camera;
      s.camera = null;
    }
    if (this.pendingCamera && this.graph.order > 0) {
      this.renderer.getCamera().setState({ ...this.pendingCamera, angle: 0 });
      this.pendingCamera = null;
    }

    if (!opts.fromUrl) {
      const hash = encodeState(s);
      if (location.hash.replace(/^#/, "") !== hash) history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
    }
    void this.explore?.update();
  }

  /**
   * Explore mode drew new neighbourhoods (or dropped some): the search index, the time bar and the
   * path follow the graph, and the layout starts again so new nodes find their place. `patch` (the
   * selection that waited for the drawing) goes into the same redraw: each one re-indexes the whole graph.
   */
  graphChanged(patch: Partial<ViewState> = {}, opts: { centre?: boolean } = {}): void {
    this.measures = null;
    this.index = buildSearchIndex(this.graph);
    this.timeBar.setProfile(timeProfile(this.graph));
    this.pathKey = "";
    // No overlap pass on positions about to change: the new run ends with one.
    this.layout.halt();
    // After the frame, as on a page load: the new nodes appear where they were placed, and the layout's
    // copy and its worker are not needed for that.
    this.layout.startAfterFrame();
    this.setState(patch, opts);
  }

  /** A camera asked for by the URL (a saved view), applied once the graph is drawn. */
  private pendingCamera: ViewState["camera"] = null;

  /** Opens a saved view: its state and camera; in the other mode, by reloading the page in it. */
  openView(hash: string): void {
    const s = decodeState(hash);
    if (s.explore !== null && s.explore !== Boolean(this.explore)) {
      history.replaceState(null, "", `#${hash}`);
      location.reload();
      return;
    }
    if (this.explore && s.selectedNode && !this.graph.hasNode(s.selectedNode)) this.explore.selectWhenDrawn(s.selectedNode, !s.camera);
    this.setState(s);
  }

  /** Full view and explore mode load differently (start.ts): switching reloads the page in the other. */
  private setupModeToggle(): void {
    const button = byId("mode-toggle");
    button.textContent = this.explore ? "Full view" : "Explore mode";
    button.title = this.explore ? "Draw the whole graph (slow past 20,000 nodes or 100,000 relationships)" : "Draw neighbourhoods fetched on demand";
    button.addEventListener("click", () => {
      history.replaceState(null, "", `#${encodeState({ ...this.state, explore: !this.explore })}`);
      location.reload();
    });
  }

  /**
   * Every state change comes here; the panel is built again only when what it shows changed: the
   * selection, the graph (graphVersion: nodes, relationships, attributes, evidence) or the selected
   * node's pin. A node's panel marks every evidence sentence, 0.2 s for a node of 100 relationships.
   */
  private renderDetails(): void {
    const s = this.state;
    const selection = JSON.stringify([s.selectedNode, s.selectedEdge, s.selectedNode ? s.pinned.includes(s.selectedNode) : false]);
    const key = `${selection} ${this.graphVersion}`;
    if (key !== this.detailsKey) {
      // The same selection in a changed graph (an expansion of the selected hub: 500 relationships to
      // list, about 50 ms to build and 160 ms of style and layout) is built after the frame that shows
      // the new picture, not in it; a new selection is built at once.
      const later = selection === this.detailsSelection && this.detailsKey !== "";
      this.detailsKey = key;
      this.detailsSelection = selection;
      if (later) this.buildDetailsAfterFrame();
      else this.buildDetails();
    }
    void this.loadEvidence();
  }

  private buildDetails(): void {
    this.detailsLater = false;
    const s = this.state;
    const panel = byId("details");
    if (s.selectedNode) renderNodeDetails(panel, this.graph, s.selectedNode, this.actions);
    else if (s.selectedEdge) renderEdgeDetails(panel, this.graph, s.selectedEdge, this.actions);
    else renderEmptyDetails(panel);
  }

  /** One build after the next frame, however many changes come before it; a build at once meanwhile cancels it. */
  private buildDetailsAfterFrame(): void {
    if (this.detailsLater) return;
    this.detailsLater = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.detailsLater) this.buildDetails();
      }, 0),
    );
  }

  /** What the details panel last showed (renderDetails), and its selection part. */
  private detailsKey = "";
  private detailsSelection = "";
  /** A build is waiting for the frame (buildDetailsAfterFrame). */
  private detailsLater = false;
  /** Bumped by every change of the graph but moves (the layout's): what the details panel shows follows it. */
  private graphVersion = 0;

  /** Counts the graph's changes (graphVersion); a position update from the layout is not one. */
  private watchGraph(): void {
    const bump = () => {
      this.graphVersion++;
    };
    const g = this.graph;
    g.on("nodeAdded", bump);
    g.on("edgeAdded", bump);
    g.on("nodeDropped", bump);
    g.on("edgeDropped", bump);
    g.on("cleared", bump);
    g.on("edgesCleared", bump);
    g.on("nodeAttributesUpdated", bump);
    g.on("edgeAttributesUpdated", bump);
    g.on("eachEdgeAttributesUpdated", bump);
    g.on("eachNodeAttributesUpdated", (e) => {
      if (!e.hints?.attributes?.every((a) => a === "x" || a === "y")) bump();
    });
  }

  // ---- evidence ------------------------------------------------------------------------------

  /** Requests under way, by query: the panel may be re-rendered while one is out. */
  private readonly evidenceRequests = new Map<string, Promise<void>>();

  /**
   * The graph came without evidence (GET /api/graph?evidence=none): fetches what the details panel
   * shows — a node's relationships or the one relationship — then draws the panel again if the
   * selection is still the same.
   */
  private async loadEvidence(): Promise<void> {
    const { selectedNode: node, selectedEdge: edge } = this.state;
    const g = this.graph;
    let query: EvidenceQuery;
    let wanted: string[];
    if (node) {
      wanted = g.filterEdges(node, (_e, a) => a.type !== "MENTIONED_IN" && !a.evidence);
      query = { node };
    } else if (edge) {
      wanted = g.getEdgeAttribute(edge, "evidence") ? [] : [edge];
      query = { type: g.getEdgeAttribute(edge, "type"), source: g.source(edge), target: g.target(edge) };
    } else return;
    if (!wanted.length) return;
    const id = JSON.stringify(query);
    if (this.evidenceRequests.has(id)) return;
    const request = api.evidence(query).then((res) => {
      this.fillEvidence(res.relationships);
      // Asked and not answered (the database changed since the graph was loaded): none, so the
      // panel says so instead of asking again.
      for (const e of wanted) if (g.hasEdge(e) && !g.getEdgeAttribute(e, "evidence")) this.setEvidence(e, []);
    });
    this.evidenceRequests.set(id, request);
    try {
      await request;
    } catch (err) {
      // Left unloaded: selecting it again tries again.
      for (const el of byId("details").querySelectorAll<HTMLElement>(".evidence-loading")) {
        el.textContent = `Could not load the evidence: ${err instanceof ApiError ? err.message : String(err)}`;
        el.dataset.state = "error";
      }
      return;
    } finally {
      this.evidenceRequests.delete(id);
    }
    if (this.state.selectedNode === node && this.state.selectedEdge === edge) this.renderDetails();
  }

  private fillEvidence(relationships: EvidenceResponse["relationships"]): void {
    for (const r of relationships) {
      const key = r.key ?? edgeKey(r.type, r.source, r.target);
      if (this.graph.hasEdge(key)) this.setEvidence(key, r.evidence);
    }
  }

  /**
   * Evidence is data the renderer never reads, so it is set on the attributes without an update
   * event: an event per edge would make sigma re-process the whole graph for nothing.
   */
  private setEvidence(edge: string, evidence: Evidence[]): void {
    this.graph.getEdgeAttributes(edge).evidence = evidence;
    this.graphVersion++;
  }

  /** Exports carry every edge's evidence: what was not loaded yet comes from the full graph. */
  private async withAllEvidence(): Promise<void> {
    if (!this.graph.someEdge((_e, a) => !a.evidence)) return;
    if (this.explore) return this.evidencePerNode();
    const status = byId("status");
    const before = status.textContent;
    status.textContent = "Fetching the evidence for the export…";
    try {
      const full = await api.graph();
      for (const e of full.edges) {
        const key = e.key ?? edgeKey(e.attributes.type, e.source, e.target);
        if (this.graph.hasEdge(key) && !this.graph.getEdgeAttribute(key, "evidence"))
          this.setEvidence(key, Array.isArray(e.attributes.evidence) ? e.attributes.evidence : []);
      }
    } finally {
      status.textContent = before;
    }
  }

  /** Explore mode: the evidence of what is drawn, node by node (never the whole graph). */
  private async evidencePerNode(): Promise<void> {
    const nodes = new Set<string>();
    this.graph.forEachEdge((_e, a, s) => {
      if (!a.evidence) nodes.add(s);
    });
    for (const node of nodes) this.fillEvidence((await api.evidence({ node })).relationships);
    this.graph.forEachEdge((e, a) => {
      if (!a.evidence) this.setEvidence(e, []);
    });
  }

  /** Selection beats path, path beats query result: the most specific question wins. */
  private computeFocus(): Focus | null {
    const { selectedNode, selectedEdge } = this.state;
    if (selectedNode) {
      const nodes = new Set([selectedNode]);
      const edges = new Set<string>();
      this.graph.forEachEdge(selectedNode, (e, _a, src, tgt) => {
        if (!this.edgeShown(e)) return;
        edges.add(e);
        nodes.add(src === selectedNode ? tgt : src);
      });
      return { nodes, edges };
    }
    if (selectedEdge) return { nodes: new Set(this.graph.extremities(selectedEdge)), edges: new Set([selectedEdge]) };
    if (this.path) return { nodes: this.path.nodes, edges: this.path.edges };
    return this.queryFocus;
  }

  selectNode(key: string | null, centre = true): void {
    this.setState({ selectedNode: key, selectedEdge: null }, { centre });
  }

  /**
   * Moves the camera so these nodes (a selection and its neighbours, a path) lie inside the part of the
   * canvas no panel covers, with room for their discs.
   */
  frame(nodes: Iterable<string>, animate = true): void {
    const points = [...nodes].flatMap((n) => {
      const d = this.renderer.getNodeDisplayData(n);
      return d ? [{ x: d.x, y: d.y }] : [];
    });
    const state = fitCamera(this.renderer, points, this.freeCanvasArea());
    if (!state) return;
    if (animate) void this.renderer.getCamera().animate(state, { duration: 400 });
    else this.renderer.getCamera().setState(state);
  }

  /** The canvas less what the legend, the reading pane, the results and (on narrow screens) the details drawer cover, in canvas pixels. */
  freeCanvasArea(): Rect {
    const c = byId("canvas").getBoundingClientRect();
    const panels = ["legend", "reader", "results", "details", "timebar"].flatMap((id) => {
      const el = document.getElementById(id);
      if (!el || el.hidden || el.offsetParent === null) return [];
      const r = el.getBoundingClientRect();
      return [{ left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top }];
    });
    // 40 px: the biggest disc's radius (28) and a margin, so a framed node is drawn whole.
    return freeArea({ left: 0, top: 0, right: c.width, bottom: c.height }, panels, 40);
  }

  /** Graph units per pixel, for noverlap (sizes are pixels). */
  private pixelScale(): number {
    const { width, height } = this.renderer.getDimensions();
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    this.graph.forEachNode((_n, a) => {
      if (a.x < minX) minX = a.x;
      if (a.x > maxX) maxX = a.x;
      if (a.y < minY) minY = a.y;
      if (a.y > maxY) maxY = a.y;
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1);
    return extent / Math.max(Math.min(width, height), 1);
  }

  // ---- search --------------------------------------------------------------------------------

  private setupSearch(): void {
    createSearchBox({
      input: byId<HTMLInputElement>("search-input"),
      list: byId<HTMLUListElement>("search-results"),
      index: () => this.index,
      ...(this.explore ? { remote: (text: string) => this.explore!.search(text) } : {}),
      onSelect: (hit) => {
        // A node of a hidden type is shown again: the analyst asked for it by name.
        if (this.state.hiddenNodeTypes.includes(hit.type)) this.state.hiddenNodeTypes = this.state.hiddenNodeTypes.filter((t) => t !== hit.type);
        if (this.explore) this.explore.choose(hit.key);
        else this.selectNode(hit.key);
      },
    });
  }

  // ---- filters & legend ----------------------------------------------------------------------

  private setupFilters(): void {
    const types = byId("filter-types");
    const counts = new Map<string, number>();
    this.graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    this.graph.forEachEdge((_e, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    const checkbox = (id: string, label: string, color: string, onChange: (on: boolean) => void, count: number) =>
      h(
        "label",
        { className: "check", for: id },
        h("input", { type: "checkbox", id, onchange: (ev: Event) => onChange((ev.target as HTMLInputElement).checked) }),
        h("span", { className: "swatch", style: `background:${color}`, "aria-hidden": "true" }),
        label,
        // Explore mode holds a part of the graph that changes: counts of it would mislead.
        this.explore ? null : h("span", { className: "count" }, ` ${count}`),
      );
    replace(
      types,
      NODE_TYPES.map((t) => checkbox(`filter-type-${t}`, t, NODE_COLORS[t], (on) => this.toggleNodeType(t, on), counts.get(t) ?? 0)),
    );
    replace(
      byId("filter-rels"),
      RELATION_TYPES.map((t) => checkbox(`filter-rel-${t}`, t, RELATION_COLORS[t], (on) => this.toggleRelType(t, on), counts.get(t) ?? 0)),
    );

    byId("filter-reset").addEventListener("click", () => {
      const d = decodeState("");
      this.timeBar.pause();
      this.setState({ hiddenNodeTypes: d.hiddenNodeTypes, hiddenRelTypes: d.hiddenRelTypes, dateFrom: null, dateTo: null, showUndated: true });
    });
    const labels = byId<HTMLInputElement>("label-density");
    labels.addEventListener("input", () => this.setState({ labels: Number(labels.value) }));
  }

  private toggleNodeType(t: NodeType, on: boolean): void {
    const rest = this.state.hiddenNodeTypes.filter((x) => x !== t);
    this.setState({ hiddenNodeTypes: on ? rest : [...rest, t] });
  }

  private toggleRelType(t: RelationType, on: boolean): void {
    const rest = this.state.hiddenRelTypes.filter((x) => x !== t);
    this.setState({ hiddenRelTypes: on ? rest : [...rest, t] });
  }

  private setupLegend(): void {
    const row = (kind: "type" | "rel", t: string, color: string, toggle: () => void) =>
      h(
        "li",
        { className: `legend-item legend-${kind}`, "data-legend": t },
        h(
          "button",
          { type: "button", className: "legend-button", onclick: toggle, title: `Show or hide ${t}` },
          h("span", { className: kind === "type" ? "dot" : "line", style: `background:${color}`, "aria-hidden": "true" }),
          t,
        ),
      );
    replace(
      byId("legend"),
      h("h2", { className: "visually-hidden" }, "Legend"),
      h(
        "ul",
        {},
        NODE_TYPES.map((t) => row("type", t, NODE_COLORS[t], () => this.toggleNodeType(t, this.state.hiddenNodeTypes.includes(t)))),
      ),
      h(
        "ul",
        {},
        RELATION_TYPES.map((t) => row("rel", t, RELATION_COLORS[t], () => this.toggleRelType(t, this.state.hiddenRelTypes.includes(t)))),
      ),
      // Filled when nodes are coloured by community (ui/network-panel.ts).
      h("ul", { id: "legend-communities", className: "legend-communities", "aria-label": "Communities", hidden: true }),
    );
  }

  /** Controls mirror the state (which may have come from the URL). */
  private syncControls(): void {
    const s = this.state;
    for (const t of NODE_TYPES) {
      byId<HTMLInputElement>(`filter-type-${t}`).checked = !s.hiddenNodeTypes.includes(t);
    }
    for (const t of RELATION_TYPES) byId<HTMLInputElement>(`filter-rel-${t}`).checked = !s.hiddenRelTypes.includes(t);
    for (const li of byId("legend").querySelectorAll<HTMLElement>("[data-legend]")) {
      const t = li.dataset.legend!;
      const hidden = (s.hiddenNodeTypes as string[]).includes(t) || (s.hiddenRelTypes as string[]).includes(t);
      li.dataset.hidden = String(hidden);
      li.querySelector("button")!.setAttribute("aria-pressed", String(!hidden));
    }
    this.timeBar.sync(s);
    byId<HTMLInputElement>("label-density").value = String(s.labels);
    syncNetworkControls(
      s,
      this.measures,
      (k) => (this.graph.hasNode(k) ? this.graph.getNodeAttribute(k, "name") : k),
      (k) => this.selectNode(k),
    );
    const nameOf = (k: string | null) => (k && this.graph.hasNode(k) ? this.graph.getNodeAttribute(k, "name") : "");
    const fromInput = byId<HTMLInputElement>("path-from");
    const toInput = byId<HTMLInputElement>("path-to");
    if (document.activeElement !== fromInput) this.pathBoxes.from.setText(nameOf(s.pathFrom));
    if (document.activeElement !== toInput) this.pathBoxes.to.setText(nameOf(s.pathTo));
    const cypher = byId<HTMLTextAreaElement>("cypher-input");
    if (document.activeElement !== cypher && cypher.value !== s.cypher) {
      cypher.value = s.cypher;
      this.paintCypher();
    }
    let shownNodes = 0;
    this.graph.forEachNode((n) => {
      if (!this.renderer.getNodeDisplayData(n)?.hidden) shownNodes++;
    });
    let shownEdges = 0;
    this.graph.forEachEdge((e) => {
      if (!this.renderer.getEdgeDisplayData(e)?.hidden) shownEdges++;
    });
    const status = byId("status");
    if (this.explore) status.textContent = this.explore.status(shownNodes, shownEdges);
    else
      status.textContent =
        `${shownNodes} of ${this.graph.order} nodes shown · ${shownEdges} of ${this.graph.size} relationships · ${this.info.mode} mode` +
        (this.opts.truncated
          ? ` · the server sent part of the graph (${this.info.nodes.toLocaleString("en")} nodes, ${this.info.edges.toLocaleString("en")} relationships in all): explore mode shows the rest`
          : "");
    status.dataset.truncated = String(this.opts.truncated || Boolean(this.explore?.controller.report.truncated.length));
  }

  // ---- path finder ---------------------------------------------------------------------------

  private setupPathFinder(): { from: SearchBox; to: SearchBox } {
    const actors = () => ["Person", "State", "Group", "Meeting"] as const;
    const pending = { from: null as string | null, to: null as string | null };
    const from = createSearchBox({
      input: byId("path-from"),
      list: byId("path-from-results"),
      index: () => this.index,
      types: actors,
      onSelect: (hit) => {
        pending.from = hit.key;
      },
    });
    const to = createSearchBox({
      input: byId("path-to"),
      list: byId("path-to-results"),
      index: () => this.index,
      types: actors,
      onSelect: (hit) => {
        pending.to = hit.key;
      },
    });
    byId("path-find").addEventListener("click", () => {
      this.setState({ pathFrom: pending.from ?? this.state.pathFrom, pathTo: pending.to ?? this.state.pathTo, selectedNode: null, selectedEdge: null });
    });
    byId("path-clear").addEventListener("click", () => {
      pending.from = pending.to = null;
      this.setState({ pathFrom: null, pathTo: null });
    });
    return { from, to };
  }

  private updatePath(): void {
    const { pathFrom, pathTo } = this.state;
    const { hiddenNodeTypes, hiddenRelTypes, dateFrom, dateTo, showUndated } = this.state;
    // Everything edgeShown() reads: the path runs over the relationships shown.
    const key = JSON.stringify([pathFrom, pathTo, hiddenNodeTypes, hiddenRelTypes, dateFrom, dateTo, showUndated]);
    if (key === this.pathKey) return;
    this.pathKey = key;
    const out = byId("path-result");
    if (!pathFrom || !pathTo) {
      this.path = null;
      replace(out);
      return;
    }
    this.path = shortestPaths(this.graph, pathFrom, pathTo, { edgeFilter: (e) => this.edgeShown(e) });
    if (!this.path) {
      replace(out, h("p", { className: "muted", id: "path-none" }, "No path between them through the relationships shown."));
      return;
    }
    this.paths = pathsOf(this.graph, this.path, pathFrom, pathTo);
    this.frameNext = true;
    this.renderPathList();
    void this.loadPathEvidence();
  }

  /** Every shortest path, each step with its relationship and evidence (ui/path-list.ts). */
  private renderPathList(): void {
    const { pathFrom } = this.state;
    if (!this.path || !pathFrom) return;
    renderPaths(byId("path-result"), this.graph, pathFrom, this.paths, {
      selectNode: (k) => this.selectNode(k),
      selectEdge: (e) => this.setState({ selectedEdge: e, selectedNode: null }),
    });
  }

  /** The path's relationships came without evidence (the lean graph): fetched one by one, then listed again. */
  private async loadPathEvidence(): Promise<void> {
    const want = [...new Set(this.paths.flat())].filter((e) => this.graph.hasEdge(e) && !this.graph.getEdgeAttribute(e, "evidence"));
    if (!want.length) return;
    const g = this.graph;
    await Promise.all(
      want.map((e) =>
        api
          .evidence({ type: g.getEdgeAttribute(e, "type"), source: g.source(e), target: g.target(e) })
          .then((r) => {
            this.fillEvidence(r.relationships);
            if (g.hasEdge(e) && !g.getEdgeAttribute(e, "evidence")) this.setEvidence(e, []);
          })
          .catch(() => undefined),
      ),
    );
    this.renderPathList();
  }

  // ---- cypher --------------------------------------------------------------------------------

  private setupCypher(): void {
    const input = byId<HTMLTextAreaElement>("cypher-input");
    const status = byId("cypher-status");
    this.paintCypher = attachHighlighter(input, byId("cypher-highlight"));
    const examples = byId<HTMLSelectElement>("cypher-examples");
    replace(
      examples,
      h("option", { value: "" }, "Example queries…"),
      EXAMPLE_QUERIES.map((q, i) => h("option", { value: String(i) }, q.title)),
    );
    examples.addEventListener("change", () => {
      const q = EXAMPLE_QUERIES[Number(examples.value)];
      if (q) {
        input.value = q.cypher;
        this.paintCypher();
      }
      examples.value = "";
    });
    byId("results-close").addEventListener("click", () => {
      byId("results").hidden = true;
    });
    if (!this.info.cypher) {
      input.disabled = true;
      byId<HTMLButtonElement>("cypher-run").disabled = true;
      status.dataset.state = "unavailable";
      status.textContent = "Cypher needs Neo4j: this server serves a graph.json from memory. Start it against Neo4j to query.";
      return;
    }
    byId("cypher-run").addEventListener("click", () => void this.runQuery(input.value));
    byId("cypher-clear").addEventListener("click", () => {
      this.queryFocus = null;
      byId("results").hidden = true;
      status.textContent = "";
      delete status.dataset.state;
      this.setState({ cypher: "" });
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        void this.runQuery(input.value);
      }
    });
  }

  async runQuery(cypher = this.state.cypher): Promise<void> {
    const status = byId("cypher-status");
    if (!cypher.trim()) return;
    if (looksLikeWrite(cypher)) {
      status.dataset.state = "error";
      status.textContent = "This box is read-only: writing clauses (CREATE, MERGE, SET, DELETE…) are refused.";
      return;
    }
    status.dataset.state = "running";
    status.textContent = "Running…";
    let res: QueryResponse;
    try {
      res = await api.query({ cypher });
    } catch (err) {
      status.dataset.state = "error";
      status.textContent = errorText(err instanceof Error ? err.message : String(err));
      return;
    }
    // Nodes or relationships the loaded graph lacks (it changed since load) are merged in, placed
    // next to their neighbours, so the result can always be drawn.
    const missingNodes = res.graph.nodes.filter((n) => !this.graph.hasNode(n.key));
    const missingEdges = res.graph.edges.filter((e) => !this.graph.hasEdge(e.key ?? edgeKey(e.attributes.type, e.source, e.target)));
    if (missingNodes.length || missingEdges.length) {
      mergeGraphJson({ nodes: missingNodes, edges: missingEdges }, this.graph);
      this.index = buildSearchIndex(this.graph);
    }
    const nodes = new Set(res.graph.nodes.map((n) => n.key));
    const edges = new Set<string>();
    for (const e of res.graph.edges) {
      const key = e.key && this.graph.hasEdge(e.key) ? e.key : edgeKey(e.attributes.type, e.source, e.target);
      if (this.graph.hasEdge(key)) edges.add(key);
      nodes.add(e.source).add(e.target);
    }
    this.queryFocus = nodes.size ? { nodes, edges } : null;
    status.dataset.state = "done";
    status.textContent = `${res.rows.length} row${res.rows.length === 1 ? "" : "s"}${res.truncated ? " (truncated)" : ""}, ${nodes.size} nodes, ${edges.size} relationships · ${Math.round(res.elapsedMs)} ms`;
    this.renderTable(res);
    this.setState({ cypher, selectedNode: null, selectedEdge: null, pathFrom: null, pathTo: null });
  }

  private renderTable(res: QueryResponse): void {
    const nameOf = (k: string) => (this.graph.hasNode(k) ? this.graph.getNodeAttribute(k, "name") : undefined);
    const has = (k: string) => this.graph.hasNode(k);
    replace(
      byId("cypher-table"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          res.columns.map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      h(
        "tbody",
        {},
        res.rows.map((row) =>
          h(
            "tr",
            {},
            row.map((cell) => {
              const key = cellNodeKey(cell, has);
              const text = cellText(cell, nameOf);
              return h("td", {}, key ? h("button", { type: "button", className: "link", onclick: () => this.selectNode(key) }, text) : text);
            }),
          ),
        ),
      ),
    );
    byId("results").hidden = false;
  }

  // ---- export --------------------------------------------------------------------------------

  private setupExport(): void {
    byId("export-png").addEventListener("click", async () => {
      // The selection (with its neighbours) when there is one, else everything drawn.
      const selected = this.focus && (this.state.selectedNode || this.state.selectedEdge);
      const nodes = selected ? [...this.focus!.nodes] : this.graph.filterNodes((n) => this.renderer.getNodeDisplayData(n)?.hidden === false);
      const { blob, report } = await exportPng(this.renderer as never, nodes, this.legendEntries());
      this.lastExport = report;
      download(blob, "backchannel.png");
    });
    byId("export-gexf").addEventListener("click", async () => {
      await this.withAllEvidence();
      // Loaded when first asked for: the writer is not needed to draw the first picture.
      const { write: writeGexf } = await import("graphology-gexf/browser");
      const gexf = writeGexf(exportableGraph(this.graph), {
        nodeFormatter: (key: string, a: Record<string, unknown>) => ({
          label: String(a.name ?? key),
          attributes: a,
          viz: { color: NODE_COLORS[a.type as NodeType] ?? "#999", size: Number(a.size) || 4, x: Number(a.x) || 0, y: Number(a.y) || 0 },
        }),
      } as never);
      download(new Blob([gexf], { type: "application/xml" }), "backchannel.gexf");
    });
    byId("export-graphml").addEventListener("click", async () => {
      await this.withAllEvidence();
      download(new Blob([toGraphML(this.graph)], { type: "application/xml" }), "backchannel.graphml");
    });
    byId("export-json").addEventListener("click", async () => {
      await this.withAllEvidence();
      download(new Blob([toJson(this.graph)], { type: "application/json" }), "backchannel.json");
    });
  }

  // ---- canvas --------------------------------------------------------------------------------

  private setupCanvasEvents(): void {
    this.renderer.on("clickNode", ({ node }) => this.selectNode(node, false));
    this.renderer.on("doubleClickNode", (ev) => {
      if (!this.explore) return;
      ev.preventSigmaDefault();
      this.explore.actions.expand(ev.node);
    });
    this.renderer.on("clickEdge", ({ edge }) => this.setState({ selectedEdge: edge, selectedNode: null }));
    this.renderer.on("clickStage", () => {
      if (this.state.selectedNode || this.state.selectedEdge) this.setState({ selectedNode: null, selectedEdge: null });
    });
    // Escape deselects, as clicking the empty canvas does; in a text field it belongs to the field.
    document.addEventListener("keydown", (ev) => {
      if (ev.key !== "Escape" || (ev.target instanceof HTMLElement && ev.target.closest("input, textarea, select"))) return;
      if (this.state.selectedNode || this.state.selectedEdge) this.setState({ selectedNode: null, selectedEdge: null });
    });
    this.renderer.on("enterNode", () => {
      byId("canvas").style.cursor = "pointer";
    });
    this.renderer.on("leaveNode", () => {
      byId("canvas").style.cursor = "";
    });
  }

  /** Fetches the graph again; existing nodes keep their place, new ones appear near neighbours. */
  async reloadGraph(): Promise<void> {
    if (this.explore) return this.explore.reload();
    const json = await api.leanGraph();
    mergeGraphJson(json, this.graph);
    this.measures = null;
    this.index = buildSearchIndex(this.graph);
    this.timeBar.setProfile(timeProfile(this.graph));
    this.pathKey = "";
    this.apply();
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

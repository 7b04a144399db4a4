// Explore mode wired to the page: the sidebar's explore section, the details panel's Expand, Hide and
// Pin, the search box asking the server, and the picture redrawn whenever the state it depends on
// changes. The App stays the one owner of the state; this only asks it for changes.
import { api, ApiError } from "../api/index.js";
import type { InfoResponse } from "../api/index.js";
import type { BcGraph } from "../graph/types.js";
import type { SearchHit } from "../search/index.js";
import type { ViewState } from "../state/types.js";
import type { DetailsActions } from "../ui/details.js";
import { createExplorePanel, type ExplorePanel } from "../ui/explore-panel.js";
import { ExploreController } from "./controller.js";
import type { NeighbourhoodCache } from "./prefetch.js";
import { neighbourhoodRequests } from "./requests.js";

export interface ExploreHost {
  readonly graph: BcGraph;
  readonly info: InfoResponse;
  state: ViewState;
  setState(patch: Partial<ViewState>, opts?: { centre?: boolean }): void;
  /** The graph changed under the app: indexes, layout and panels follow, with `patch` applied in the same redraw. */
  graphChanged(patch?: Partial<ViewState>, opts?: { centre?: boolean }): void;
  /** The layout: held while new neighbourhoods are fetched (graphChanged starts it again). */
  readonly layout: { halt(): void };
}

/** Counts in the status line; one formatter (toLocaleString builds one per call: 30 ms of a drawing). */
const COUNT = new Intl.NumberFormat("en");

const without = (xs: readonly string[], k: string) => xs.filter((x) => x !== k);

/**
 * Marks a drawing on the page's performance timeline, as start.ts marks the full view's first frame:
 * sigma has drawn synchronously (`explore-drawn`), and the next animation frame is the one on screen
 * (`explore-frame`). The explore bench times neighbourhoods and expansions by them. Only the latest of
 * each is kept, so a long session does not pile them up.
 */
function markDrawn(graph: BcGraph): void {
  const detail = { nodes: graph.order, edges: graph.size };
  performance.clearMarks("backchannel:explore-drawn");
  performance.mark("backchannel:explore-drawn", { detail });
  requestAnimationFrame(() => {
    performance.clearMarks("backchannel:explore-frame");
    performance.mark("backchannel:explore-frame", { detail });
  });
}

export class ExploreMode {
  readonly controller: ExploreController;
  private readonly panel: ExplorePanel;
  /** A node to select once its neighbourhood is drawn (a new start, or a selection from the URL). */
  private pendingSelect: string | null;
  /** Whether that selection is framed: not when the URL brings a camera of its own (a saved view). */
  private frameSelect: boolean;

  /** Whether the most connected actors were asked for (once per page). */
  private topAsked = false;

  /** `prefetched`: answers asked for before the app was built (explore/prefetch.ts). */
  constructor(
    private readonly host: ExploreHost,
    prefetched?: NeighbourhoodCache,
  ) {
    this.controller = new ExploreController(host.graph, prefetched);
    this.pendingSelect = host.state.selectedNode;
    this.frameSelect = host.state.camera === null;
    this.panel = createExplorePanel({
      start: (key) => this.start(key),
      setDepth: (depth) => host.setState({ depth }),
      unhide: (key) => host.setState({ hidden: without(host.state.hidden, key) }),
      clear: () => host.setState({ open: [], selectedNode: null, selectedEdge: null, pathFrom: null, pathTo: null }),
    });
    // A page opened on a neighbourhood asks for the ranking after drawing it: ranking reads every
    // actor's degree (0.15–0.3 s of Neo4j on 1,000,000 relationships), which would share the server's
    // cores with the neighbourhood the page is waiting for.
    if (!neighbourhoodRequests(host.state).length) this.loadTop();
  }

  private loadTop(): void {
    if (this.topAsked) return;
    this.topAsked = true;
    api.topActors(20).then(
      (r) => this.panel.setTop(r.actors),
      (err: unknown) => this.panel.setTop(`Could not load the most connected actors: ${err instanceof ApiError ? err.message : String(err)}`),
    );
  }

  /** Replaces the picture by a node's neighbourhood; pinned nodes stay. */
  start(key: string): void {
    this.selectWhenDrawn(key, true);
    this.host.setState({ open: [key], hidden: without(this.host.state.hidden, key), selectedNode: null, selectedEdge: null });
  }

  /** Selects a node once a drawing holds it (a saved view's selection arrives with its neighbourhood). */
  selectWhenDrawn(key: string | null, frame: boolean): void {
    this.pendingSelect = key;
    this.frameSelect = frame;
  }

  /** The search box asks the server: the page holds only what is drawn. */
  async search(text: string): Promise<SearchHit[]> {
    const { results } = await api.search(text, 12);
    return results.map((r) => ({ key: r.key, type: r.type, name: r.name, alias: null, score: 0 }));
  }

  /** A search result: selected when drawn already, else the start of a new picture. */
  choose(key: string): void {
    if (this.host.graph.hasNode(key)) this.host.setState({ selectedNode: key, selectedEdge: null }, { centre: true });
    else this.start(key);
  }

  readonly actions: NonNullable<DetailsActions["explore"]> = {
    expand: (key) => {
      const s = this.host.state;
      if (!s.open.includes(key)) this.host.setState({ open: [...s.open, key] });
    },
    hide: (key) => {
      const s = this.host.state;
      this.host.setState({
        hidden: [...without(s.hidden, key), key],
        open: without(s.open, key),
        pinned: without(s.pinned, key),
        selectedNode: s.selectedNode === key ? null : s.selectedNode,
      });
    },
    togglePin: (key) => {
      const s = this.host.state;
      this.host.setState({ pinned: s.pinned.includes(key) ? without(s.pinned, key) : [...s.pinned, key] });
    },
    isPinned: (key) => this.host.state.pinned.includes(key),
  };

  /** After every state change: redraws when what is drawn depends on what changed. */
  async update(): Promise<void> {
    this.panel.sync(this.host.state, (k) => (this.host.graph.hasNode(k) ? this.host.graph.getNodeAttribute(k, "name") : k));
    // The running layout redraws every frame (software GL: a tenth of a second or more each), and the
    // answer, its drawing and the frame that shows it would queue behind those redraws.
    if (this.controller.pending(this.host.state)) this.host.layout.halt();
    if (!(await this.controller.draw(this.host.state))) return;
    const select = this.pendingSelect;
    if (select && this.host.graph.hasNode(select)) {
      this.pendingSelect = null;
      this.host.graphChanged({ selectedNode: select, selectedEdge: null }, { centre: this.frameSelect });
    } else this.host.graphChanged();
    markDrawn(this.host.graph);
    this.loadTop();
  }

  /** Asks the server again for everything drawn. */
  async reload(): Promise<void> {
    this.controller.forget();
    await this.update();
  }

  /** The status line: how much of the graph is drawn, and what was cut. */
  status(shownNodes: number, shownEdges: number): string {
    const s = this.host.state;
    const { info } = this.host;
    const r = this.controller.report;
    if (r.failed) return `Explore mode: could not fetch the neighbourhood: ${r.failed}`;
    if (!s.open.length && !s.pinned.length)
      return `Explore mode: ${COUNT.format(info.nodes)} nodes and ${COUNT.format(info.edges)} relationships in the graph; start from a search or a most connected actor`;
    const cut = r.truncated.map((t) => ` · ${t.name}'s neighbourhood cut at ${t.shown} of ${t.reached} nodes`).join("");
    const hidden = s.hidden.length ? ` · ${s.hidden.length} hidden` : "";
    return `Explore mode: ${shownNodes} of ${COUNT.format(info.nodes)} nodes shown · ${shownEdges} of ${COUNT.format(info.edges)} relationships${hidden}${cut} · ${info.mode} mode`;
  }
}

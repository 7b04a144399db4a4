// The page's start (loaded by main.ts, which has asked for /api/info): then the whole graph
// (/api/graph) when it is small enough to draw, or nothing yet in explore mode (neighbourhoods come on
// demand); start the app, expose a read-only debug handle for tests and curious analysts (the browser
// holds no secrets: it only sees /api).
import { api, type InfoResponse } from "./api/index.js";
import { App } from "./app.js";
import { exploreWanted } from "./explore/index.js";
import { exploreAsked, type NeighbourhoodCache } from "./explore/prefetch.js";
import { mergeGraphJson, newGraph } from "./graph/index.js";

declare global {
  interface Window {
    __backchannel?: { readonly graph: App["graph"]; readonly renderer: App["renderer"]; readonly state: App["state"]; readonly app: App; ready: true };
  }
}

/** What main.ts asked the server for before this chunk had loaded. */
export interface EarlyRequests {
  info: Promise<InfoResponse>;
  /** The neighbourhoods of the address's open nodes (explore/prefetch.ts). */
  neighbourhoods: NeighbourhoodCache | undefined;
}

export async function start(early: EarlyRequests): Promise<void> {
  const status = document.getElementById("status")!;
  try {
    status.textContent = "Loading graph…";
    const prefetched = early.neighbourhoods;
    const asked = exploreAsked(location);
    const info = await early.info;
    const explore = exploreWanted(info, asked);
    // Without evidence: most of the bytes, and only the details panel needs it (fetched per node).
    const json = explore ? null : await api.leanGraph();
    performance.mark("backchannel:data");
    const graph = json ? mergeGraphJson(json) : newGraph();
    performance.mark("backchannel:graph");
    const app = new App(graph, info, { explore, truncated: json?.truncated === true, ...(prefetched ? { prefetched } : {}) });
    // Sigma drew synchronously in the constructor; the next animation frame is the one on screen.
    requestAnimationFrame(() => performance.mark("backchannel:first-frame"));
    window.__backchannel = {
      get graph() {
        return app.graph;
      },
      get renderer() {
        return app.renderer;
      },
      get state() {
        return app.state;
      },
      app,
      ready: true,
    };
    document.body.dataset.ready = "true";
  } catch (err) {
    status.textContent = `Could not load the graph: ${(err as Error).message}`;
    status.dataset.state = "error";
    document.body.dataset.ready = "error";
    console.error(err);
  }
}

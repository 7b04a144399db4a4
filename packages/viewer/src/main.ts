// Entry point: fetch /api/info and /api/graph, build the graph, start the app, expose a read-only
// debug handle for tests and curious analysts (the browser holds no secrets: it only sees /api).
import "./styles.css";
import { api } from "./api/index.js";
import { App } from "./app.js";
import { mergeGraphJson } from "./graph/index.js";

declare global {
  interface Window {
    __backchannel?: { readonly graph: App["graph"]; readonly renderer: App["renderer"]; readonly state: App["state"]; readonly app: App; ready: true };
  }
}

async function main(): Promise<void> {
  const status = document.getElementById("status")!;
  try {
    status.textContent = "Loading graph…";
    // Without evidence: most of the bytes, and only the details panel needs it (fetched per node).
    const [info, json] = await Promise.all([api.info(), api.leanGraph()]);
    performance.mark("backchannel:data");
    const graph = mergeGraphJson(json);
    performance.mark("backchannel:graph");
    const app = new App(graph, info);
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

void main();

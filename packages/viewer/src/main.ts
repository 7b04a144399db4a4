// Entry point: a small chunk that asks the server for what the page needs first, /api/info and the
// neighbourhoods an explore link opens on, then starts the rest of the viewer (start.ts, asked for
// first so its download is not delayed) with those requests under way. The server answers while the
// viewer's bundle loads and the app starts, instead of after. This chunk imports only what the
// requests need (explore/prefetch.ts).
import "./styles.css";
import { api } from "./api/index.js";
import { prefetchNeighbourhoods } from "./explore/prefetch.js";

const starting = import("./start.js");
const info = api.info();
// Handled by start(); this keeps a failure that comes before start() is loaded from counting as unhandled.
info.catch(() => undefined);
const early = { info, neighbourhoods: prefetchNeighbourhoods(location) };
starting.then(
  (m) => m.start(early),
  (err: unknown) => {
    const status = document.getElementById("status");
    if (status) {
      status.textContent = `Could not load the viewer: ${err instanceof Error ? err.message : String(err)}`;
      status.dataset.state = "error";
    }
    document.body.dataset.ready = "error";
  },
);

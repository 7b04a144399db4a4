// Entry point. Sends the neighbourhoods an explore link opens on, then starts the rest of the viewer
// (start.ts, asked for first so its download is not delayed): the server works on them while the
// viewer's bundle loads and the app starts, instead of after (explore/prefetch.ts). This chunk imports
// only what those requests need.
import "./styles.css";
import { prefetchFromAddress } from "./explore/prefetch.js";

const starting = import("./start.js");
prefetchFromAddress(location);
starting.then(
  (m) => m.start(),
  (err: unknown) => {
    const status = document.getElementById("status");
    if (status) {
      status.textContent = `Could not load the viewer: ${err instanceof Error ? err.message : String(err)}`;
      status.dataset.state = "error";
    }
    document.body.dataset.ready = "error";
  },
);

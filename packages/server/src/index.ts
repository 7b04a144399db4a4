export { startServer, type ServerOptions, type RunningServer } from "./server.js";
export type { WatchdogOptions } from "./types.js";
export { DEFAULT_WATCHDOG_GRACE_MS } from "./watchdog.js";

export { startServer, type ServerOptions, type RunningServer } from "./server.js";
export type { WatchdogOptions } from "./types.js";
export type { WarmUpReport } from "./warm-up.js";
export { DEFAULT_WATCHDOG_GRACE_MS } from "./watchdog.js";
export { type ActorAnalysis, type ActorMeasure, analyseActors, type Community } from "./analysis.js";

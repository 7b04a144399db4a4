export { startServer, type ServerOptions, type RunningServer } from "./server.js";
export { type ActorAnalysis, type ActorMeasure, analyseActors, type Community } from "./analysis.js";

export { startServer, type ServerOptions, type RunningServer } from "./server.js";
export type * from "./api-types.js";

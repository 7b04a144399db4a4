export * from "./ontology.js";
export * from "./ids.js";
export * from "./graph.js";
export type * from "./lookups.js";
export type * from "./api.js";

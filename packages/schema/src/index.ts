export * from "./ontology.js";
export * from "./ids.js";
export * from "./graph.js";
export * from "./lookups.js";
export * from "./api.js";

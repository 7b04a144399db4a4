export * from "./ontology.js";
export * from "./ids.js";
export * from "./graph.js";
export * from "./lookups/index.js";
export * from "./api.js";

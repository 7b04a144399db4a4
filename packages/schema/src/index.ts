export * from "./ontology.js";
export * from "./ids.js";
export * from "./graph.js";

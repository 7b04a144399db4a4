export * from "./ontology.js";
export * from "./ids.js";
export * from "./graph.js";
export { MAX_INDEXED_STRING_LENGTH, MAX_STRING_LENGTH, RESERVED_NODE_ATTRIBUTES } from "./graph-limits.js";
export * from "./lookups/index.js";
export * from "./api.js";
export * from "./article-texts.js";
export * from "./explore.js";
export * from "./actor-network.js";

export { Store } from "./store.js";
export type { ConnectionSettings } from "./connection.js";
export { schemaStatements, FULLTEXT_INDEX } from "./constraints.js";
export { loadGraph, nodeMergeCypher, edgeMergeCypher, DEFAULT_BATCH_SIZE, type LoadSummary, type LoadCounts, type LoadOptions } from "./load.js";
export {
  runReadOnlyQuery,
  lexicalCheck,
  planProblems,
  stripLiteralsAndComments,
  QueryRefusedError,
  QueryTimeoutError,
  DEFAULT_ROW_LIMIT,
  DEFAULT_TIMEOUT_MS,
  MAX_ROW_LIMIT,
  ALLOWED_PROCEDURES,
  type ReadOnlyQueryResult,
  type ReadOnlyQueryOptions,
} from "./readonly-query.js";
export { Lookups, NameResolutionError, type Fact, type NodeRef } from "./lookups.js";
export { toBatchGroups, nodeRow, edgeRow, evidenceKey } from "./rows.js";

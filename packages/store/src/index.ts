// The store's public API: open a Store, load graphs, run read-only Cypher and lookups, and the errors
// they throw. What tests and benches need beyond it is in ./internal.ts ("@backchannel/store/internal").
export { DEFAULT_EXPORT_LIMIT, type ExportOptions, Store } from "./store.js";
export type { ConnectionSettings } from "./connection.js";
export type { QueryTransaction, StuckQuery } from "./query-transaction-types.js";
export { DEFAULT_BATCH_SIZE, type LoadCounts, type LoadOptions, type LoadSummary } from "./load.js";
export { Lookups, NameResolutionError } from "./lookups/index.js";
export {
  DEFAULT_MAX_RESULT_BYTES,
  DEFAULT_ROW_LIMIT,
  DEFAULT_TIMEOUT_MS,
  MAX_QUERY_LENGTH,
  MAX_ROW_LIMIT,
  MAX_TIMEOUT_MS,
  type ReadOnlyQueryOptions,
} from "./readonly-query.js";
export { DatabaseUnavailableError, isUnavailable, QueryFailedError, QueryRefusedError, QueryTimeoutError } from "./query-errors.js";
export type { BulkFiles, BulkImporter, BulkLoadOptions, BulkLoadResult, BulkRefusal } from "./bulk/types.js";

import type { LoadSummary } from "../load.js";

/** neo4j-admin import CSVs (header on the first line of each), as @backchannel/neo4j-local's importIntoLocalNeo4j takes them. */
export interface BulkFiles {
  nodes: string[];
  relationships: string[];
  /** Between array elements, in neo4j-admin's `U+001F` form. */
  arrayDelimiter: string;
  /** How the files name nodes in `:ID`, `:START_ID` and `:END_ID` (neo4j-admin's --id-type). */
  idType: "string" | "integer";
  /** The files holding values with line breaks (read in neo4j-admin's multi-line mode); the others hold none. */
  multilineFiles: string[];
  workDir: string;
}

export interface WrittenFiles extends BulkFiles {
  nodeCount: number;
  relationshipCount: number;
  /**
   * Lists that were empty in some row, by label or type: neo4j-admin stores no property for an empty
   * array, where the transactional loader stores [], so these are set afterwards.
   */
  emptyLists: Map<string, Set<string>>;
}

/** Why a graph cannot go through neo4j-admin import exactly as the transactional loader would store it. */
export interface BulkRefusal {
  refused: string;
}

/** Stops the server, imports the files into its database, starts it again (the caller owns the server). */
export type BulkImporter = (files: BulkFiles) => Promise<void>;

export interface BulkLoadOptions {
  /** A fresh folder for the CSVs and the import's report; removed afterwards unless `keepFiles`. */
  workDir: string;
  importer: BulkImporter;
  keepFiles?: boolean;
  onProgress?: (p: { phase: "nodes" | "relationships" | "import"; done: number; total: number }) => void;
}

/** Where a bulk load's time went (ms); importerMs is the importer's whole call (stop, import, start). */
export interface BulkPhases {
  csvMs: number;
  importerMs: number;
  schemaMs: number;
  emptyListsMs: number;
}

export type BulkLoadResult = ({ summary: LoadSummary; importMs: number; phases: BulkPhases } & { refused?: undefined }) | BulkRefusal;

import type { LoadSummary } from "../load.js";

/** neo4j-admin import CSVs (header on the first line of each), as @backchannel/neo4j-local's importIntoLocalNeo4j takes them. */
export interface BulkFiles {
  nodes: string[];
  relationships: string[];
  /** Between array elements, in neo4j-admin's `U+001F` form. */
  arrayDelimiter: string;
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

export type BulkLoadResult = ({ summary: LoadSummary; importMs: number } & { refused?: undefined }) | BulkRefusal;

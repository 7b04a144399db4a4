// Not the store's public API: the pieces its own tests and benches take apart, and a helper that
// other packages' integration tests use to start from an empty database. Nothing in the product
// imports this file.
import type { Store } from "./store.js";

export { FULLTEXT_INDEX, schemaStatements } from "./constraints.js";
export { edgeMergeCypher, loadGraph, nodeMergeCypher } from "./load.js";
export { writeImportFiles } from "./bulk/csv.js";
export { ALLOWED_PROCEDURES, lexicalCheck, nestingDepth, planProblems, runReadOnlyQuery, stripLiteralsAndComments } from "./readonly-query.js";
export { edgeHash, edgeRow, evidenceKey, nodeRow, toBatchGroups } from "./rows.js";

/** Deletes every node and relationship, in batches (an auto-commit query: IN TRANSACTIONS needs one). Tests only. */
export async function wipeDatabase(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

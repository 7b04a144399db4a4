// Uniqueness on `id` for every label, an index on `name`, and a full-text index over names and aliases.
// All statements are IF NOT EXISTS, so running them on every load is cheap and idempotent.
import { NODE_TYPES } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";

export const FULLTEXT_INDEX = "entity_names";

export function schemaStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_TYPES) {
    const l = label.toLowerCase();
    out.push(`CREATE CONSTRAINT ${l}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    out.push(`CREATE INDEX ${l}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  // `searchText` holds the name and every alias (full-text indexes take string properties only).
  out.push(`CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Person|State|Group|Meeting) ON EACH [n.name, n.searchText]`);
  return out;
}

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}

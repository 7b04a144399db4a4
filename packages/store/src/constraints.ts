// Uniqueness on `id` for every label, an index on `name`, and a full-text index over names and aliases.
// All statements are IF NOT EXISTS, and only those whose index or constraint is missing are run: a load
// into a database that has them all costs two reads, not one schema statement each.
import { NODE_TYPES } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";

export const FULLTEXT_INDEX = "entity_names";

interface SchemaStatement {
  /** The name of the constraint or index it creates. */
  name: string;
  cypher: string;
}

function statements(): SchemaStatement[] {
  const out: SchemaStatement[] = [];
  for (const label of NODE_TYPES) {
    const l = label.toLowerCase();
    out.push({ name: `${l}_id`, cypher: `CREATE CONSTRAINT ${l}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE` });
    out.push({ name: `${l}_name`, cypher: `CREATE INDEX ${l}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)` });
  }
  // `searchText` holds the name and every alias (full-text indexes take string properties only).
  out.push({
    name: FULLTEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Person|State|Group|Meeting) ON EACH [n.name, n.searchText]`,
  });
  return out;
}

export function schemaStatements(): string[] {
  return statements().map((s) => s.cypher);
}

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  // A constraint's backing index is listed by SHOW INDEXES under the constraint's name.
  const res = await driver.executeQuery("SHOW INDEXES YIELD name, state RETURN name, state", {}, { database });
  const have = new Map(res.records.map((r) => [r.get("name") as string, r.get("state") as string]));
  let created = 0;
  for (const s of statements()) {
    if (have.has(s.name)) continue;
    await driver.executeQuery(s.cypher, {}, { database });
    created++;
  }
  if (created || [...have.values()].some((state) => state !== "ONLINE")) await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}

// Where Neo4j is: NEO4J_URI and friends when set (Aura, a cluster, Docker), else the local server that
// `backchannel neo4j start` runs (started on demand for commands that need it).
import { resolveConnection, LauncherError } from "@backchannel/neo4j-local";
import { Store } from "@backchannel/store";

export async function openStore(opts: { start: boolean; log: (m: string) => void }): Promise<Store> {
  const conn = await resolveConnection({ start: opts.start, log: opts.log });
  if (!process.env.NEO4J_URI && conn.managed) opts.log(`using the local Neo4j at ${conn.uri}`);
  return Store.open(conn);
}

export { LauncherError };

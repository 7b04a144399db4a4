// Starts the test Neo4j once for the whole run, through the same launcher the CLI uses, on its own ports
// and data folder (never the user's database: tests wipe it), and stops it at the end.
import type { TestProject } from "vitest/node";
import { startLocalNeo4j, stopLocalNeo4j } from "@backchannel/neo4j-local";
import { join } from "node:path";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}

const dataDir = join(process.cwd(), ".backchannel", "test-neo4j");
const boltPort = Number(process.env.BACKCHANNEL_TEST_BOLT_PORT ?? 17687);
const httpPort = Number(process.env.BACKCHANNEL_TEST_HTTP_PORT ?? 17474);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (m: string) => process.stderr.write(`[test neo4j] ${m}\n`);
  const conn = await startLocalNeo4j({ dataDir, boltPort, httpPort, log });
  project.provide("neo4j", { uri: conn.uri, username: conn.username, password: conn.password, database: conn.database });
  return async () => {
    if (!conn.alreadyRunning) await stopLocalNeo4j({ dataDir, boltPort, httpPort, log });
  };
}

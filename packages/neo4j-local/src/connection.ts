import { existsSync } from "node:fs";
import { readConfiguredPorts } from "./conf.js";
import { LauncherError } from "./errors.js";
import { boltUri, resolveOptions, type LocalNeo4jOptions } from "./options.js";
import { readPassword, startLocalNeo4j, type Neo4jConnection } from "./server.js";

/** Connection settings from NEO4J_URI & co., or undefined when NEO4J_URI is not set. */
export function connectionFromEnv(env: Record<string, string | undefined> = process.env): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  // A forgotten password would otherwise surface later as a confusing authentication failure.
  if (env.NEO4J_PASSWORD === undefined) {
    throw new LauncherError(`NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not. Set it (see .env.example), or unset NEO4J_URI to use the local server.`);
  }
  return {
    uri,
    username: env.NEO4J_USERNAME || "neo4j",
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE || "neo4j",
    managed: false,
  };
}

/**
 * Where to find Neo4j. NEO4J_URI in the environment wins and nothing is ever started. Otherwise the
 * local server: started (or found running) when `start` is true, else just its URI and password,
 * which requires that it was started at least once.
 */
export async function resolveConnection(opts: LocalNeo4jOptions & { start?: boolean } = {}): Promise<Neo4jConnection> {
  const fromEnv = connectionFromEnv(opts.env ?? process.env);
  if (fromEnv) return fromEnv;
  if (opts.start) {
    const { uri, username, password, database, managed } = await startLocalNeo4j(opts);
    return { uri, username, password, database, managed };
  }
  const { paths, boltPort } = resolveOptions(opts);
  if (!existsSync(paths.passwordFile)) {
    throw new LauncherError(
      `No Neo4j configured: NEO4J_URI is not set and the local server in ${paths.dataDir} was never started.\n` +
        "Start the local server first, or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (see .env.example).",
    );
  }
  const port = readConfiguredPorts(paths.confFile).boltPort ?? boltPort;
  return { uri: boltUri(port), username: "neo4j", password: readPassword(paths.passwordFile), database: "neo4j", managed: true };
}

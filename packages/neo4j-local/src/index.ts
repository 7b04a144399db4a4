/**
 * @backchannel/neo4j-local: runs a real Neo4j Community server on 127.0.0.1 without Docker, from
 * Maven Central jars (resolved once with `mvn`), and tells callers how to connect to Neo4j.
 */
export { LauncherError } from "./errors.js";
export {
  DEFAULT_BOLT_PORT,
  DEFAULT_HTTP_PORT,
  DEFAULT_NEO4J_VERSION,
  findRepoRoot,
  resolveOptions,
  type LocalNeo4jOptions,
} from "./options.js";
export { renderNeo4jConf } from "./conf.js";
export { ensureNeo4jArtifacts, NEO4J_ARTIFACTS } from "./artifacts.js";
export {
  localNeo4jStatus,
  restartLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  type Neo4jConnection,
  type Neo4jStatus,
  type StartedNeo4j,
} from "./server.js";
export { connectionFromEnv, resolveConnection } from "./connection.js";
export { type ImportFiles, type ImportTimings, importArguments, importIntoLocalNeo4j } from "./import.js";

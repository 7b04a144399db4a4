import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { LauncherError } from "./errors.js";

/** Neo4j Community release resolved from Maven Central (5.26 is the LTS line). */
export const DEFAULT_NEO4J_VERSION = "5.26.30";
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
/** Generous: the first start on a slow laptop creates the system and neo4j databases. */
export const DEFAULT_START_TIMEOUT_MS = 180_000;

export interface LocalNeo4jOptions {
  /** Data folder (conf, databases, logs, password). Default `BACKCHANNEL_NEO4J_DIR`, else `<repoRoot>/.backchannel/neo4j`. */
  dataDir?: string;
  /** Repo root used for the default data folder. Default: nearest npm-workspaces root (or .git) above process.cwd(). */
  repoRoot?: string;
  /** Default `BACKCHANNEL_NEO4J_BOLT_PORT`, else 7687. */
  boltPort?: number;
  /** Default `BACKCHANNEL_NEO4J_HTTP_PORT`, else 7474. */
  httpPort?: number;
  /** Neo4j version on Maven Central. Default 5.26.30. */
  version?: string;
  /** JVM heap ceiling, e.g. "1g" (the initial heap is half of it). Default `BACKCHANNEL_NEO4J_HEAP`, else 1g. */
  heap?: string;
  /** Page cache (the store files kept in memory), e.g. "512m". Default `BACKCHANNEL_NEO4J_PAGECACHE`, else 512m. */
  pagecache?: string;
  /** How long `startLocalNeo4j` waits for Bolt to answer. Default 180 s. */
  startTimeoutMs?: number;
  /** Progress messages (resolving artifacts, starting...). Default: silent. */
  log?: (msg: string) => void;
  /**
   * Run once the server this call started answers, before the call returns (not when it was already
   * running): the CLI plans the loader's statements here (a warm-up). A failure is logged, not thrown.
   */
  afterStart?: (c: { uri: string; username: string; password: string; database: string }) => Promise<void>;
  /** Environment to read NEO4J_* / BACKCHANNEL_NEO4J_* from. Default `process.env` (tests pass their own). */
  env?: Record<string, string | undefined>;
}

export interface Paths {
  dataDir: string;
  confDir: string;
  confFile: string;
  /** Neo4j's own data directory (databases, transaction logs). */
  dbDir: string;
  logsDir: string;
  runDir: string;
  pluginsDir: string;
  importDir: string;
  pomFile: string;
  classpathFile: string;
  passwordFile: string;
  pidFile: string;
  lockFile: string;
  /** The JVM's stdout/stderr: config errors and crashes land here, not in neo4j.log. */
  consoleLog: string;
  neo4jLog: string;
}

export interface ResolvedOptions {
  boltPort: number;
  httpPort: number;
  memory: MemorySettings;
  version: string;
  startTimeoutMs: number;
  log: (msg: string) => void;
  env: Record<string, string | undefined>;
  paths: Paths;
}

/** Nearest directory at or above `from` that is an npm workspaces root, else one holding .git, else `from`. */
export function findRepoRoot(from: string = process.cwd()): string {
  let gitRoot: string | undefined;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { workspaces?: unknown }).workspaces) return dir;
      } catch {
        // An unreadable package.json is not a workspaces root; keep walking up.
      }
    }
    if (gitRoot === undefined && existsSync(join(dir, ".git"))) gitRoot = dir;
    if (dirname(dir) === dir) return gitRoot ?? resolve(from);
  }
}

function parsePort(value: number | string | undefined, what: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const port = typeof value === "number" ? value : Number(value.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LauncherError(`Invalid ${what}: ${JSON.stringify(value)} (expected a port number 1-65535).`);
  }
  return port;
}

export function pathsFor(dataDir: string, version: string): Paths {
  const logsDir = join(dataDir, "logs");
  return {
    dataDir,
    confDir: join(dataDir, "conf"),
    confFile: join(dataDir, "conf", "neo4j.conf"),
    dbDir: join(dataDir, "data"),
    logsDir,
    runDir: join(dataDir, "run"),
    pluginsDir: join(dataDir, "plugins"),
    importDir: join(dataDir, "import"),
    pomFile: join(dataDir, "pom.xml"),
    // Per version, so switching versions never reuses a stale classpath.
    classpathFile: join(dataDir, `classpath-${version}.txt`),
    passwordFile: join(dataDir, "password"),
    pidFile: join(dataDir, "neo4j.pid"),
    lockFile: join(dataDir, "start.lock"),
    consoleLog: join(logsDir, "console.log"),
    neo4jLog: join(logsDir, "neo4j.log"),
  };
}

/** Explicit options win over BACKCHANNEL_NEO4J_* environment variables, which win over defaults. */
export function resolveOptions(opts: LocalNeo4jOptions = {}): ResolvedOptions {
  const env = opts.env ?? process.env;
  const version = opts.version ?? DEFAULT_NEO4J_VERSION;
  // The version ends up in a pom.xml and in file names: accept plain release numbers only.
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new LauncherError(`Invalid Neo4j version ${JSON.stringify(version)} (expected e.g. 5.26.30).`);
  const dataDir = resolve(opts.dataDir ?? (env.BACKCHANNEL_NEO4J_DIR || join(opts.repoRoot ?? findRepoRoot(), ".backchannel", "neo4j")));
  const boltPort = parsePort(opts.boltPort ?? env.BACKCHANNEL_NEO4J_BOLT_PORT, "Bolt port (BACKCHANNEL_NEO4J_BOLT_PORT)", DEFAULT_BOLT_PORT);
  const httpPort = parsePort(opts.httpPort ?? env.BACKCHANNEL_NEO4J_HTTP_PORT, "HTTP port (BACKCHANNEL_NEO4J_HTTP_PORT)", DEFAULT_HTTP_PORT);
  if (boltPort === httpPort) throw new LauncherError(`The Bolt and HTTP ports must differ (both are ${boltPort}).`);
  const heap = parseSize(opts.heap ?? env.BACKCHANNEL_NEO4J_HEAP, "heap size (BACKCHANNEL_NEO4J_HEAP)", DEFAULT_HEAP);
  const pagecache = parseSize(opts.pagecache ?? env.BACKCHANNEL_NEO4J_PAGECACHE, "page cache size (BACKCHANNEL_NEO4J_PAGECACHE)", DEFAULT_PAGECACHE);
  return {
    boltPort,
    httpPort,
    memory: memorySettings(heap, pagecache),
    version,
    startTimeoutMs: opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    log: opts.log ?? (() => {}),
    env,
    paths: pathsFor(dataDir, version),
  };
}

export interface MemorySettings {
  heapInitial: string;
  heapMax: string;
  pagecache: string;
  /** db.memory.transaction.max: what one transaction may hold on the heap. */
  transactionMax: string;
  /** dbms.memory.transaction.total.max: what all transactions together may hold. */
  transactionTotalMax: string;
}

// Modest by default: this is a developer's graph of news articles next to an editor and a browser.
export const DEFAULT_HEAP = "1g";
export const DEFAULT_PAGECACHE = "512m";

/** Bytes in a JVM-style size ("512m", "2g", "1024k"); undefined when it is not one. */
function sizeBytes(value: string): number | undefined {
  const m = /^(\d+)([kmg])$/i.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * 1024 ** ("kmg".indexOf(m[2]!.toLowerCase()) + 1);
}

function parseSize(value: string | undefined, what: string, fallback: string): string {
  if (value === undefined || value === "") return fallback;
  const bytes = sizeBytes(value);
  if (bytes === undefined || bytes < 64 * 1024 ** 2) {
    throw new LauncherError(`Invalid ${what}: ${JSON.stringify(value)} (expected a size of at least 64m, like 512m or 2g).`);
  }
  return value.trim().toLowerCase();
}

function memorySettings(heap: string, pagecache: string): MemorySettings {
  // Half the ceiling up front: a small graph never needs more, a large load grows without a full GC first.
  const heapMb = Math.floor(sizeBytes(heap)! / 1024 ** 2);
  const initialMb = Math.max(64, Math.floor(heapMb / 2));
  // No query may take the JVM down with it: one transaction gets a quarter of the heap and all of them
  // together half, so Neo4j refuses the query (MemoryPoolOutOfMemoryError) long before the heap runs out.
  return {
    heapInitial: `${initialMb}m`,
    heapMax: heap,
    pagecache,
    transactionMax: `${Math.max(16, Math.floor(heapMb / 4))}m`,
    transactionTotalMax: `${Math.max(32, Math.floor(heapMb / 2))}m`,
  };
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

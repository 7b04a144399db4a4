import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { auth, driver as createDriver, Neo4jError } from "neo4j-driver";
import { prepareArtifacts } from "./artifacts.js";
import { jvmArgs, MAIN_CLASS, readConfiguredPorts, renderNeo4jConf } from "./conf.js";
import { LauncherError } from "./errors.js";
import { boltUri, resolveOptions, type LocalNeo4jOptions, type Paths, type ResolvedOptions } from "./options.js";
import { isAlive, isOurNeo4j, readPid, sleep, waitForExit } from "./process.js";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** True for the server this package runs locally; false for one given through NEO4J_URI. */
  managed: boolean;
}

export interface StartedNeo4j extends Neo4jConnection {
  pid: number;
  /** True when a server was already running for this data folder and nothing was started. */
  alreadyRunning: boolean;
  /** Server version as reported over Bolt, e.g. "5.26.30". */
  version: string;
  dataDir: string;
}

export interface Neo4jStatus {
  /** The process is alive and Bolt answers `RETURN 1`. */
  running: boolean;
  /** Set while the process is alive, even when Bolt does not answer (yet). */
  pid?: number;
  uri: string;
  dataDir: string;
  /** Reported by the server when running, else the configured version. */
  version: string;
  logFile: string;
}

const USERNAME = "neo4j";
const DATABASE = "neo4j";
const STOP_GRACE_MS = 60_000; // A clean shutdown checkpoints the store; give a big graph time.

// ---------------------------------------------------------------------------------------------
// Password

/** The generated password, created on first use with mode 0600 (the data folder is 0700 too). */
export function ensurePassword(passwordFile: string): string {
  if (!existsSync(passwordFile)) {
    // 24 random bytes → 32 URL-safe characters; Neo4j's minimum is 8.
    writeFileSync(passwordFile, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  }
  if ((statSync(passwordFile).mode & 0o077) !== 0) chmodSync(passwordFile, 0o600); // Someone loosened it.
  return readPassword(passwordFile);
}

export function readPassword(passwordFile: string): string {
  const password = existsSync(passwordFile) ? readFileSync(passwordFile, "utf8").trim() : "";
  if (!password) throw new LauncherError(`The password file ${passwordFile} is missing or empty.`);
  return password;
}

// ---------------------------------------------------------------------------------------------
// Talking to the server

// One attempt per call: our loop does the retrying and checks that the process is still alive in
// between (executeQuery would otherwise silently retry a refused connection for 30 s).
const PROBE_CONFIG = { connectionTimeout: 5_000, maxConnectionPoolSize: 1, maxTransactionRetryTime: 0 };

const codeOf = (e: unknown): string => (e instanceof Neo4jError ? e.code : "");

/** Runs `RETURN 1` and returns the server version ("5.26.30"). Throws the driver's error. */
async function ping(uri: string, password: string): Promise<string> {
  const d = createDriver(uri, auth.basic(USERNAME, password), PROBE_CONFIG);
  try {
    const { summary } = await d.executeQuery("RETURN 1 AS ok", {}, { database: DATABASE });
    return (summary.server.agent ?? "").replace(/^Neo4j\//, "");
  } finally {
    await d.close();
  }
}

/** First start: Neo4j ships with neo4j/neo4j, which must be changed before any other query is allowed. */
async function setInitialPassword(uri: string, password: string, p: Paths): Promise<void> {
  const d = createDriver(uri, auth.basic(USERNAME, "neo4j"), PROBE_CONFIG);
  try {
    await d.executeQuery("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", { password }, { database: "system" });
  } catch (e) {
    if (codeOf(e) !== "Neo.ClientError.Security.Unauthorized") throw e;
    throw new LauncherError(
      `Neo4j in ${p.dbDir} rejects the password in ${p.passwordFile}, and its initial password was already changed.\n` +
        `Restore the password file, or delete ${p.dbDir} to start over with an empty graph.`,
    );
  } finally {
    await d.close();
  }
}

/** Last non-blank lines of a log, optionally only what was written after byte `from` (this start). */
function tail(file: string, from = 0, lines = 20): string {
  try {
    const text = readFileSync(file).subarray(from).toString("utf8");
    return text
      .split("\n")
      .filter((l) => l.trim())
      .slice(-lines)
      .join("\n");
  } catch {
    return "";
  }
}

/** Log sizes before a start, so error excerpts show this start only (the logs are appended to). */
type LogMark = { console: number; neo4j: number };
const fileSize = (file: string): number => (existsSync(file) ? statSync(file).size : 0);
const markLogs = (p: Paths): LogMark => ({ console: fileSize(p.consoleLog), neo4j: fileSize(p.neo4jLog) });

/** Where to look when it goes wrong: the JVM's own output first (config errors, crashes), else neo4j.log. */
function logExcerpt(p: Paths, mark: LogMark = { console: 0, neo4j: 0 }): string {
  const text = tail(p.consoleLog, mark.console) || tail(p.neo4jLog, mark.neo4j);
  return `See ${p.consoleLog} and ${p.neo4jLog}${text ? `. Last lines:\n${text}` : "."}`;
}

/** Waits until Bolt answers with our password, setting it first if the server still has the default one. */
async function waitForBolt(o: ResolvedOptions, pid: number, uri: string, password: string, mark?: LogMark): Promise<string> {
  const deadline = Date.now() + o.startTimeoutMs;
  let needsInitialPassword = false; // Learnt from a first Unauthorized: the server still has neo4j/neo4j.
  let passwordSet = false;
  let lastError = "";
  for (;;) {
    if (!isAlive(pid)) throw new LauncherError(`Neo4j (pid ${pid}) exited during startup. ${logExcerpt(o.paths, mark)}`);
    try {
      if (needsInitialPassword) {
        await setInitialPassword(uri, password, o.paths);
        [needsInitialPassword, passwordSet] = [false, true];
      }
      return await ping(uri, password);
    } catch (e) {
      if (e instanceof LauncherError) throw e;
      lastError = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
      if (codeOf(e) === "Neo.ClientError.Security.Unauthorized" && !needsInitialPassword) {
        if (passwordSet) throw new LauncherError(`Neo4j at ${uri} rejects the password in ${o.paths.passwordFile}.`);
        needsInitialPassword = true;
        continue; // Without pausing: more failed logins would trip Neo4j's auth rate limit.
      }
      // Anything else (connection refused, databases still starting, auth rate limit) is worth a retry.
    }
    if (Date.now() > deadline) {
      throw new LauncherError(
        `Neo4j (pid ${pid}) did not answer on ${uri} within ${Math.round(o.startTimeoutMs / 1000)} s ` +
          `(last error: ${lastError}). ${logExcerpt(o.paths, mark)}`,
      );
    }
    // A failed probe costs a refused connection or one unavailable-database error; every start (a bulk
    // import's restart among them) waits half the interval on average past the moment Bolt answers.
    await sleep(150);
  }
}

// ---------------------------------------------------------------------------------------------
// Start / stop / status

async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const server = createServer();
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE"
          ? new LauncherError(
              `Port ${port} (${what}) on 127.0.0.1 is already in use, perhaps by another Neo4j (Docker?).\n` +
                `Stop it, set ${envVar} to a free port, or point NEO4J_URI/NEO4J_PASSWORD at that server instead.`,
            )
          : e,
      ),
    );
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolvePromise()));
  });
}

/**
 * Serialises starts for one data folder across processes (say the CLI and a test setup at once).
 * The lock file is created complete (link of a written file), so its pid is never read half-written.
 */
async function withStartLock<T>(o: ResolvedOptions, fn: () => Promise<T>): Promise<T> {
  const { lockFile } = o.paths;
  const mine = `${lockFile}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(mine, String(process.pid));
  const deadline = Date.now() + o.startTimeoutMs;
  try {
    for (;;) {
      try {
        linkSync(mine, lockFile);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const owner = readPid(lockFile);
      if (owner === undefined || !isAlive(owner)) {
        rmSync(lockFile, { force: true }); // Left by a crashed start.
        continue;
      }
      if (Date.now() > deadline) throw new LauncherError(`Another process (pid ${owner}) is starting Neo4j in ${o.paths.dataDir}.`);
      await sleep(250);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** Pid of our server for this data folder, if one is alive; clears a stale pid file. */
function runningPid(p: Paths): number | undefined {
  const pid = readPid(p.pidFile);
  if (pid !== undefined && isOurNeo4j(pid, p.dataDir)) return pid;
  rmSync(p.pidFile, { force: true });
  return undefined;
}

function connection(uri: string, password: string): Neo4jConnection {
  return { uri, username: USERNAME, password, database: DATABASE, managed: true };
}

async function alreadyRunning(o: ResolvedOptions, pid: number): Promise<StartedNeo4j> {
  // The running server listens where its conf says, whatever ports this call asked for.
  const port = readConfiguredPorts(o.paths.confFile).boltPort ?? o.boltPort;
  if (port !== o.boltPort) o.log(`Neo4j is already running on port ${port} (not ${o.boltPort}); using it.`);
  const uri = boltUri(port);
  const password = readPassword(o.paths.passwordFile);
  const version = await waitForBolt(o, pid, uri, password); // It may still be starting.
  return { ...connection(uri, password), pid, alreadyRunning: true, version, dataDir: o.paths.dataDir };
}

/**
 * Starts Neo4j detached (it outlives this process) and waits until Bolt answers. The first call
 * downloads the server with Maven and sets a generated password. No-op when already running.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<StartedNeo4j> {
  const o = resolveOptions(opts);
  const p = o.paths;
  mkdirSync(p.dataDir, { recursive: true, mode: 0o700 });
  // Even the already-running check happens under the lock: a server whose starter is still
  // waiting for it may not have its password set yet, and two starters must not both set it.
  return withStartLock(o, async () => {
    const existing = runningPid(p);
    if (existing !== undefined) return alreadyRunning(o, existing);

    const { javaBin, classpath } = await prepareArtifacts(o);
    await assertPortFree(o.boltPort, "Bolt", "BACKCHANNEL_NEO4J_BOLT_PORT");
    await assertPortFree(o.httpPort, "HTTP", "BACKCHANNEL_NEO4J_HTTP_PORT");
    for (const dir of [p.confDir, p.dbDir, p.logsDir, p.runDir, p.pluginsDir, p.importDir]) mkdirSync(dir, { recursive: true });
    const password = ensurePassword(p.passwordFile);
    writeFileSync(p.confFile, renderNeo4jConf(o));

    o.log(`Starting Neo4j ${o.version} (data in ${p.dataDir})...`);
    const mark = markLogs(p);
    const out = openSync(p.consoleLog, "a");
    const child = spawn(javaBin, [...jvmArgs(o.memory), MAIN_CLASS, "--home-dir", p.dataDir, "--config-dir", p.confDir], {
      cwd: p.dataDir,
      // Own process group and no pipes to us, so it survives the CLI exiting. The classpath goes
      // through the environment to keep `ps` readable (it is ~17 kB).
      detached: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, CLASSPATH: classpath },
    });
    closeSync(out);
    child.on("error", () => {}); // Reported below through the missing pid / dead process.
    child.unref();
    if (child.pid === undefined) throw new LauncherError(`Could not start ${javaBin}. ${logExcerpt(p, mark)}`);
    writeFileSync(p.pidFile, `${child.pid}\n`);

    const uri = boltUri(o.boltPort);
    let version: string;
    try {
      version = await waitForBolt(o, child.pid, uri, password, mark);
    } catch (e) {
      // Do not leave a half-started server behind that the next start would mistake for a good one.
      await terminate(child.pid, o);
      rmSync(p.pidFile, { force: true });
      throw e;
    }
    o.log(`Neo4j ${version} is up at ${uri}.`);
    if (opts.afterStart) {
      try {
        await opts.afterStart(connection(uri, password));
      } catch (e) {
        o.log(`After starting Neo4j: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      }
    }
    return { ...connection(uri, password), pid: child.pid, alreadyRunning: false, version, dataDir: p.dataDir };
  });
}

async function terminate(pid: number, o: ResolvedOptions): Promise<void> {
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM"); // Neo4j's shutdown hook checkpoints and closes the stores.
  if (await waitForExit(pid, STOP_GRACE_MS)) return;
  o.log(`Neo4j did not stop within ${STOP_GRACE_MS / 1000} s; killing it.`);
  signal("SIGKILL");
  await waitForExit(pid, 10_000);
}

/** Stops the server cleanly (SIGTERM, then SIGKILL after 60 s). `stopped` is false when none was running. */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<{ stopped: boolean }> {
  const o = resolveOptions(opts);
  const pid = runningPid(o.paths);
  if (pid === undefined) return { stopped: false };
  o.log(`Stopping Neo4j (pid ${pid})...`);
  await terminate(pid, o);
  rmSync(o.paths.pidFile, { force: true });
  return { stopped: true };
}

/**
 * Stops the local server and starts it again (with `opts.afterStart`): what frees a core that a query
 * keeps busy inside one expression, which neither Neo4j's timeout nor `TERMINATE TRANSACTIONS` stops
 * (the server's query watchdog calls it). Starts the server when none was running.
 */
export async function restartLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<StartedNeo4j> {
  await stopLocalNeo4j(opts);
  return startLocalNeo4j(opts);
}

export async function localNeo4jStatus(opts: LocalNeo4jOptions = {}): Promise<Neo4jStatus> {
  const o = resolveOptions(opts);
  const p = o.paths;
  const pid = runningPid(p);
  const uri = boltUri(pid !== undefined ? (readConfiguredPorts(p.confFile).boltPort ?? o.boltPort) : o.boltPort);
  const base = { uri, dataDir: p.dataDir, version: o.version, logFile: p.neo4jLog };
  if (pid === undefined) return { running: false, ...base };
  try {
    const version = await ping(uri, readPassword(p.passwordFile));
    return { running: true, pid, ...base, version: version || o.version };
  } catch {
    return { running: false, pid, ...base };
  }
}

// Real Neo4j, no mocks: starts the server on free ports in a temp data folder, then stops it.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { connect, createServer } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { auth, driver as createDriver } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { ensureNeo4jArtifacts, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from "../src/index.js";
import { isAlive } from "../src/process.js";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Local addresses of LISTEN sockets on `port`, from /proc/net/tcp{,6} (hex, as the kernel stores them). */
function listenAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === "0A")
      .map((f) => f[1]!.split(":")[0]!),
  );
}

const LOOPBACK_V4 = "0100007F"; // 127.0.0.1, little-endian
const LOOPBACK_V4_MAPPED = "0000000000000000FFFF00000100007F"; // ::ffff:127.0.0.1

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), "neo4j-local-it-"));
const opts: LocalNeo4jOptions = { dataDir, env: {}, log: (m) => console.log(`[neo4j-local] ${m}`) };

afterAll(async () => {
  await stopLocalNeo4j(opts).catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe("local Neo4j server", () => {
  it("starts on loopback with a generated password, is idempotent, and stops", async () => {
    opts.boltPort = await freePort();
    opts.httpPort = await freePort();

    // Resolving is timed apart: a new data folder runs `mvn -o` once to rebuild its classpath file.
    let t = Date.now();
    await ensureNeo4jArtifacts(opts);
    console.log(`[neo4j-local] ensureNeo4jArtifacts took ${Date.now() - t} ms`);

    // Two concurrent starts (say the CLI and a test setup): one starts the server, the other waits
    // for it on the lock and finds it running.
    t = Date.now();
    const [first, second] = await Promise.all([startLocalNeo4j(opts), startLocalNeo4j(opts)]);
    console.log(`[neo4j-local] start took ${Date.now() - t} ms (pid ${first.pid})`);
    expect([first.alreadyRunning, second.alreadyRunning].sort()).toEqual([false, true]);
    expect(second.pid).toBe(first.pid);
    const started = first.alreadyRunning ? second : first;
    expect(started).toMatchObject({ uri: `bolt://127.0.0.1:${opts.boltPort}`, username: "neo4j", database: "neo4j", managed: true, alreadyRunning: false });
    expect(started.version).toMatch(/^5\.26\./);

    // The password lives in a file only the user can read, and it is the one the server accepts.
    const passwordFile = join(dataDir, "password");
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, "utf8").trim();
    expect(password).toBe(started.password);
    expect(password.length).toBeGreaterThanOrEqual(24);
    const d = createDriver(started.uri, auth.basic("neo4j", password));
    try {
      const { records } = await d.executeQuery("RETURN 1 AS one", {}, { database: "neo4j" });
      expect(records[0]?.get("one").toNumber()).toBe(1);
    } finally {
      await d.close();
    }

    // Bound to 127.0.0.1 only: the kernel lists loopback as the only listen address, and a
    // non-loopback address of this machine (if it has one) refuses the connection.
    for (const port of [opts.boltPort, opts.httpPort]) {
      const addresses = listenAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) expect([LOOPBACK_V4, LOOPBACK_V4_MAPPED]).toContain(a);
    }
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal);
    if (external) expect(await canConnect(external.address, opts.boltPort)).toBe(false);
    expect(await canConnect("127.0.0.1", opts.boltPort)).toBe(true);

    const status = await localNeo4jStatus(opts);
    expect(status).toMatchObject({ running: true, pid: started.pid, uri: started.uri, dataDir });

    const again = await startLocalNeo4j(opts);
    expect(again).toMatchObject({ alreadyRunning: true, pid: started.pid, uri: started.uri, password });

    t = Date.now();
    expect(await stopLocalNeo4j(opts)).toEqual({ stopped: true });
    console.log(`[neo4j-local] stop took ${Date.now() - t} ms`);
    expect(existsSync(join(dataDir, "neo4j.pid"))).toBe(false);
    // isAlive, not kill(pid, 0): the JVM is this test process's child and may linger as a zombie
    // until Node reaps it.
    expect(isAlive(started.pid)).toBe(false);
    const after = await localNeo4jStatus(opts);
    expect([after.running, after.pid]).toEqual([false, undefined]);
    expect(await stopLocalNeo4j(opts)).toEqual({ stopped: false });
  }, 600_000);
});

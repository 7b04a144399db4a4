// Issue 13: a query looping inside one expression outlives its timeout. Neo4j checks timeouts and
// TERMINATE TRANSACTIONS between rows only, so after the API's 504 the transaction keeps a core busy.
// `backchannel serve` (the built CLI, as a user runs it) against the test Neo4j as "the local Neo4j":
// its watchdog restarts that server, the API answers 503 meanwhile and recovers. With NEO4J_URI set,
// the same server only reports the query and never restarts a Neo4j it does not run.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const repoRoot = join(__dirname, "../../../..");
const bin = join(repoRoot, "packages/cli/bin/backchannel.js");
const dataDir = join(repoRoot, ".backchannel/test-neo4j");
const pidOfNeo4j = () => Number(readFileSync(join(dataDir, "neo4j.pid"), "utf8").trim());
/** Runs for ever (quadratic string building over 100 million steps). */
const LOOPING = 'RETURN size(reduce(s = "", x IN range(1, 100000000) | s + "x")) AS n';
/** The same for the server that must not restart Neo4j: the restart of the next test ends it. */
const LOOPING_REMOTE = 'RETURN size(reduce(s = "", x IN range(1, 100000000) | s + "x")) AS remote';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Serving {
  url: string;
  child: ChildProcess;
  stderr: () => string;
}

async function serve(env: NodeJS.ProcessEnv): Promise<Serving> {
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--query-timeout", "3000"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (d) => {
    stderr += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      stdout += String(d);
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (m) resolve(m[0]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { url, child, stderr: () => stderr };
}

async function stop(s: Serving | undefined): Promise<void> {
  if (!s || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGINT");
  await exited;
}

const post = (s: Serving, cypher: string) =>
  fetch(`${s.url}api/query`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cypher }) });

/** Transactions Neo4j lists for `cypher` (a fresh driver each time: the server may have restarted). */
async function transactionsOf(cypher: string): Promise<{ id: string; status: string }[]> {
  const c = inject("neo4j");
  const driver: Driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
  try {
    const res = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD transactionId, status, currentQuery WHERE currentQuery = $cypher RETURN transactionId, status",
      { cypher },
      { database: c.database },
    );
    return res.records.map((r) => ({ id: String(r.get("transactionId")), status: String(r.get("status")) }));
  } finally {
    await driver.close();
  }
}

/** The health answers seen until one is 200 (or the deadline passes). */
async function healthUntilOk(s: Serving, ms: number): Promise<{ status: number; error?: string }[]> {
  const seen: { status: number; error?: string }[] = [];
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    const r = await fetch(`${s.url}api/health`).catch(() => undefined);
    const body = r ? ((await r.json().catch(() => ({}))) as { error?: string }) : {};
    seen.push({ status: r?.status ?? 0, ...(body.error ? { error: body.error } : {}) });
    if (r?.status === 200 && seen.some((h) => h.status === 503)) return seen;
    await sleep(250);
  }
  return seen;
}

const testEnv = (): NodeJS.ProcessEnv => {
  // The test server's folder and ports (scripts/test-global-setup.ts): found running, never started anew.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BACKCHANNEL_NEO4J_DIR: dataDir,
    BACKCHANNEL_NEO4J_BOLT_PORT: new URL(inject("neo4j").uri).port,
    BACKCHANNEL_NEO4J_HTTP_PORT: process.env.BACKCHANNEL_TEST_HTTP_PORT ?? "17474",
  };
  delete env.NEO4J_URI;
  return env;
};

describe("the query watchdog of `backchannel serve`", () => {
  let remote: Serving | undefined;
  let local: Serving | undefined;
  afterAll(async () => {
    await stop(remote);
    await stop(local);
  }, 120_000);

  describe("with NEO4J_URI set", () => {
    beforeAll(async () => {
      const c = inject("neo4j");
      remote = await serve({ ...testEnv(), NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password });
    }, 120_000);

    it("reports a query that outlives its timeout and never restarts that Neo4j", async () => {
      const pid = pidOfNeo4j();
      expect((await post(remote!, "RETURN 1 AS one")).status).toBe(200); // planner warm: the 504 below is the loop's
      expect((await post(remote!, LOOPING_REMOTE)).status).toBe(504);
      expect(await transactionsOf(LOOPING_REMOTE)).toHaveLength(1);
      // The grace (5 s) and the terminate check (2 s) pass while Neo4j is still looping.
      const deadline = performance.now() + 30_000;
      while (!remote!.stderr().includes("query watchdog") && performance.now() < deadline) await sleep(250);
      expect(remote!.stderr()).toMatch(/query watchdog: a query is still running .* TERMINATE TRANSACTIONS did not stop it/);
      expect(remote!.stderr()).toContain("never one given through NEO4J_URI");
      expect(remote!.stderr()).not.toContain("Restarting");
      expect(pidOfNeo4j()).toBe(pid);
      expect((await fetch(`${remote!.url}api/health`)).status).toBe(200);
    }, 60_000);
  });

  describe("serving the local Neo4j", () => {
    beforeAll(async () => {
      await stop(remote);
      local = await serve(testEnv());
    }, 120_000);

    it("restarts it when a query keeps running after its 504, answering 503 meanwhile, and serves again", async () => {
      const pid = pidOfNeo4j();
      expect((await post(local!, "RETURN 1 AS one")).status).toBe(200);
      const t0 = Date.now();
      const r = await post(local!, LOOPING);
      expect(r.status).toBe(504);
      expect(Date.now() - t0).toBeLessThan(10_000);
      // The problem itself: after the 504 Neo4j still runs the transaction, marked terminated by its timeout.
      const running = await transactionsOf(LOOPING);
      expect(running).toHaveLength(1);
      expect(running[0]!.status).toMatch(/Terminated/);
      await sleep(2_000);
      expect(await transactionsOf(LOOPING)).toHaveLength(1);

      const seen = await healthUntilOk(local!, 180_000);
      const restarting = seen.filter((h) => h.status === 503);
      expect(restarting.length, JSON.stringify(seen)).toBeGreaterThan(0);
      expect(restarting[0]!.error).toMatch(/restarting/);
      expect(seen.at(-1)!.status, local!.stderr()).toBe(200);
      expect(local!.stderr()).toMatch(/Restarting the local Neo4j to free the core/);
      expect(local!.stderr()).toMatch(/the local Neo4j is back after/);

      expect(pidOfNeo4j()).not.toBe(pid);
      expect(await transactionsOf(LOOPING)).toEqual([]);
      expect(await transactionsOf(LOOPING_REMOTE)).toEqual([]);
      const again = await post(local!, "RETURN 1 AS one");
      expect(again.status).toBe(200);
      expect(((await again.json()) as { rows: unknown[][] }).rows).toEqual([[1]]);
      expect((await fetch(`${local!.url}api/info`)).status).toBe(200);
    }, 240_000);
  });
});

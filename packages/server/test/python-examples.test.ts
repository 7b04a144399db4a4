// The Python route of the README, run for real: docs/examples/python's scripts with the official neo4j
// driver against the test Neo4j, and with pandas against this server's /api/query, on the seeds' graph.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphJson } from "@backchannel/schema";
import { startServer, type RunningServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";

const root = join(__dirname, "../../..");
const python = join(root, ".backchannel/python/bin/python");
const examples = join(root, "docs/examples/python");
const graph = JSON.parse(readFileSync(join(__dirname, "fixtures/seeds.graph.json"), "utf8")) as GraphJson;

/** Runs an example without blocking this process: the server it may call lives in it. */
async function runPython(script: string, env: Record<string, string>): Promise<Record<string, unknown>[]> {
  const { stdout: out } = await promisify(execFile)(python, [join(examples, script)], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
  return script === "api_to_pandas.py"
    ? (JSON.parse(out) as Record<string, unknown>[])
    : out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("the Python examples", () => {
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    // the examples' virtualenv (pinned neo4j and pandas from PyPI); .ci/run makes it first, this is a no-op then
    execFileSync("bash", [join(root, "scripts/install-python.sh")], { stdio: "inherit", timeout: 300_000 });
    store = await Store.open(inject("neo4j"));
    await wipeDatabase(store);
    await store.load(graph);
    server = await startServer({ port: 0, store });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it("read the mediators from Neo4j with the official driver and the NEO4J_* settings", async () => {
    const { uri, username, password, database } = inject("neo4j");
    const rows = await runPython("neo4j_mediators.py", { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_DATABASE: database });
    const expected = graph.edges.filter((e) => e.attributes.type === "MEDIATES").length;
    expect(rows.length).toBe(Math.min(expected, 50));
    expect(rows.map((r) => r.mediator)).toContain("Qatar");
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(["kind", "mediates", "mediator", "sightings"]);
  });

  it("read /api/query into a pandas DataFrame, without the Neo4j password", async () => {
    const rows = await runPython("api_to_pandas.py", { BACKCHANNEL_URL: server.url, NEO4J_PASSWORD: "" });
    // each MEETS relationship once (the undirected pattern, ordered by element id)
    expect(rows.length).toBe(graph.edges.filter((e) => e.attributes.type === "MEETS").length);
    expect(Object.keys(rows[0]!).sort()).toEqual(["actor", "met", "sightings"]);
    expect(rows.every((r) => typeof r.sightings === "number" && (r.sightings as number) >= 1)).toBe(true);
  });
});

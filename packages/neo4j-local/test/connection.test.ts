import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderNeo4jConf } from "../src/conf.js";
import { resolveConnection } from "../src/connection.js";
import { LauncherError } from "../src/errors.js";
import { resolveOptions } from "../src/options.js";

const tmp = mkdtempSync(join(tmpdir(), "neo4j-local-conn-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("resolveConnection", () => {
  it("uses NEO4J_* from the environment with defaults, and never starts anything", async () => {
    const dataDir = join(tmp, "never-created");
    const env = { NEO4J_URI: "neo4j://db.example:7687", NEO4J_PASSWORD: "pw" };
    const c = await resolveConnection({ env, dataDir, start: true });
    expect(c).toEqual({ uri: "neo4j://db.example:7687", username: "neo4j", password: "pw", database: "neo4j", managed: false });
    expect(existsSync(dataDir)).toBe(false);
  });

  it("honours NEO4J_USERNAME and NEO4J_DATABASE", async () => {
    const env = { NEO4J_URI: "bolt://127.0.0.1:7687", NEO4J_USERNAME: "alice", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "news" };
    expect(await resolveConnection({ env })).toMatchObject({ username: "alice", database: "news", managed: false });
  });

  it("refuses NEO4J_URI without NEO4J_PASSWORD", async () => {
    await expect(resolveConnection({ env: { NEO4J_URI: "bolt://127.0.0.1:7687" } })).rejects.toThrow(LauncherError);
  });

  it("explains what to do when nothing is configured", async () => {
    await expect(resolveConnection({ env: {}, dataDir: join(tmp, "empty") })).rejects.toThrow(/NEO4J_URI is not set/);
  });

  it("returns the local server's URI (from its conf) and password file without starting it", async () => {
    const o = resolveOptions({ dataDir: join(tmp, "local"), boltPort: 17100, httpPort: 17101, env: {} });
    mkdirSync(o.paths.confDir, { recursive: true });
    writeFileSync(o.paths.confFile, renderNeo4jConf(o));
    writeFileSync(o.paths.passwordFile, "secret-password\n", { mode: 0o600 });
    const c = await resolveConnection({ env: {}, dataDir: o.paths.dataDir });
    expect(c).toEqual({ uri: "bolt://127.0.0.1:17100", username: "neo4j", password: "secret-password", database: "neo4j", managed: true });
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseJavaMajor, renderPom } from "../src/artifacts.js";
import { jvmArgs, readConfiguredPorts, renderNeo4jConf } from "../src/conf.js";
import { LauncherError } from "../src/errors.js";
import { findRepoRoot, resolveOptions } from "../src/options.js";

const tmp = mkdtempSync(join(tmpdir(), "neo4j-local-conf-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Settings as a map, ignoring comments; duplicate keys would be a bug, so they fail the test. */
function settings(conf: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of conf.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    const key = line.slice(0, eq);
    expect(map.has(key), `duplicate ${key}`).toBe(false);
    map.set(key, line.slice(eq + 1));
  }
  return map;
}

describe("renderNeo4jConf", () => {
  const o = resolveOptions({ dataDir: join(tmp, "data dir"), boltPort: 17001, httpPort: 17002, env: {} });
  const conf = renderNeo4jConf(o);
  const s = settings(conf);

  it("listens on loopback only, on the configured ports, without https", () => {
    expect(s.get("server.default_listen_address")).toBe("127.0.0.1");
    expect(s.get("server.bolt.listen_address")).toBe("127.0.0.1:17001");
    expect(s.get("server.http.listen_address")).toBe("127.0.0.1:17002");
    expect(s.get("server.https.enabled")).toBe("false");
  });

  it("keeps every directory under the data folder", () => {
    for (const key of ["data", "logs", "run", "plugins", "import"]) {
      expect(s.get(`server.directories.${key}`)).toBe(join(tmp, "data dir", key === "data" ? "data" : key));
    }
  });

  it("is locked down: no file CSV import, no usage reports, no unrestricted procedures, modest memory", () => {
    expect(s.get("dbms.security.allow_csv_import_from_file_urls")).toBe("false");
    expect(s.get("dbms.usage_report.enabled")).toBe("false");
    expect([...s.keys()].filter((k) => k.startsWith("dbms.security.procedures"))).toEqual([]);
    expect(s.has("dbms.security.auth_enabled")).toBe(false); // default: on
    expect(s.get("server.memory.heap.max_size")).toBe("1g");
    expect(s.get("server.memory.pagecache.size")).toBe("512m");
  });

  it("takes heap and page cache from options or the environment, and the JVM flags agree with the conf", () => {
    const big = resolveOptions({ dataDir: tmp, env: { BACKCHANNEL_NEO4J_HEAP: "4G", BACKCHANNEL_NEO4J_PAGECACHE: "2g" } });
    expect(big.memory).toEqual({ heapInitial: "2048m", heapMax: "4g", pagecache: "2g", transactionMax: "1024m", transactionTotalMax: "2048m" });
    const conf = settings(renderNeo4jConf(big));
    expect(conf.get("server.memory.heap.initial_size")).toBe("2048m");
    expect(jvmArgs(big.memory).slice(0, 2)).toEqual(["-Xms2048m", "-Xmx4g"]);
    expect(resolveOptions({ dataDir: tmp, heap: "768m", env: { BACKCHANNEL_NEO4J_HEAP: "4g" } }).memory.heapMax).toBe("768m");
  });

  it("refuses a size that is not one, or too small to run Neo4j, naming the variable", () => {
    for (const bad of ["lots", "512", "1.5g", "16m", "-1g"]) {
      expect(() => resolveOptions({ dataDir: tmp, env: { BACKCHANNEL_NEO4J_PAGECACHE: bad } })).toThrow(/BACKCHANNEL_NEO4J_PAGECACHE/);
    }
    expect(() => resolveOptions({ dataDir: tmp, heap: "1t", env: {} })).toThrow(LauncherError);
  });

  it("caps what one query and all queries may hold well under the heap, and lets Neo4j survive an OutOfMemoryError", () => {
    // Issue 13: RETURN size([x IN range(1, 300000000) | x]) killed the JVM (ExitOnOutOfMemoryError) in 2 s.
    expect(s.get("db.memory.transaction.max")).toBe("256m");
    expect(s.get("dbms.memory.transaction.total.max")).toBe("512m");
    expect(jvmArgs(o.memory)).not.toContain("-XX:+ExitOnOutOfMemoryError");
    const small = resolveOptions({ dataDir: tmp, heap: "256m", env: {} }).memory;
    expect(small.transactionMax).toBe("64m");
  });

  it("round-trips the ports through readConfiguredPorts", () => {
    const file = join(tmp, "neo4j.conf");
    writeFileSync(file, conf);
    expect(readConfiguredPorts(file)).toEqual({ boltPort: 17001, httpPort: 17002 });
    expect(readConfiguredPorts(join(tmp, "missing.conf"))).toEqual({});
  });
});

describe("resolveOptions", () => {
  it("defaults to <repoRoot>/.backchannel/neo4j and the standard ports", () => {
    const o = resolveOptions({ repoRoot: "/repo", env: {} });
    expect(o.paths.dataDir).toBe("/repo/.backchannel/neo4j");
    expect(o.paths.passwordFile).toBe("/repo/.backchannel/neo4j/password");
    expect([o.boltPort, o.httpPort, o.version]).toEqual([7687, 7474, "5.26.30"]);
  });

  it("reads BACKCHANNEL_NEO4J_* overrides, and explicit options win over them", () => {
    const env = { BACKCHANNEL_NEO4J_DIR: "/elsewhere", BACKCHANNEL_NEO4J_BOLT_PORT: "17687", BACKCHANNEL_NEO4J_HTTP_PORT: "17474" };
    const fromEnv = resolveOptions({ repoRoot: "/repo", env });
    expect([fromEnv.paths.dataDir, fromEnv.boltPort, fromEnv.httpPort]).toEqual(["/elsewhere", 17687, 17474]);
    const explicit = resolveOptions({ dataDir: "/mine", boltPort: 1234, env });
    expect([explicit.paths.dataDir, explicit.boltPort, explicit.httpPort]).toEqual(["/mine", 1234, 17474]);
  });

  it("rejects bad ports and versions with a LauncherError", () => {
    expect(() => resolveOptions({ env: { BACKCHANNEL_NEO4J_BOLT_PORT: "abc" } })).toThrow(LauncherError);
    expect(() => resolveOptions({ boltPort: 70000, env: {} })).toThrow(/port number/);
    expect(() => resolveOptions({ boltPort: 7000, httpPort: 7000, env: {} })).toThrow(/must differ/);
    expect(() => resolveOptions({ version: "5.26</version>", env: {} })).toThrow(LauncherError);
  });
});

describe("findRepoRoot", () => {
  it("finds the nearest npm workspaces root above a nested directory", () => {
    const root = join(tmp, "repo");
    mkdirSync(join(root, "packages", "a", "src"), { recursive: true });
    writeFileSync(join(root, "package.json"), JSON.stringify({ workspaces: ["packages/a"] }));
    writeFileSync(join(root, "packages", "a", "package.json"), JSON.stringify({ name: "a" }));
    expect(findRepoRoot(join(root, "packages", "a", "src"))).toBe(root);
  });
});

describe("artifacts helpers", () => {
  it("parses java -version output", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajor("nonsense")).toBeUndefined();
  });

  it("generates a pom with both server artifacts and a pinned dependency plugin", () => {
    const pom = renderPom("5.26.30");
    expect(pom).toContain("<groupId>org.neo4j</groupId>\n      <artifactId>neo4j</artifactId>\n      <version>5.26.30</version>");
    expect(pom).toContain("<groupId>org.neo4j.app</groupId>\n      <artifactId>neo4j-server</artifactId>");
    expect(pom).toMatch(/<artifactId>maven-dependency-plugin<\/artifactId>\s*<version>3\.\d+\.\d+<\/version>/);
  });
});

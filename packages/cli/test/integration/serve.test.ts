// `backchannel serve` as a user runs it (the built CLI, in a child process) against the test Neo4j,
// used as "the local Neo4j": Ctrl-C stops the server and says that Neo4j keeps running.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

const repoRoot = join(__dirname, "../../../..");
const bin = join(repoRoot, "packages/cli/bin/backchannel.js");

describe("backchannel serve", () => {
  it("serves the API from the local Neo4j, and on Ctrl-C says the local Neo4j keeps running and how to stop it", async () => {
    // The test server's folder and ports (scripts/test-global-setup.ts): found running, never started anew.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BACKCHANNEL_NEO4J_DIR: join(repoRoot, ".backchannel/test-neo4j"),
      BACKCHANNEL_NEO4J_BOLT_PORT: new URL(inject("neo4j").uri).port,
      BACKCHANNEL_NEO4J_HTTP_PORT: process.env.BACKCHANNEL_TEST_HTTP_PORT ?? "17474",
    };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, [bin, "serve", "--port", "0"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        stdout += String(d);
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (m) resolve(m[0]);
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const info = (await (await fetch(`${url}api/info`)).json()) as { mode: string };
    expect(info.mode).toBe("neo4j");
    expect(stderr).toContain(`using the local Neo4j at ${inject("neo4j").uri}`);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stderr).toContain("The local Neo4j keeps running; `npx backchannel neo4j stop` stops it.");
  });
});

// The command line's conventions, run in-process: usage and help from the command table, the version,
// and every mistake in the arguments refused with the project's own message before anything connects.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../src/commands.js";
import { main, version } from "../src/main.js";

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  // Nothing listens here: a command that got as far as connecting would fail with "cannot reach Neo4j".
  vi.stubEnv("NEO4J_URI", "bolt://127.0.0.1:9");
  vi.stubEnv("NEO4J_PASSWORD", "not-used");
  vi.stubEnv("BACKCHANNEL_RETRY_SECONDS", "0");
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("usage and help", () => {
  it("lists every command of the table, and prints it on stdout when asked", async () => {
    expect(await main(["--help"])).toBe(0);
    for (const c of COMMANDS) expect(out).toContain(`backchannel ${c.name}`);
    expect(err).toBe("");
  });
  it("gives every command a --help with each of its options", async () => {
    for (const c of COMMANDS) {
      out = "";
      expect(await main([c.name, "--help"])).toBe(0);
      expect(out).toMatch(new RegExp(`^usage: backchannel ${c.name}`));
      for (const o of Object.keys(c.options)) expect(out, `${c.name} --${o}`).toContain(`--${o}`);
    }
    out = "";
    expect(await main(["help", "demands"])).toBe(0);
    expect(out).toContain("--by");
  });
  it("prints the version", async () => {
    expect(await main(["--version"])).toBe(0);
    expect(out).toBe(`backchannel ${version()}\n`);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it("without a command, prints the usage on stderr and exits 2", async () => {
    expect(await main([])).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Usage:");
  });
});

describe("mistakes are refused before connecting, with the command's usage on stderr", () => {
  const cases: [string[], RegExp][] = [
    [["bogus"], /unknown command "bogus"/],
    [["query", "RETURN 1", "--limit", "abc"], /--limit needs a whole number of at least 1 \(got "abc"\)/],
    [["query", "RETURN 1", "--timeout=-5"], /--timeout needs a whole number from 1 to 600000/],
    // Issue 13: past 2^31 ms Node's timer fired at once and the query stopped before it began.
    [["query", "RETURN 1", "--timeout", "99999999999"], /--timeout needs a whole number from 1 to 600000/],
    [["query", "RETURN 1", "--format", "xml"], /--format must be table, json, csv/],
    [["query", "RETURN 1", "--param", "=5"], /--param expects name=value/],
    [["query"], /query takes 1 argument \(<cypher>\), got 0/],
    [["extract", "seeds", "--max-file-bytes", "abc"], /--max-file-bytes needs a whole number/],
    [["extract", "seeds", "--bogus"], /extract has no option --bogus/],
    [["extract", "seeds", "--refetch"], /--refetch needs --fetch/],
    [["build", "seeds", "--cache-dir", "/tmp/pages"], /--cache-dir needs --fetch/],
    [["watch", "inbox", "--refetch"], /--refetch needs --fetch/],
    [["watch", "inbox", "--fetch", "--fetch-timeout", "0"], /--fetch-timeout needs a number from 0.1 to 600/],
    [["extract", "seeds", "--fetch", "--fetch-timeout", "0"], /--fetch-timeout needs a number from 0.1 to 600 \(got "0"\)/],
    [["extract", "seeds", "--fetch", "--fetch-timeout", "soon"], /--fetch-timeout needs a number from 0.1 to 600/],
    [["load", "a.json", "--batch-size", "1.5"], /--batch-size needs a whole number/],
    [["serve", "--port", "70000"], /--port needs a whole number from 0 to 65535/],
    [["serve", "--open=yes"], /--open takes no value/],
    [["demands", "Hamas", "--by", "--of"], /--by and --of cannot be used together/],
    [["demands"], /demands takes 1 argument/],
    [["mediators", "Qatar"], /needs two names/],
    [["mediators", "--meeting", "Doha talks", "--between", "a", "b"], /--meeting and --between cannot be used together/],
    [["path", "Burns"], /path takes 2 arguments/],
    [["neo4j", "restart"], /neo4j needs start, stop, status or fetch/],
    [["met", "Qatar", "--since", "2024-13-01"], /--since needs a date YYYY-MM-DD \(got "2024-13-01"\)/],
    [["timeline", "Qatar", "--since", "2024-05-01", "--until", "2024-01-01"], /--until 2024-01-01 is before --since 2024-05-01/],
    [["mediators", "--between", "Israel", "Hamas", "--until", "May"], /--until needs a date/],
    [["changes", "--from", "2024-05-01"], /changes needs --to YYYY-MM-DD/],
    [["changes", "--to", "2024-05-01"], /changes needs --from YYYY-MM-DD/],
    [["changes", "--from", "2024-05-01", "--to", "2024-04-01"], /--to 2024-04-01 is before --from 2024-05-01/],
    [["changes", "a", "b", "--from", "2024-05-01", "--to", "2024-06-01"], /changes takes 0 to 1 arguments/],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(" "), async () => {
      expect(await main(argv)).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(message);
      expect(err).toMatch(/usage: backchannel|Usage:/);
      expect(err).not.toMatch(/cannot reach Neo4j|ERR_PARSE_ARGS/);
    });
  }
  it("while well-formed arguments do get as far as connecting", async () => {
    await expect(main(["demands", "Hamas", "--by"])).rejects.toThrow(/cannot reach Neo4j/);
  });
});

// The command table: every command of `backchannel`, its arguments, options and what runs it.
// Usage, `<command> --help`, parsing and dispatch all read it.
import { MAX_TIMEOUT_MS } from "@backchannel/store";
import { UsageError } from "./args.js";
import { runBuild, runExtract, runLoad, runNeo4j, runQuery, runServe, runWatch } from "./run-commands.js";
import { runBrokers, runCommunities } from "./run-analysis.js";
import { factLookup, runChanges, runPaths } from "./run-lookups.js";
import type { CommandSpec, OptionSpec } from "./types.js";

const FORMAT: OptionSpec = { kind: "string", short: "f", value: "table|json|csv", choices: ["table", "json", "csv"], help: "output format (default table)" };
const BULK: OptionSpec = {
  kind: "flag",
  help: "first load through neo4j-admin import, replacing the local database (the default when it is empty; not with NEO4J_URI)",
};
const OUT: OptionSpec = { kind: "string", short: "o", value: "FILE", help: "where to write graph.json" };
const MAX_FILE_BYTES: OptionSpec = { kind: "number", integer: true, min: 1, value: "N", help: "skip files larger than N bytes (default 5 MB)" };
/** extract, build and watch: one cap for what is read, files and fetched pages alike. */
const MAX_INPUT_BYTES: OptionSpec = { ...MAX_FILE_BYTES, help: "skip files, and with --fetch pages, larger than N bytes (default 5 MB)" };
/** At most 256: every worker holds its own copy of the language model (~100 MB). */
const WORKERS: OptionSpec = {
  kind: "number",
  integer: true,
  min: 1,
  max: 256,
  value: "N",
  help: "threads extracting articles (default: the number of cores; graph.json is the same whatever N; inputs under 5,000 articles use one)",
};

/** --fetch and its settings, on extract, build (the same code path: extractTo) and watch (per file, the same fetcher and cache). */
const FETCH: Record<string, OptionSpec> = {
  fetch: {
    kind: "flag",
    help: "fetch the web pages behind feed items and the URLs of .urls lists (and .txt files of URLs) into a cache, and read them",
  },
  "cache-dir": { kind: "string", value: "DIR", help: "where fetched pages are kept (default .backchannel/cache/pages); a cached page is not fetched again" },
  "fetch-timeout": { kind: "number", min: 0.1, max: 600, value: "SECONDS", help: "give up on a page after SECONDS (default 15)" },
  refetch: { kind: "flag", help: "fetch pages again even when the cache holds them (and the sites' robots.txt)" },
  "ignore-robots": { kind: "flag", help: "fetch pages the sites' robots.txt disallow too (by default they are skipped and reported)" },
};
const checkFetch = (a: { values: Record<string, unknown> }) => {
  for (const o of ["cache-dir", "fetch-timeout", "refetch", "ignore-robots"])
    if (a.values[o] !== undefined && !a.values.fetch) throw new UsageError(`--${o} needs --fetch`);
};

/** --history and --no-history, on build and watch (history.ts); extract reads one only when --history names it. */
const HISTORY: Record<string, OptionSpec> = {
  history: {
    kind: "string",
    value: "FILE",
    help: "where the signatures of the articles already extracted are kept, so a copy arriving later is recognised (default .backchannel/article-signatures.jsonl)",
  },
  "no-history": { kind: "flag", help: "recognise near-duplicate copies within this run only; read and record no history" },
};
/** extract's graph.json stands alone: a history only when one is named. */
const EXTRACT_HISTORY: Record<string, OptionSpec> = {
  history: {
    kind: "string",
    value: "FILE",
    help: "keep the signatures of the articles extracted in FILE and recognise a copy of one arriving in a later run (off by default: graph.json depends on its inputs only)",
  },
  "no-history": { kind: "flag", help: "read and record no history (the default for extract)" },
};
const HISTORY_CONFLICT = ["history", "no-history"] as const;

/** Every lookup takes a date window: only the facts seen in it. */
const WINDOW: Record<string, OptionSpec> = {
  since: { kind: "date", value: "YYYY-MM-DD", help: "only facts seen on or after this day" },
  until: { kind: "date", value: "YYYY-MM-DD", help: "only facts seen on or before this day" },
};
const checkWindow = (a: { values: Record<string, unknown> }, from = "since", to = "until") => {
  const [s, u] = [a.values[from] as string | undefined, a.values[to] as string | undefined];
  if (s && u && s > u) throw new UsageError(`--${to} ${u} is before --${from} ${s}`);
};

/** A lookup about one named actor or node. */
const oneName = (name: string, summary: string, run: CommandSpec["run"], aliases?: string[]): CommandSpec => ({
  name,
  ...(aliases ? { aliases } : {}),
  group: "lookups",
  args: name === "neighbours" ? "<name>" : "<actor>",
  positionals: { min: 1, max: 1 },
  summary,
  options: { ...WINDOW, format: FORMAT },
  check: (a) => checkWindow(a),
  run,
});

/** `brokers` and `communities`: measured on the whole actor network, from Neo4j or a graph.json. */
const NETWORK: Record<string, OptionSpec> = {
  limit: { kind: "number", integer: true, min: 1, value: "N", help: "at most N rows (default 20)" },
  graph: { kind: "string", value: "FILE", help: "measure this graph.json instead of the graph in Neo4j" },
  format: FORMAT,
};
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "extract",
    group: "commands",
    args: "<paths...>",
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
    summary: "read articles (.txt .md .html .json .jsonl, RSS and Atom feeds, .urls lists with --fetch, folders too) into graph.json",
    options: {
      out: { ...OUT, help: "where to write graph.json (default graph.json)" },
      "max-file-bytes": MAX_INPUT_BYTES,
      workers: WORKERS,
      ...FETCH,
      ...EXTRACT_HISTORY,
    },
    conflicts: [HISTORY_CONFLICT],
    check: checkFetch,
    run: runExtract,
  },
  {
    name: "load",
    group: "commands",
    args: "<graph.json>",
    positionals: { min: 1, max: 1 },
    summary: "load a graph.json into Neo4j (idempotent, incremental)",
    options: { "batch-size": { kind: "number", integer: true, min: 1, value: "N", help: "relationships per transaction (default 5,000)" }, bulk: BULK },
    run: runLoad,
  },
  {
    name: "build",
    group: "commands",
    args: "<paths...>",
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
    summary: "extract, then load",
    options: {
      out: { ...OUT, help: "where to write graph.json (default .backchannel/graph.json)" },
      "max-file-bytes": MAX_INPUT_BYTES,
      workers: WORKERS,
      bulk: BULK,
      ...FETCH,
      ...HISTORY,
    },
    conflicts: [HISTORY_CONFLICT],
    check: checkFetch,
    run: runBuild,
  },
  {
    name: "watch",
    group: "commands",
    args: "<folder>",
    positionals: { min: 1, max: 1 },
    summary: "extract and load every new or changed file of a folder as it arrives (until Ctrl-C)",
    options: {
      interval: { kind: "number", integer: true, min: 100, value: "MS", help: "scan the folder every MS milliseconds (default 2,000)" },
      "max-file-bytes": MAX_INPUT_BYTES,
      ...FETCH,
      ...HISTORY,
    },
    conflicts: [HISTORY_CONFLICT],
    check: checkFetch,
    run: runWatch,
  },
  {
    name: "query",
    group: "commands",
    args: "<cypher>",
    positionals: { min: 1, max: 1 },
    summary: "run read-only Cypher",
    options: {
      param: { kind: "list", short: "p", value: "NAME=VALUE", help: "a query parameter (JSON or text); repeat for more" },
      format: FORMAT,
      limit: { kind: "number", integer: true, min: 1, value: "N", help: "at most N rows (default 1,000)" },
      timeout: { kind: "number", integer: true, min: 1, max: MAX_TIMEOUT_MS, value: "MS", help: "stop after MS milliseconds (default 10,000)" },
    },
    run: runQuery,
  },
  {
    name: "serve",
    group: "commands",
    args: "",
    positionals: { min: 0, max: 0 },
    summary: "serve the viewer and the HTTP API",
    options: {
      port: { kind: "number", integer: true, min: 0, max: 65535, value: "N", help: "port (default 8080; 0 picks a free one)" },
      host: { kind: "string", value: "HOST", help: "address to bind (default 127.0.0.1)" },
      graph: { kind: "string", value: "FILE", help: "serve this graph.json from memory, without Neo4j (no Cypher)" },
      open: { kind: "flag", help: "open the viewer in a browser" },
      "allow-host": { kind: "list", value: "NAME", help: "also answer requests for this host name (behind a proxy); repeat for more" },
      "query-timeout": {
        kind: "number",
        integer: true,
        min: 1,
        max: MAX_TIMEOUT_MS,
        value: "MS",
        help: "stop analysts' Cypher (POST /api/query) after MS milliseconds (default 10,000)",
      },
    },
    run: runServe,
  },
  {
    name: "neo4j",
    group: "commands",
    args: "start|stop|status|fetch",
    positionals: { min: 1, max: 1 },
    summary: "the local Neo4j server (fetch: only resolve its jars)",
    options: {},
    check: (a) => {
      if (!["start", "stop", "status", "fetch"].includes(a.positionals[0]!))
        throw new UsageError(`neo4j needs start, stop, status or fetch (got ${JSON.stringify(a.positionals[0])})`);
    },
    run: runNeo4j,
  },
  {
    name: "mediators",
    group: "lookups",
    args: "[<a> <b>]",
    positionals: { min: 0, max: 2 },
    summary: "every mediator; of a meeting (--meeting); between two parties",
    options: {
      meeting: { kind: "string", value: "MEETING", help: "the mediators of this meeting" },
      between: { kind: "flag", help: "the mediators between the two parties named" },
      ...WINDOW,
      format: FORMAT,
    },
    conflicts: [["meeting", "between"]],
    check: (a) => {
      checkWindow(a);
      const n = a.positionals.length;
      if (a.values.meeting !== undefined && n > 0) throw new UsageError("mediators --meeting takes no other names");
      if ((a.values.between || n > 0) && n !== 2) throw new UsageError("mediators between parties needs two names: mediators --between <a> <b>");
    },
    run: factLookup((L, a, w) =>
      a.values.meeting
        ? L.mediators({ ...w, meeting: a.values.meeting as string })
        : a.positionals.length === 2
          ? L.mediators({ ...w, between: [a.positionals[0]!, a.positionals[1]!] })
          : L.mediators(w),
    ),
  },
  oneName(
    "meetings",
    "meetings of an actor, with dates and places",
    factLookup((L, a, w) => L.meetings(a.positionals[0]!, w)),
  ),
  oneName(
    "timeline",
    "every fact of an actor, in date order",
    factLookup((L, a, w) => L.timeline(a.positionals[0]!, w)),
  ),
  oneName(
    "met",
    "whom an actor met, each once (directly, or at the same meeting)",
    factLookup((L, a, w) => L.met(a.positionals[0]!, w)),
  ),
  {
    ...oneName(
      "demands",
      "demands made by (--by) or of (--of) an actor, with what",
      factLookup((L, a, w) => L.demands(a.positionals[0]!, a.values.by ? "by" : a.values.of ? "of" : "both", w)),
    ),
    options: {
      by: { kind: "flag", help: "only demands the actor makes" },
      of: { kind: "flag", help: "only demands made of the actor" },
      ...WINDOW,
      format: FORMAT,
    },
    conflicts: [["by", "of"]],
  },
  oneName(
    "affiliations",
    "a person's affiliations and roles",
    factLookup((L, a, w) => L.affiliations(a.positionals[0]!, w)),
  ),
  oneName(
    "neighbours",
    "every relationship of a node",
    factLookup((L, a, w) => L.neighbours(a.positionals[0]!, w)),
    ["neighbors"],
  ),
  { ...oneName("path", "shortest paths between two actors", runPaths, ["paths"]), args: "<a> <b>", positionals: { min: 2, max: 2 } },
  {
    name: "changes",
    group: "lookups",
    args: "[<name>]",
    positionals: { min: 0, max: 1 },
    summary: "facts first seen from --from to --to, and facts last seen before --from (of one actor, if named)",
    options: {
      from: { kind: "date", value: "YYYY-MM-DD", help: "the window's first day (required)" },
      to: { kind: "date", value: "YYYY-MM-DD", help: "the window's last day (required)" },
      format: FORMAT,
    },
    check: (a) => {
      for (const o of ["from", "to"]) if (a.values[o] === undefined) throw new UsageError(`changes needs --${o} YYYY-MM-DD`);
      checkWindow(a, "from", "to");
    },
    run: runChanges,
  },
  {
    name: "brokers",
    group: "lookups",
    args: "",
    positionals: { min: 0, max: 0 },
    summary: "actors by betweenness: who sits on the shortest paths between others (people, states, groups; meetings link their parties)",
    options: NETWORK,
    run: runBrokers,
  },
  {
    name: "communities",
    group: "lookups",
    args: "",
    positionals: { min: 0, max: 0 },
    summary: "groups of actors more linked among themselves than with others (Louvain), largest first",
    options: NETWORK,
    run: runCommunities,
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

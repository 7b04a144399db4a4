// A first load into an empty local database through `neo4j-admin database import full`: it writes the
// store files directly (no transactions, no index updates), tens of times faster than any Cypher loader.
// It needs the server stopped and replaces the database's contents, so it is for the local server only.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { prepareArtifacts } from "./artifacts.js";
import { jvmArgs } from "./conf.js";
import { LauncherError } from "./errors.js";
import { resolveOptions, type LocalNeo4jOptions } from "./options.js";
import { startLocalNeo4j, type StartedNeo4j, stopLocalNeo4j } from "./server.js";

/** Files in neo4j-admin's CSV format, each with its header on its first line. */
export interface ImportFiles {
  nodes: string[];
  relationships: string[];
  /** The character between array elements (`U+001F` form or a single character). */
  arrayDelimiter: string;
  /** How the files name nodes (neo4j-admin's --id-type; its default, string, when absent). */
  idType?: "string" | "integer";
  /**
   * The files whose values may hold line breaks. When absent, any file may (neo4j-admin then reads every
   * file in its multi-line mode, which is much slower); when given, only these are read that way.
   */
  multilineFiles?: string[];
  /** Where the import's report and the tool's output go. */
  workDir: string;
}

/** Where an import's time went (ms): stopping the server, neo4j-admin itself, starting the server again. */
export interface ImportTimings {
  stopMs: number;
  importMs: number;
  startMs: number;
}

const ADMIN_CLASS = "org.neo4j.cli.AdminTool";

/** Sentences and evidence may hold line breaks inside quoted fields: the files that do are named (format v2), or all are read so. */
function multilineArguments(files: ImportFiles): string[] {
  if (files.multilineFiles === undefined) return ["--multiline-fields=true"];
  if (files.multilineFiles.length === 0) return [];
  return ["--multiline-fields-format=v2", `--multiline-fields=${files.multilineFiles.join(",")}`];
}

/** The command line after `java`: the tool reads the server's own neo4j.conf (NEO4J_CONF), so it writes where the server reads. */
export function importArguments(files: ImportFiles, database: string): string[] {
  return [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    `--array-delimiter=${files.arrayDelimiter}`,
    ...(files.idType ? [`--id-type=${files.idType}`] : []),
    ...multilineArguments(files),
    `--report-file=${join(files.workDir, "import.report")}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
}

/**
 * Stops the local server, imports `files` into its database (replacing what it held), and starts it
 * again (with `opts.afterStart`). The caller makes sure the database may be replaced.
 */
export async function importIntoLocalNeo4j(opts: LocalNeo4jOptions, files: ImportFiles): Promise<StartedNeo4j & ImportTimings> {
  const o = resolveOptions(opts);
  const { javaBin, classpath } = await prepareArtifacts(o);
  const tStop = performance.now();
  await stopLocalNeo4j(opts);
  const stopMs = performance.now() - tStop;
  mkdirSync(files.workDir, { recursive: true });
  o.log(`Importing ${files.nodes.length} node files and ${files.relationships.length} relationship files with neo4j-admin...`);
  const t0 = performance.now();
  const output = await new Promise<{ code: number | null; text: string }>((resolvePromise, reject) => {
    const child = spawn(javaBin, [...jvmArgs(o.memory), ADMIN_CLASS, ...importArguments(files, "neo4j")], {
      cwd: files.workDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CLASSPATH: classpath, NEO4J_HOME: o.paths.dataDir, NEO4J_CONF: o.paths.confDir },
    });
    let text = "";
    child.stdout.on("data", (d: Buffer) => (text += d.toString()));
    child.stderr.on("data", (d: Buffer) => (text += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, text }));
  });
  const importMs = performance.now() - t0;
  if (output.code !== 0) {
    // The database may now be half-written; the server starts on whatever is there, so say so.
    const last = output.text.trimEnd().split("\n").slice(-15).join("\n");
    await startLocalNeo4j(opts).catch(() => undefined);
    throw new LauncherError(`neo4j-admin database import failed (exit ${output.code}); its report is in ${files.workDir}. It said:\n${last}`);
  }
  o.log(`Imported in ${(importMs / 1000).toFixed(1)} s.`);
  const tStart = performance.now();
  const started = await startLocalNeo4j(opts);
  return { ...started, importMs, stopMs, startMs: performance.now() - tStart };
}

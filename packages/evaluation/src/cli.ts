// `backchannel-score --gold GOLD.json --graph graph.json [--verbose] [--json] [--require entities=0.9,...]`
// Exit codes: 0 scored (and met every --require), 1 below a --require or (with --require) a graph that
// breaks the contract, 2 a usage error or unreadable input.
import { readFileSync } from "node:fs";
import { formatReport } from "./format.js";
import { scoreGraph } from "./score.js";
import type { ScoreReport } from "./types.js";

export const USAGE = `usage: backchannel-score --gold GOLD.json --graph graph.json [--verbose] [--json] [--require CATEGORY=F1,...]

  --gold FILE       gold annotations (format: docs/evaluation.md)
  --graph FILE      the extractor's graph.json
  --verbose         list every miss and false positive, per article
  --json            print the report as JSON (with --verbose: with its details)
  --require LIST    exit 1 when a category's F1 is below its minimum, e.g. entities=0.95,relations=0.85;
                    demand_what=X requires the mean token F1 of the demands' wording
  --help            this text`;

export interface ScoreArgs {
  gold: string;
  graph: string;
  verbose: boolean;
  json: boolean;
  require: Map<string, number>;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

class UsageError extends Error {}

const REQUIRABLE = new Set(["entities", "MEDIATES", "MEETS", "DEMANDS", "AFFILIATED_WITH", "relations", "demand_what"]);

function parseRequire(text: string, into: Map<string, number>): void {
  for (const part of text.split(",")) {
    const [name, value, ...rest] = part.split("=");
    const min = Number(value);
    if (!name || !REQUIRABLE.has(name)) throw new UsageError(`--require: no category ${JSON.stringify(name ?? "")} (one of ${[...REQUIRABLE].join(", ")})`);
    if (rest.length || value === undefined || value.trim() === "" || !Number.isFinite(min) || min < 0 || min > 1) {
      throw new UsageError(`--require: ${name} needs a number between 0 and 1, got ${JSON.stringify(part)}`);
    }
    into.set(name, min);
  }
}

export function parseScoreArgs(argv: readonly string[]): ScoreArgs | "help" {
  const args: Partial<ScoreArgs> & Pick<ScoreArgs, "verbose" | "json" | "require"> = { verbose: false, json: false, require: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--gold") args.gold = value();
    else if (a === "--graph") args.graph = value();
    else if (a === "--verbose") args.verbose = true;
    else if (a === "--json") args.json = true;
    else if (a === "--require") parseRequire(value(), args.require);
    else throw new UsageError(`unknown argument: ${a}`);
  }
  if (!args.gold || !args.graph) throw new UsageError("--gold and --graph are both required");
  return args as ScoreArgs;
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read ${what} ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} ${path} is not JSON: ${(e as Error).message}`);
  }
}

/** Messages for every --require that the report falls short of. */
function shortfalls(report: ScoreReport, require: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [name, min] of require) {
    const f1 = name === "demand_what" ? report.demandWhat?.meanF1 : report.result[name as keyof ScoreReport["result"]].f1;
    if (f1 === undefined) out.push("demand_what: the gold has no demand_what entries");
    else if (f1 < min) out.push(`${name === "demand_what" ? "demand_what mean token F1" : `${name} F1`} ${f1.toFixed(3)} is below ${min}`);
  }
  if (require.size && report.problems.length) out.push(`${report.problems.length} contract problems`);
  return out;
}

export function main(argv: readonly string[], io: Io = stdio): number {
  let args: ScoreArgs | "help";
  let report: ScoreReport;
  try {
    args = parseScoreArgs(argv);
    if (args === "help") {
      io.out(USAGE);
      return 0;
    }
    report = scoreGraph(readJson(args.gold, "gold"), readJson(args.graph, "graph"));
  } catch (e) {
    io.err(`score: ${(e as Error).message}`);
    if (e instanceof UsageError) io.err(USAGE);
    return 2;
  }
  if (args.json) {
    const { details, ...rest } = report;
    io.out(JSON.stringify(args.verbose ? report : rest, null, 2));
  } else io.out(formatReport(report, args.verbose));
  const short = shortfalls(report, args.require);
  for (const s of short) io.err(`score: ${s}`);
  return short.length ? 1 : 0;
}

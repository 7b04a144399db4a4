// The lookup commands: one parameterised query each, printed as facts with their evidence.
import type { Fact } from "@backchannel/schema";
import type { Lookups } from "@backchannel/store";
import { log, withStore } from "./connect.js";
import { type OutputFormat, render } from "./format.js";
import type { ParsedArgs } from "./types.js";

const FACT_COLUMNS = ["relation", "from", "to", "detail", "articles", "evidence"];

function factRow(f: Fact): unknown[] {
  const detail = [
    f.what && `what: ${f.what}`,
    f.role && `role: ${f.role}`,
    f.to.type === "Meeting" && [f.to.date, f.to.place].filter(Boolean).join(" "),
    f.via && `via ${f.via.name}${f.via.date ? ` (${f.via.date})` : ""}`,
  ]
    .filter(Boolean)
    .join("; ");
  return [f.type, f.from.name, f.to.name, detail, [...new Set(f.evidence.map((e) => e.article))].join(" "), f.evidence[0]?.sentence ?? ""];
}

const formatOf = (a: ParsedArgs) => (a.values.format as OutputFormat | undefined) ?? "table";

/** A lookup that answers facts: runs it and prints them. */
export function factLookup(ask: (L: Lookups, a: ParsedArgs) => Promise<Fact[]>) {
  return async (a: ParsedArgs): Promise<number> => {
    const facts = await withStore(false, (s) => ask(s.lookups, a));
    process.stdout.write(render(formatOf(a), FACT_COLUMNS, facts.map(factRow), facts));
    log(`${facts.length} fact${facts.length === 1 ? "" : "s"}`);
    return 0;
  };
}

export async function runPaths(a: ParsedArgs): Promise<number> {
  const paths = await withStore(false, (s) => s.lookups.paths(a.positionals[0]!, a.positionals[1]!));
  const rows = paths.flatMap((p, i) => p.map((f) => [i + 1, ...factRow(f)]));
  process.stdout.write(render(formatOf(a), ["path", ...FACT_COLUMNS], rows, paths));
  log(`${paths.length} shortest path${paths.length === 1 ? "" : "s"}`);
  return 0;
}

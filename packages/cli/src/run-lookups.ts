// The lookup commands: one parameterised query each, printed as facts with their evidence.
import type { Changes, DateWindow, Fact } from "@backchannel/schema";
import type { Lookups } from "@backchannel/store";
import { log, withStore } from "./connect.js";
import { type OutputFormat, render } from "./format.js";
import type { ParsedArgs } from "./types.js";

const FACT_COLUMNS = ["relation", "from", "to", "detail", "seen", "articles", "evidence"];

/** When the fact was seen: one day, or the first and last. */
const seen = (f: Fact) => (f.firstSeen && f.lastSeen && f.firstSeen !== f.lastSeen ? `${f.firstSeen}..${f.lastSeen}` : (f.firstSeen ?? f.lastSeen ?? ""));

/** Each article once, as a reader cites it: its headline, outlet and date when the graph has them, else its id. */
function articles(f: Fact): string {
  const byId = new Map(f.evidence.map((e) => [e.article, e]));
  return [...byId.values()]
    .map((e) => {
      const about = [e.source, e.date].filter(Boolean).join(", ");
      return e.title ? `${e.title}${about ? ` (${about})` : ""}` : `${e.article}${about ? ` (${about})` : ""}`;
    })
    .join("; ");
}

function factRow(f: Fact): unknown[] {
  const detail = [
    f.what && `what: ${f.what}`,
    f.role && `role: ${f.role}`,
    f.to.type === "Meeting" && [f.to.date, f.to.place].filter(Boolean).join(" "),
    f.via && `via ${f.via.name}${f.via.date ? ` (${f.via.date})` : ""}`,
  ]
    .filter(Boolean)
    .join("; ");
  return [f.type, f.from.name, f.to.name, detail, seen(f), articles(f), f.evidence[0]?.sentence ?? ""];
}

const formatOf = (a: ParsedArgs) => (a.values.format as OutputFormat | undefined) ?? "table";

/** --since and --until as a lookup's date window. */
export function windowOf(a: ParsedArgs): DateWindow {
  const since = a.values.since as string | undefined;
  const until = a.values.until as string | undefined;
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}

/** A lookup that answers facts: runs it and prints them. */
export function factLookup(ask: (L: Lookups, a: ParsedArgs, w: DateWindow) => Promise<Fact[]>) {
  return async (a: ParsedArgs): Promise<number> => {
    const facts = await withStore(false, (s) => ask(s.lookups, a, windowOf(a)));
    process.stdout.write(render(formatOf(a), FACT_COLUMNS, facts.map(factRow), facts));
    log(`${facts.length} fact${facts.length === 1 ? "" : "s"}`);
    return 0;
  };
}

export async function runPaths(a: ParsedArgs): Promise<number> {
  const paths = await withStore(false, (s) => s.lookups.paths(a.positionals[0]!, a.positionals[1]!, windowOf(a)));
  const rows = paths.flatMap((p, i) => p.map((f) => [i + 1, ...factRow(f)]));
  process.stdout.write(render(formatOf(a), ["path", ...FACT_COLUMNS], rows, paths));
  log(`${paths.length} shortest path${paths.length === 1 ? "" : "s"}`);
  return 0;
}

export async function runChanges(a: ParsedArgs): Promise<number> {
  const name = a.positionals[0];
  const q = { from: a.values.from as string, to: a.values.to as string, ...(name ? { name } : {}) };
  const changes: Changes = await withStore(false, (s) => s.lookups.changes(q));
  const rows = [...changes.started.map((f) => ["new", ...factRow(f)]), ...changes.stopped.map((f) => ["stopped", ...factRow(f)])];
  process.stdout.write(render(formatOf(a), ["change", ...FACT_COLUMNS], rows, changes));
  log(`${changes.started.length} new from ${q.from} to ${q.to}; ${changes.stopped.length} last seen before ${q.from}`);
  return 0;
}

// Output for pipes and people: data alone on stdout (table, JSON or CSV); messages go to stderr.

export type OutputFormat = "table" | "json" | "csv";

/**
 * C0 controls but tab and newline, DEL, and C1 controls: article text is data, and an escape sequence in it
 * (`\x1b]0;…` retitles the terminal, others move the cursor or rewrite lines) must not reach a terminal.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControls(s: string): string {
  return s.replace(CONTROL, "");
}

/** Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(…)"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell a spreadsheet shows as text: a leading quote turns a would-be formula into a string. */
export function csvCell(v: unknown): string {
  const s = stripControlsKeepingLines(cellText(v));
  return typeof v !== "number" && FORMULA_START.test(s) ? `'${s}` : s;
}

/** CSV cells may hold line breaks (quoted); every other control character goes. */
function stripControlsKeepingLines(s: string): string {
  return s.replace(CONTROL, (c) => (c === "\r" ? c : ""));
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "object" && v && "_type" in v) {
    const o = v as Record<string, unknown>;
    if (o._type === "node") return `(${String(o.name ?? o.key)})`;
    if (o._type === "relationship") return `[:${String(o.type)}]`;
    if (o._type === "path") return (o.nodes as string[]).join(" - ");
  }
  return JSON.stringify(v);
}

export function toCsv(columns: string[], rows: unknown[][]): string {
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${[columns.map((c) => esc(csvCell(c))).join(","), ...rows.map((r) => r.map((c) => esc(csvCell(c))).join(","))].join("\n")}\n`;
}

export function toTable(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const clip = (s: string) => {
    const one = stripControls(s).replace(/\s+/g, " ");
    return one.length > maxWidth ? `${one.slice(0, maxWidth - 1)}…` : one;
  };
  const cells = rows.map((r) => r.map((c) => clip(cellText(c))));
  const widths = columns.map(clip).map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (xs: string[]) =>
    xs
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return `${[line(columns.map(clip)), widths.map((w) => "-".repeat(w)).join("-+-"), ...cells.map(line)].join("\n")}\n`;
}

export function render(format: OutputFormat, columns: string[], rows: unknown[][], json: unknown): string {
  if (format === "json") return `${JSON.stringify(json, null, 2)}\n`;
  if (format === "csv") return toCsv(columns, rows);
  return toTable(columns, rows);
}

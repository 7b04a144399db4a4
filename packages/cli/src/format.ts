// Output for pipes and people: data alone on stdout (table, JSON or CSV); messages go to stderr.

export type OutputFormat = "table" | "json" | "csv";

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
  return `${[columns.map(esc).join(","), ...rows.map((r) => r.map((c) => esc(cellText(c))).join(","))].join("\n")}\n`;
}

export function toTable(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const clip = (s: string) => {
    const one = s.replace(/\s+/g, " ");
    return one.length > maxWidth ? `${one.slice(0, maxWidth - 1)}…` : one;
  };
  const cells = rows.map((r) => r.map((c) => clip(cellText(c))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (xs: string[]) =>
    xs
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return `${[line(columns), widths.map((w) => "-".repeat(w)).join("-+-"), ...cells.map(line)].join("\n")}\n`;
}

export function render(format: OutputFormat, columns: string[], rows: unknown[][], json: unknown): string {
  if (format === "json") return `${JSON.stringify(json, null, 2)}\n`;
  if (format === "csv") return toCsv(columns, rows);
  return toTable(columns, rows);
}

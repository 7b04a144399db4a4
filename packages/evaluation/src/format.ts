// The scorer's text report: one line per category, then what the gold asks about demands' wording.
import type { ScoreReport } from "./types.js";
import { DEMAND_WHAT_GOOD_F1 } from "./demand-what.js";

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const num = (x: number) => String(x).padStart(4);

export function formatReport(report: ScoreReport, verbose: boolean): string {
  const lines = ["category          TP   FP   FN  precision  recall     F1"];
  for (const [c, r] of Object.entries(report.result)) {
    lines.push(`${c.padEnd(16)}${num(r.tp)} ${num(r.fp)} ${num(r.fn)}     ${pct(r.precision)}  ${pct(r.recall)} ${pct(r.f1)}`);
  }
  const dw = report.demandWhat;
  if (dw) {
    lines.push(
      "",
      `DEMANDS what: ${dw.entries} gold ${dw.entries === 1 ? "phrase" : "phrases"}, ${dw.found} with a predicted edge; mean token F1 ${dw.meanF1.toFixed(3)}, F1 >= ${DEMAND_WHAT_GOOD_F1} for ${pct(dw.shareGood).trim()}%`,
    );
  }
  if (report.problems.length) {
    lines.push("", `contract problems (${report.problems.length}), first 20:`, ...report.problems.slice(0, 20).map((p) => `  ${p}`));
  }
  if (verbose) {
    lines.push("", "details:", ...report.details.map((d) => `  ${d.article}  ${d.category.padEnd(15)} ${d.kind.padEnd(18)} ${d.what}`));
  }
  return lines.join("\n");
}

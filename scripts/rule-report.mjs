// Usage: npx tsc -b packages/extractor && node scripts/rule-report.mjs   (facts per relation rule on each fixture set's graph.json snapshot)
//
// Reads the rule registry from the built extractor (packages/extractor/dist/relations/rules/index.js)
// and the graph.json snapshots of the seeds and of every fixture set (packages/extractor/test/snapshots),
// then prints, rule by rule, how many facts (evidence entries) each set's graph carries for it, the
// total, and the rules that fire on no set at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const registryPath = join(root, "packages/extractor/dist/relations/rules/index.js");
const snapshotDir = join(root, "packages/extractor/test/snapshots");

if (!existsSync(registryPath)) {
  console.error(`No built rule registry at ${registryPath}.\nBuild the extractor first: npx tsc -b packages/extractor`);
  process.exit(1);
}
const { RULES_BY_ID, PATTERN_RULES, DERIVED_RULES, AFFILIATION_RULES } = await import(pathToFileURL(registryPath).href);

// ------------------------------------------------------------------ fixture sets, in a stable order

/** "seeds" first, then "heldout", "heldout2", ... by number. */
const setOrder = (name) => (name === "seeds" ? -1 : Number(name.replace(/^\D+/, "") || 1));
const sets = readdirSync(snapshotDir)
  .filter((f) => f.endsWith(".graph.json"))
  .map((f) => f.replace(/\.graph\.json$/, ""))
  .sort((a, b) => setOrder(a) - setOrder(b) || a.localeCompare(b));
if (!sets.length) {
  console.error(`No *.graph.json snapshots in ${snapshotDir}`);
  process.exit(1);
}
/** Short column labels: "seeds", "h1" for "heldout", "h2" for "heldout2", ... */
const label = (name) => (name === "seeds" ? "seeds" : /^heldout\d*$/.test(name) ? `h${name.slice(7) || 1}` : name);

// ------------------------------------------------------------------ counting

/** rule id -> set -> number of evidence entries naming the rule */
const counts = new Map();
/** Rule ids in the snapshots that the registry does not have ("mention" is the MENTIONED_IN bookkeeping). */
const unknown = new Map();
for (const set of sets) {
  const graph = JSON.parse(readFileSync(join(snapshotDir, `${set}.graph.json`), "utf8"));
  for (const edge of graph.edges) {
    for (const ev of edge.attributes.evidence ?? []) {
      if (ev.rule === "mention") continue;
      const target = RULES_BY_ID.has(ev.rule) ? counts : unknown;
      let perSet = target.get(ev.rule);
      if (!perSet) {
        perSet = new Map();
        target.set(ev.rule, perSet);
      }
      perSet.set(set, (perSet.get(set) ?? 0) + 1);
    }
  }
}
const total = (id) => [...(counts.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0);

// ------------------------------------------------------------------ printing

const idWidth = Math.max(28, ...[...RULES_BY_ID.keys()].map((id) => id.length + 2));
const colWidth = Math.max(6, ...sets.map((s) => label(s).length + 2));
const pad = (s, w) => String(s).padStart(w);
const header = "rule".padEnd(idWidth) + sets.map((s) => pad(label(s), colWidth)).join("") + pad("total", 8);
const rule = "-".repeat(header.length);

function row(id) {
  const perSet = counts.get(id);
  const cells = sets.map((s) => pad(perSet?.get(s) ?? "·", colWidth)).join("");
  return id.padEnd(idWidth) + cells + pad(total(id) || "·", 8);
}

/** The registry's rules in sections: pattern rules by relation type, then derived, then affiliation rules. */
const sections = [];
for (const type of ["MEDIATES", "MEETS", "ATTENDS", "DEMANDS"]) {
  const ids = PATTERN_RULES.filter((r) => r.type === type).map((r) => r.id);
  if (ids.length) sections.push([`${type} (pattern rules)`, ids]);
}
sections.push(["derived rules (hooks and article passes)", DERIVED_RULES.map((r) => r.id)]);
sections.push(["AFFILIATED_WITH (mention recognition)", AFFILIATION_RULES.map((r) => r.id)]);
// anything in the registry that the sections above missed
const listed = new Set(sections.flatMap(([, ids]) => ids));
const rest = [...RULES_BY_ID.keys()].filter((id) => !listed.has(id));
if (rest.length) sections.push(["other rules", rest]);

console.log(`Facts (evidence entries) per relation rule, from ${sets.length} graph.json snapshots in ${snapshotDir.slice(root.length + 1)}`);
console.log(`Sets: ${sets.map((s) => `${label(s)} = ${s}`).join(", ")}`);
for (const [title, ids] of sections) {
  console.log(`\n${title}`);
  console.log(header);
  console.log(rule);
  for (const id of ids) console.log(row(id));
}

const setTotals = sets.map((s) => [...counts.values()].reduce((a, perSet) => a + (perSet.get(s) ?? 0), 0));
console.log(
  `\n${"all rules".padEnd(idWidth)}${setTotals.map((n) => pad(n, colWidth)).join("")}${pad(
    setTotals.reduce((a, b) => a + b, 0),
    8,
  )}`,
);

const silent = [...RULES_BY_ID.keys()].filter((id) => !total(id));
console.log(`\n${RULES_BY_ID.size} rules in the registry, ${RULES_BY_ID.size - silent.length} fire on some set, ${silent.length} on none:`);
for (const id of silent) {
  const r = RULES_BY_ID.get(id);
  // "recognize:mentions (a long description)" -> "recognize:mentions"
  const from = "producedBy" in r ? r.producedBy.replace(/\s*\(.*$/, "") : "pattern";
  console.log(`  ${id.padEnd(idWidth - 2)}${r.type.padEnd(17)}${from}`);
}
if (unknown.size) {
  console.log(`\nRule ids in the snapshots that the registry does not have (rebuild the extractor, or regenerate the snapshots):`);
  for (const [id, perSet] of unknown) console.log(`  ${id}: ${[...perSet].map(([s, n]) => `${label(s)} ${n}`).join(", ")}`);
}

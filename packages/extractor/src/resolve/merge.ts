// Cross-article merging that needs the whole graph: a person known in some article only by a
// surname ("Blinken said") joins the one person with that surname named in full elsewhere.
import type { EdgeRec, NodeRec } from "../graph/types.js";
import { getOrCreate } from "../util/maps.js";

export function mergeSurnames<E extends EdgeRec>(nodes: Map<string, NodeRec>, edges: readonly E[]): { nodes: Map<string, NodeRec>; edges: Iterable<E> } {
  const bySurname = new Map<string, string | null>();
  for (const n of nodes.values()) {
    if (n.type !== "Person") continue;
    const words = n.name.split(" ");
    // ("Mohammed bin Salman": the last word is his father's name, not one he goes by)
    if (words.length < 2 || /^(bin|ibn|bint)$/.test(words[words.length - 2]!)) continue;
    const last = words[words.length - 1]!.toLowerCase();
    const prev = bySurname.get(last);
    bySurname.set(last, prev === undefined || prev === n.key ? n.key : null);
  }
  const remap = new Map<string, string>();
  for (const n of nodes.values()) {
    if (n.type !== "Person" || n.name.includes(" ")) continue;
    const target = bySurname.get(n.name.toLowerCase());
    if (target && target !== n.key) remap.set(n.key, target);
  }
  if (!remap.size) return { nodes, edges };
  const outNodes = new Map<string, NodeRec>();
  for (const n of nodes.values()) {
    const to = remap.get(n.key);
    if (!to) {
      if (!outNodes.has(n.key)) outNodes.set(n.key, { ...n, aliases: new Set(n.aliases), articles: [...n.articles], ...(n.roles ? { roles: new Set(n.roles) } : {}) });
      continue;
    }
    const t = nodes.get(to)!;
    const m = getOrCreate(outNodes, to, () => ({ ...t, aliases: new Set(t.aliases), articles: [...t.articles], ...(t.roles ? { roles: new Set(t.roles) } : {}) }));
    m.aliases.add(n.name);
    for (const al of n.aliases) m.aliases.add(al);
    for (const a of n.articles) if (!m.articles.includes(a)) m.articles.push(a);
    if (n.roles) {
      m.roles ??= new Set();
      for (const r of n.roles) m.roles.add(r);
    }
  }
  const outEdges = new Map<string, E>();
  for (const e of edges) {
    const source = remap.get(e.source) ?? e.source;
    const target = remap.get(e.target) ?? e.target;
    if (source === target) continue;
    const id = `${e.type}|${source}|${target}`;
    const have = outEdges.get(id);
    if (!have) outEdges.set(id, { ...e, source, target, evidence: [...e.evidence] });
    else {
      for (const ev of e.evidence) have.evidence.push(ev);
      have.cameo ??= e.cameo;
      if (e.firstSeen && (!have.firstSeen || e.firstSeen < have.firstSeen)) have.firstSeen = e.firstSeen;
      if (e.lastSeen && (!have.lastSeen || e.lastSeen > have.lastSeen)) have.lastSeen = e.lastSeen;
    }
  }
  return { nodes: outNodes, edges: outEdges.values() };
}

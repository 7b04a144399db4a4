// Generated graphs for the viewer's benches (viewer.bench.mjs, explore.bench.mjs): deterministic, so
// every run draws the same graph, and contract-valid.

/** Deterministic PRNG (mulberry32), so every run draws the same graph. */
export function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A contract-valid graph: actors and meetings, relations that respect the ontology's endpoint types, with locality (communities). */
export function generateGraph(n, m, seed = 42) {
  const rand = rng(seed);
  const types = ["Person", "Person", "Person", "State", "Group", "Group", "Meeting", "Meeting"];
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const type = types[i % types.length];
    nodes.push({
      key: `${type.toLowerCase()}:n${i}`,
      attributes: {
        type,
        name: `${type} ${i}`,
        aliases: [`alias ${i}`],
        articles: [`a${i % 500}`],
        ...(type === "Meeting" ? { date: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, place: "Doha" } : {}),
      },
    });
  }
  const byType = (t) =>
    nodes
      .map((x, i) => [x, i])
      .filter(([x]) => x.attributes.type === t)
      .map(([, i]) => i);
  const actors = nodes
    .map((x, i) => [x, i])
    .filter(([x]) => x.attributes.type !== "Meeting")
    .map(([, i]) => i);
  const meetings = byType("Meeting");
  const orgs = [...byType("State"), ...byType("Group")];
  const near = (list, around) => {
    // Mostly pick within a window around `around` (communities), sometimes anywhere.
    const span = rand() < 0.85 ? Math.max(20, list.length / 200) : list.length;
    const pos = Math.floor((around / n) * list.length + (rand() - 0.5) * span);
    return list[((pos % list.length) + list.length) % list.length];
  };
  const seen = new Set();
  const edges = [];
  let guard = 0;
  while (edges.length < m && guard++ < m * 20) {
    const s = actors[Math.floor(rand() * actors.length)];
    const source = nodes[s];
    const r = rand();
    let type, t;
    if (source.attributes.type === "Person" && r < 0.2) {
      type = "AFFILIATED_WITH";
      t = near(orgs, s);
    } else if (r < 0.45) {
      type = "ATTENDS";
      t = near(meetings, s);
    } else if (r < 0.6) {
      type = "MEDIATES";
      t = near(meetings, s);
    } else if (r < 0.85) {
      type = "MEETS";
      t = near(actors, s);
    } else {
      type = "DEMANDS";
      t = near(actors, s);
    }
    if (t === s) continue;
    const id = `${type}|${s}|${t}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({
      source: source.key,
      target: nodes[t].key,
      attributes: { type, evidence: [{ article: `a${s % 500}`, sentence: `${source.attributes.name} and ${nodes[t].attributes.name} (${type}).` }] },
    });
  }
  return { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges };
}

/**
 * A graph of `edges` relationships (1,000,000 for the explore bench) whose degrees are as uneven as a
 * news graph's: a few states and groups everyone meets or belongs to (tens of thousands of
 * relationships), people from a handful of relationships to hundreds, meetings of a few dozen. Targets
 * are drawn with a skew (index = size × u^k), so an actor's rank sets its degree; sources uniformly.
 */
export function generateSkewedGraph(edges, seed = 14) {
  const rand = rng(seed);
  const counts = { State: 200, Group: 4_000, Person: Math.round(edges * 0.16), Meeting: Math.round(edges * 0.04) };
  const nodes = [];
  const keys = {};
  for (const [type, n] of Object.entries(counts)) {
    const prefix = type.toLowerCase();
    keys[type] = [];
    for (let i = 0; i < n; i++) {
      const key = `${prefix}:${prefix[0]}${i}`;
      keys[type].push(key);
      const meeting =
        type === "Meeting" ? { date: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, place: "Doha" } : {};
      nodes.push({ key, attributes: { type, name: `${type} ${i}`, aliases: [`${prefix[0].toUpperCase()}${i}`], articles: [`art${i % 1000}`], ...meeting } });
    }
  }
  const skewed = (list, k) => list[Math.floor(list.length * rand() ** k)];
  const actor = () => {
    const r = rand();
    return r < 0.8 ? skewed(keys.Person, 2) : r < 0.9 ? skewed(keys.Group, 3) : skewed(keys.State, 3);
  };
  const uniformSource = () => (rand() < 0.9 ? keys.Person : rand() < 0.7 ? keys.Group : keys.State);
  const seen = new Set();
  const out = [];
  while (out.length < edges) {
    const pool = uniformSource();
    const source = pool[Math.floor(rand() * pool.length)];
    const r = rand();
    let type;
    let target;
    if (pool === keys.Person && r < 0.15) {
      type = "AFFILIATED_WITH";
      target = rand() < 0.4 ? skewed(keys.State, 3) : skewed(keys.Group, 3);
    } else if (r < 0.45) {
      type = "ATTENDS";
      target = skewed(keys.Meeting, 1.5);
    } else if (r < 0.55) {
      type = "MEDIATES";
      target = rand() < 0.7 ? skewed(keys.Meeting, 1.5) : actor();
    } else if (r < 0.9) {
      type = "MEETS";
      target = actor();
    } else {
      type = "DEMANDS";
      target = actor();
    }
    const id = `${type}|${source}|${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    const sentence = `${source} and ${target} (${type}).`;
    out.push({
      source,
      target,
      attributes: { type, evidence: [{ article: `art${out.length % 1000}`, sentence, start: 0, end: sentence.length, rule: "bench" }] },
    });
  }
  return { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges: out };
}

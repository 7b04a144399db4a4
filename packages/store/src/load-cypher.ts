// The loader's statements: one per label for nodes, one per relationship type (or per type and endpoint
// labels for large groups) for relationships. Labels and types come from the ontology's closed lists,
// never from input. Cypher 5.26's dynamic labels (`MERGE (n:$($label) ...)`) would make one statement of
// each, but 5.26 plans them as a scan of all nodes (all relationships for a dynamic type) instead of an
// index seek, so they are no use to a loader.
import type { NodeType, RelationType } from "@backchannel/schema";
import { EVIDENCE_STRIDE, LOAD_HASH, MERGED_NODE_LISTS, SPARSE_NODE_LISTS } from "./rows.js";

/**
 * The list a node row may bring already filtered to what its node lacks: \`articles\`, which grows with the
 * corpus (a state named in most articles holds most article ids). The other lists stay short.
 */
export const PREFILTERED_LIST = "articles";

/**
 * A node statement. One SET, and only when something is new: an unchanged row costs an index seek and a
 * few property reads, not a write (nor a full-text index update), which keeps reloads cheap. Only the
 * properties compared are read: reading properties(n) whole would load every string of every node. The
 * row's content hash is written whenever it differs, even when nothing else does, so the next reload of
 * this row is skipped before it reaches Neo4j (see unchanged.ts).
 */
export function nodeMergeCypher(label: NodeType): string {
  const all = [...MERGED_NODE_LISTS, ...SPARSE_NODE_LISTS];
  // Each stored list is read once into a variable, and the row's ids are looked up in it: a lookup in a
  // list bound to a variable goes through a set Neo4j builds once per list, where \`x IN coalesce(n.f, [])\`
  // read the property again and scanned it for every new id (time new x stored: a node holding 100,000
  // article ids took 35 s for a batch bringing 10,000 new ones).
  const stored = all.map((f) => `coalesce(n.${f}, []) AS old_${f}`).join(", ");
  // A row whose \`fresh\` is true brings only ids its node does not hold yet (the loader looked, see
  // prefilterArticles in load.ts): a hub's thousands of new ids are appended without a lookup each.
  const fresh = all
    .map((f) =>
      f === PREFILTERED_LIST
        ? `CASE WHEN row.fresh THEN row.lists.${f} ELSE [x IN row.lists.${f} WHERE NOT x IN old_${f}] END AS new_${f}`
        : `[x IN row.lists.${f} WHERE NOT x IN old_${f}] AS new_${f}`,
    )
    .join(",\n     ");
  const anyFresh = all.map((f) => `size(new_${f})`).join(" + ");
  // a sparse list is left as it is (absent stays absent) when the row brings nothing new to it
  const sets = [
    ...MERGED_NODE_LISTS.map((f) => `n.${f} = old_${f} + new_${f}`),
    ...SPARSE_NODE_LISTS.map((f) => `n.${f} = CASE WHEN size(new_${f}) = 0 THEN n.${f} ELSE old_${f} + new_${f} END`),
  ].join(",\n    ");
  const lists = all.map((f) => `${f}: $${f}[i]`).join(", ");
  return `UNWIND range(0, $n - 1) AS i
WITH {id: $id[i], name: $name[i], props: $props[i], hash: $hash[i], fresh: $fresh[i], lists: {${lists}}} AS row
MERGE (n:${label} {id: row.id})
WITH n, row, n.name IS NULL AS created, ${stored}
WITH *, ${fresh}
WITH *, created OR n.name <> row.name OR ${anyFresh} > 0
        OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n += row.props,
    n.name = row.name,
    n.searchText = reduce(s = row.name, a IN old_aliases + new_aliases | s + ' | ' + a),
    ${sets})
FOREACH (_ IN CASE WHEN n.${LOAD_HASH} IS NULL OR n.${LOAD_HASH} <> row.hash THEN [1] ELSE [] END | SET n.${LOAD_HASH} = row.hash)
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       count(*) AS total`;
}

/**
 * Analysts' Cypher reads r.articles and r.sentences (parallel lists); r.evidence keeps each whole entry as
 * JSON; r.evidenceKeys says which entries are there. Each comes from a fixed offset in the row's flat list.
 */
export const EVIDENCE_LISTS = [
  ["evidenceKeys", 0],
  ["articles", 1],
  ["sentences", 2],
  ["evidence", 3],
] as const;

/** `Person` or `Person|State|Group`: a label expression whose every label has a unique index on `id`. */
const labelExpression = (labels: NodeType | readonly NodeType[]): string => (typeof labels === "string" ? labels : labels.join("|"));

/**
 * A relationship statement. Endpoints given as several labels (`Person|State|Group`) are found by one
 * unique-index seek per label, so one statement per type serves every pair of endpoint labels: a small
 * load plans 7 statements rather than up to 50, at the price of a few index misses per row.
 */
export function edgeMergeCypher(type: RelationType, sourceLabels: NodeType | readonly NodeType[], targetLabels: NodeType | readonly NodeType[]): string {
  const appends = EVIDENCE_LISTS.map(([f, at]) => `r.${f} = coalesce(r.${f}, []) + [i IN fresh | row.e[i + ${at}]]`).join(",\n    ");
  return `UNWIND range(0, $n - 1) AS i
WITH {source: $source[i], target: $target[i], e: $e[i], props: $props[i], firstSeen: $firstSeen[i], lastSeen: $lastSeen[i], hash: $hash[i]} AS row
MATCH (a:${labelExpression(sourceLabels)} {id: row.source})
MATCH (b:${labelExpression(targetLabels)} {id: row.target})
MERGE (a)-[r:${type}]->(b)
WITH r, row, r.evidenceKeys IS NULL AS created,
     [i IN range(0, size(row.e) - 1, ${EVIDENCE_STRIDE}) WHERE NOT row.e[i] IN coalesce(r.evidenceKeys, [])] AS fresh
WITH *, row.firstSeen IS NOT NULL AND (r.firstSeen IS NULL OR row.firstSeen < r.firstSeen) AS earlier,
     row.lastSeen IS NOT NULL AND (r.lastSeen IS NULL OR row.lastSeen > r.lastSeen) AS later
WITH *, created OR size(fresh) > 0 OR earlier OR later
        OR any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r += row.props,
    r.firstSeen = CASE WHEN earlier THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN later THEN row.lastSeen ELSE r.lastSeen END,
    ${appends})
FOREACH (_ IN CASE WHEN r.${LOAD_HASH} IS NULL OR r.${LOAD_HASH} <> row.hash THEN [1] ELSE [] END | SET r.${LOAD_HASH} = row.hash)
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       count(*) AS total`;
}

// Reloads that hash nothing per row. Every node and relationship falls into one of BUCKETS buckets of its
// label (or type) by a hash of its key; a bucket's digest is one SHA-1 over the JSON text of its entries, in
// graph order. After a load completes, the digests of the buckets it brought are stored on one store-owned
// node (label LoadDigest, a property per bucket). A later load whose bucket digest equals the stored one
// leaves that bucket's entries alone: no row, no per-row hash, no stored hash read. When every bucket
// matches, the load asks Neo4j nothing else.
//
// Why that is safe: a stored digest says "a load that brought exactly these entries for this bucket
// completed, and no load wrote into the bucket since". Completed, because digests are written after the
// last batch; nothing since, because every load first clears (in a transaction of its own, before its
// first write) the digest of each bucket it is about to send rows into. Merging is a set-union whose
// overwritten parts (properties, names) are those of the last row merged, so the entries of such a bucket
// are what merging its rows again would leave them: skipping changes nothing. A load killed midway leaves
// its buckets cleared; a graph that changed (another order of its entries included) does not match and goes
// through the per-row hashes (unchanged.ts) as before. Wiping the database or a bulk import (which
// replaces it) removes the node, so their next reload takes the per-row path and stores digests again.
import { hash } from "node:crypto";
import type { GraphJson } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { articleDayOf, edgeDays } from "./rows.js";

/** The label of the node holding the digests. Exports, counts and isEmpty leave it out. */
export const DIGEST_LABEL = "LoadDigest";
/** Buckets per label or type: a changed entry costs its bucket (1/64 of the label) the per-row path. */
const BUCKETS = 64;
/** Part of every digest: bump it when what a row is made of changes, so older digests no longer match. */
const DIGEST_VERSION = "rows-1";

/** FNV-1a of a key, reduced to a bucket: cheap, and stable across runs and machines. */
function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** A bucket's property name on the digest node: the label or type (ontology names) and its number. */
const bucketName = (kind: string, bucket: number) => `${kind}_${bucket}`;
export const nodeBucket = (label: string, key: string) => bucketName(label, bucketOf(key));
export const edgeBucket = (type: string, source: string, target: string) => bucketName(type, bucketOf(`${source}\0${target}`));

/** The digests of a graph's buckets, and the bucket of each of its entries (by index). */
export interface GraphDigests {
  digests: Map<string, string>;
  nodeBuckets: string[];
  edgeBuckets: string[];
}

interface Bucket {
  entries: unknown[];
  /** An edge's days (see graphDigests), when the graph has dated articles. */
  days: string[];
}

/**
 * Digests of every non-empty bucket of `graph`: one JSON text of the bucket's entries (in graph order) and
 * one SHA-1 per bucket, which costs 40% less than a text per entry.
 */
export function graphDigests(graph: GraphJson): GraphDigests {
  const buckets = new Map<string, Bucket>();
  const bucket = (name: string): Bucket => {
    let b = buckets.get(name);
    if (!b) {
      b = { entries: [], days: [] };
      buckets.set(name, b);
    }
    return b;
  };
  const nodeBuckets: string[] = new Array(graph.nodes.length);
  for (let i = 0; i < graph.nodes.length; i++) {
    const n = graph.nodes[i]!;
    const name = nodeBucket(n.attributes.type, n.key);
    nodeBuckets[i] = name;
    bucket(name).entries.push(n);
  }
  // An edge's days may come from its articles' publication days (Article nodes), which its own JSON
  // does not hold: they are part of its bucket's text whenever the graph has dated articles.
  const articleDay = articleDayOf(graph);
  const edgeBuckets: string[] = new Array(graph.edges.length);
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i]!;
    const name = edgeBucket(e.attributes.type, e.source, e.target);
    edgeBuckets[i] = name;
    const b = bucket(name);
    b.entries.push(e);
    if (articleDay) b.days.push(edgeDays(e, articleDay).join(" "));
  }
  const digests = new Map<string, string>();
  for (const [name, b] of buckets) {
    digests.set(name, hash("sha1", `${DIGEST_VERSION}\n${name}\n${JSON.stringify(b.entries)}\n${b.days.join(",")}`, "base64url"));
  }
  return { digests, nodeBuckets, edgeBuckets };
}

/** The digests stored by earlier loads (none when there is no digest node, or more than one). */
export async function storedDigests(driver: Driver, database: string): Promise<Map<string, string>> {
  const res = await driver.executeQuery(`MATCH (d:${DIGEST_LABEL}) RETURN properties(d) AS p LIMIT 2`, {}, { database, routing: "READ" });
  if (res.records.length !== 1) return new Map();
  const props = res.records[0]!.get("p") as Record<string, unknown>;
  return new Map(Object.entries(props).filter((kv): kv is [string, string] => typeof kv[1] === "string"));
}

/** Clears the digests of the buckets a load is about to write into: in a transaction of its own, before any row. */
export const CLEAR_DIGESTS_CYPHER = `MATCH (d:${DIGEST_LABEL}) SET d += $clear`;

export async function clearDigests(driver: Driver, database: string, buckets: ReadonlySet<string>): Promise<void> {
  if (buckets.size === 0) return;
  const clear: Record<string, null> = {};
  for (const b of buckets) clear[b] = null;
  await driver.executeQuery(CLEAR_DIGESTS_CYPHER, { clear }, { database });
}

/** Stores the digests of a load that has completed (buckets it did not bring keep theirs). */
export async function storeDigests(driver: Driver, database: string, digests: ReadonlyMap<string, string>): Promise<void> {
  if (digests.size === 0) return;
  await driver.executeQuery(`MERGE (d:${DIGEST_LABEL}) SET d += $digests`, { digests: Object.fromEntries(digests) }, { database });
}

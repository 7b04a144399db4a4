// Explore mode's statements, run once when the server starts in Neo4j mode. Neo4j plans a statement the
// first time it sees it (about 0.5 s each for the walk's two statements on the bench's machine, more on
// a JVM that has just started), and that first time was a user's: the first expansion of a hub took
// 0.7 s where the next took 0.15 s. The warm-up runs in the background, one query at a time, so it
// never delays the server's start or holds more than one of Neo4j's cores; a request that arrives
// meanwhile is answered as it would have been without it. It reads and writes nothing the answers
// depend on: every question it asks is one a user could ask.
import { EXPLORE_DEFAULT_LIMIT, EXPLORE_DEFAULT_TYPES, type NeighbourhoodQuery, NODE_TYPES, type RankedActor } from "@backchannel/schema";
import { NameResolutionError, type Store } from "@backchannel/store";
import { neo4jEvidence } from "./evidence.js";

export interface WarmUpReport {
  /** Questions asked (each one or more statements). */
  questions: number;
  /** Questions that failed (a name that is not in the graph is not a failure: it is the question). */
  failed: number;
  ms: number;
  /** The actor whose neighbourhood was walked: the most connected, whose walk reads the most. */
  centre?: string;
}

/**
 * The date windows a walk's statements are planned for: none, a start, an end, both (a parameter that
 * is null and one that is a date get plans of their own). Dates long past: a window that holds nothing
 * costs nothing to walk but plans the same statement.
 */
const WINDOWS: Pick<NeighbourhoodQuery, "since" | "until">[] = [
  {},
  { since: "1900-01-01" },
  { until: "1900-01-01" },
  { since: "1900-01-01", until: "1900-01-02" },
];

/**
 * Keys that name no node, one per label and per length: a node is found by `MATCH (n:Label {id: $id})`,
 * planned per label and per size bucket of the string (2–10 characters, 11–100), as are the evidence
 * statements.
 */
const MADE_UP_KEYS = NODE_TYPES.filter((t) => t !== "Article").flatMap((t) => [`${t.toLowerCase()}:w`, `${t.toLowerCase()}:warm-up-key`]);

/**
 * Asks once each question explore mode's pages ask, in the order a page asks them: the most
 * connected actors, a neighbourhood (on the most connected actor, so its relationships are read into
 * Neo4j's page cache too) with each kind of date window, then a node's name and evidence for each
 * label. Never throws: a failure is counted and the warm-up goes on.
 */
export async function warmUpExplore(store: Store, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<WarmUpReport> {
  const t0 = performance.now();
  const report: WarmUpReport = { questions: 0, failed: 0, ms: 0 };
  const ask = async <T>(question: () => Promise<T>, expectedError?: (e: unknown) => boolean): Promise<T | undefined> => {
    // A server closing stops its warm-up between two questions (its store may be closed next).
    if (opts.signal?.aborted) return undefined;
    report.questions++;
    try {
      return await question();
    } catch (e) {
      if (!expectedError?.(e)) report.failed++;
      return undefined;
    }
  };
  const lookups = store.lookups;
  const top: RankedActor[] | undefined = await ask(() => lookups.topActors(1));
  const centre = top?.[0]?.key;
  if (centre) {
    report.centre = centre;
    for (const w of WINDOWS) await ask(() => lookups.neighbourhood(centre, { depth: 1, types: EXPLORE_DEFAULT_TYPES, limit: EXPLORE_DEFAULT_LIMIT, ...w }));
  }
  const unknownName = (e: unknown) => e instanceof NameResolutionError;
  for (const key of MADE_UP_KEYS) {
    await ask(() => lookups.resolve(key), unknownName);
    await ask(() => neo4jEvidence(store, { node: key }, opts.timeoutMs));
  }
  report.ms = performance.now() - t0;
  return report;
}

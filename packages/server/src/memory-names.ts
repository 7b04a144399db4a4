// Name resolution in memory mode: the candidates come from a scan of the graph's names and aliases;
// the decision is the shared resolveName(), so memory mode resolves exactly as Neo4j mode does.
import type { MultiGraph } from "graphology";
import type { NameCandidate, NameSource, NodeRef, SearchResult } from "@backchannel/schema";

export interface IndexEntry {
  key: string;
  /** Normalised name and aliases (normName). */
  norms: string[];
  result: SearchResult;
}

export function memoryNameSource(g: MultiGraph, index: readonly IndexEntry[], ref: (key: string) => NodeRef): NameSource {
  const candidate = (e: IndexEntry): NameCandidate => ({ ...ref(e.key), aliases: e.result.aliases });
  return {
    byKey: (key) => (g.hasNode(key) ? ref(key) : undefined),
    withForms: (forms) => index.filter((e) => e.norms.some((n) => forms.includes(n))).map(candidate),
    // Every node: the resolver picks the near ones (a full-text index narrows this down in Neo4j).
    near: () => index.map(candidate),
    affiliated: (key) =>
      g
        .inEdges(key)
        .filter((e) => g.getEdgeAttribute(e, "type") === "AFFILIATED_WITH")
        .map((e) => ({ person: ref(g.source(e)), role: String(g.getEdgeAttribute(e, "role") ?? "") })),
  };
}

// The viewer's only way to the data: the server's /api (contract: the API types in @backchannel/schema).
// The browser never talks to Neo4j and never holds credentials.
import type {
  ArticleResponse,
  ErrorResponse,
  EvidenceResponse,
  GraphResponse,
  InfoResponse,
  NeighbourhoodResponse,
  QueryRequest,
  QueryResponse,
  SearchResponse,
  TopActorsResponse,
} from "@backchannel/schema";

export type {
  ArticleResponse,
  InfoResponse,
  QueryResponse,
  GraphResponse,
  EvidenceResponse,
  NeighbourhoodResponse,
  SearchResponse,
  TopActorsResponse,
} from "@backchannel/schema";

/** GET /api/neighbourhood's parameters, as the explore controller builds them from the view state. */
export interface NeighbourhoodParams {
  name: string;
  depth: number;
  /** Relationship types walked, comma-separated by the request. */
  types: readonly string[];
  since?: string;
  until?: string;
  limit?: number;
}

/** What GET /api/evidence answers for: a node's relationships, or one relationship. */
export type EvidenceQuery = { node: string } | { type: string; source: string; target: string };

/**
 * The graph without evidence: what the page loads in the full view (after /api/info said the graph is
 * small enough to draw whole; explore mode never asks for it). The details panel fetches evidence
 * per node or relationship (api.evidence).
 */
export const LEAN_GRAPH_PATH = "graph?evidence=none";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Relative to the page, so the viewer works wherever the server mounts it. */
function apiUrl(path: string): string {
  return new URL(`api/${path}`, document.baseURI).toString();
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), init);
  } catch (err) {
    throw new ApiError(`cannot reach the server (${(err as Error).message})`, 0);
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body ?? {}) as Partial<ErrorResponse>;
    throw new ApiError(typeof e.error === "string" ? e.error : `HTTP ${res.status}`, res.status, e.field);
  }
  return body as T;
}

export const api = {
  info: () => call<InfoResponse>("info"),
  /** The whole graph with its evidence (exports). */
  graph: () => call<GraphResponse>("graph"),
  /** The graph without evidence (page load, reload): edges arrive without `evidence`. */
  leanGraph: () => call<GraphResponse>(LEAN_GRAPH_PATH),
  evidence: (q: EvidenceQuery) => call<EvidenceResponse>(`evidence?${new URLSearchParams(q).toString()}`),
  /** An article's text for the reading pane; 404 when the server has none. */
  article: (id: string) => call<ArticleResponse>(`article?${new URLSearchParams({ id }).toString()}`),
  /** Explore mode: a node's neighbourhood, without evidence. */
  neighbourhood: (p: NeighbourhoodParams) => {
    const q = new URLSearchParams({ name: p.name, depth: String(p.depth), types: p.types.join(",") });
    if (p.since) q.set("since", p.since);
    if (p.until) q.set("until", p.until);
    if (p.limit) q.set("limit", String(p.limit));
    return call<NeighbourhoodResponse>(`neighbourhood?${q.toString()}`);
  },
  /** Explore mode's starting points. */
  topActors: (limit = 20) => call<TopActorsResponse>(`top-actors?limit=${limit}`),
  /** The server's search (explore mode has no whole graph to search in the page). */
  search: (q: string, limit = 10) => call<SearchResponse>(`search?${new URLSearchParams({ q, limit: String(limit) }).toString()}`),
  query: (req: QueryRequest) => call<QueryResponse>("query", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(req) }),
};

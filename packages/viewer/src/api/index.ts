// The viewer's only way to the data: the server's /api (contract: the API types in @backchannel/schema).
// The browser never talks to Neo4j and never holds credentials.
import type { ArticleResponse, ErrorResponse, EvidenceResponse, GraphResponse, InfoResponse, QueryRequest, QueryResponse } from "@backchannel/schema";

export type { ArticleResponse, InfoResponse, QueryResponse, GraphResponse, EvidenceResponse } from "@backchannel/schema";

/** What GET /api/evidence answers for: a node's relationships, or one relationship. */
export type EvidenceQuery = { node: string } | { type: string; source: string; target: string };

/**
 * The graph without evidence: what the page loads (index.html preloads this very URL, so keep the
 * two the same). The details panel fetches evidence per node or relationship (api.evidence).
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
  query: (req: QueryRequest) => call<QueryResponse>("query", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(req) }),
};

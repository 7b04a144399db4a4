// Explore mode's first requests, sent before the rest of the viewer has loaded (prefetchNeighbourhoods),
// and the cache of answers the controller keeps. Imports little: the entry chunk (main.ts) holds it.
import { api, type NeighbourhoodParams, type NeighbourhoodResponse } from "../api/index.js";
import { decodeState } from "../state/index.js";
import { neighbourhoodRequests } from "./requests.js";

/** Answers by request, as the controller keeps them (the key is the request's parameters as JSON). */
export type NeighbourhoodCache = Map<string, Promise<NeighbourhoodResponse>>;

/** Asks the server once for `p`, through `cache`; a failure is not kept, so asking again may work (the server was restarting). */
export function ask(cache: NeighbourhoodCache, p: NeighbourhoodParams): { answer: Promise<NeighbourhoodResponse>; sent: boolean } {
  const id = JSON.stringify(p);
  const cached = cache.get(id);
  if (cached) return { answer: cached, sent: false };
  const answer = api.neighbourhood(p);
  answer.catch(() => cache.delete(id));
  cache.set(id, answer);
  return { answer, sent: true };
}

/** Explore mode as the address asks for it: "#explore=1" or "?explore" yes, "#explore=0" no, null when it does not say. */
export function exploreAsked(address: Pick<Location, "hash" | "search">): boolean | null {
  return decodeState(address.hash).explore ?? (new URLSearchParams(address.search).has("explore") ? true : null);
}

/**
 * Sends the requests that draw the address's explore state right away, from the entry chunk (main.ts),
 * before the viewer's bundle has loaded, /api/info has said whether the graph is too big to draw whole
 * and the app is built: a link to a neighbourhood then waits for the server's answer rather than for
 * all of that and then the answer. Open nodes come from explore mode's links, so this is wasted only
 * when the graph turns out small enough to draw whole. The controller takes the cache.
 */
export function prefetchNeighbourhoods(address: Pick<Location, "hash" | "search">): NeighbourhoodCache | undefined {
  const s = decodeState(address.hash);
  if (exploreAsked(address) === false || !s.open.length) return undefined;
  const cache: NeighbourhoodCache = new Map();
  for (const p of neighbourhoodRequests(s)) ask(cache, p);
  return cache;
}

// Fetches what explore mode draws and applies it to the graph: one request per open node (cached, so
// replaying a state asks nothing again), the latest state winning over answers still on their way.
import { ApiError, type NeighbourhoodParams, type NeighbourhoodResponse } from "../api/index.js";
import type { BcGraph } from "../graph/types.js";
import type { ViewState } from "../state/types.js";
import { applyNeighbourhoods, type ExploreReport } from "./index.js";
import { ask, type NeighbourhoodCache } from "./prefetch.js";
import { neighbourhoodRequests } from "./requests.js";

export class ExploreController {
  private generation = 0;
  private drawnKey = "";
  /** What the last drawing left out or could not fetch (the status line says it). */
  report: ExploreReport = { truncated: [], failed: null };
  /** Requests sent to the server, for the status line and tests. */
  requests = 0;

  /** `cache`: answers asked for before the app was built (prefetch.ts), counted as sent. */
  constructor(
    private readonly graph: BcGraph,
    private readonly cache: NeighbourhoodCache = new Map(),
  ) {
    this.requests = cache.size;
  }

  private fetch(p: NeighbourhoodParams): Promise<NeighbourhoodResponse> {
    const { answer, sent } = ask(this.cache, p);
    if (sent) this.requests++;
    return answer;
  }

  /** Whether drawing `s` needs answers not drawn yet (a request, or one under way). */
  pending(s: ViewState): boolean {
    return this.drawKey(s) !== this.drawnKey;
  }

  private drawKey(s: ViewState): string {
    return JSON.stringify([neighbourhoodRequests(s), s.hidden, s.pinned]);
  }

  /** Forgets every answer (Reload graph: the database may have changed). */
  forget(): void {
    this.cache.clear();
    this.drawnKey = "";
  }

  /**
   * Draws the state: true when the graph changed. A newer call makes an older one's answers moot, so
   * they are dropped instead of drawn.
   */
  async draw(s: ViewState): Promise<boolean> {
    const requests = neighbourhoodRequests(s);
    const key = this.drawKey(s);
    if (key === this.drawnKey) return false;
    const generation = ++this.generation;
    let answers: NeighbourhoodResponse[];
    try {
      answers = await Promise.all(requests.map((p) => this.fetch(p)));
    } catch (err) {
      if (generation !== this.generation) return false;
      this.report = { truncated: [], failed: err instanceof ApiError ? err.message : String(err) };
      return true;
    }
    if (generation !== this.generation) return false;
    // The answers are in: the explore bench splits fetching from building and drawing by this mark.
    performance.clearMarks("backchannel:explore-data");
    performance.mark("backchannel:explore-data");
    this.drawnKey = key;
    applyNeighbourhoods(this.graph, answers, s);
    this.report = {
      truncated: answers.filter((a) => a.truncated).map((a) => ({ name: a.centre.name, reached: a.reached, shown: a.nodes.length })),
      failed: null,
    };
    return true;
  }
}

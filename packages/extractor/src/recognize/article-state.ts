// The state an article is about, counted one way for every reader that needs it: a title with no
// state ("Prime Minister X"), a generic party name ("Labour leader X"), "the government".
import type { ActorMention, PlaceMention } from "./model.js";

/** One state's weight in the article so far, and its first mention (none when only the dateline names it). */
export interface StateCount {
  readonly state: string;
  readonly m?: ActorMention;
  n: number;
}

/**
 * Each state's mentions before token `before`, by state id. A mention in the headline counts twice,
 * since the headline names what the article is about; so does the dateline's state, which the text
 * no longer holds once the dateline is masked. `actors` are in text order.
 */
export function stateMentionCounts(actors: readonly ActorMention[], dateline?: string, before = Number.MAX_SAFE_INTEGER): Map<string, StateCount> {
  const count = new Map<string, StateCount>();
  if (dateline) count.set(dateline, { state: dateline, n: 2 });
  for (const m of actors) {
    if (m.start >= before) break;
    if (m.actor.type !== "State" || !m.actor.state) continue;
    const e = count.get(m.actor.state);
    const n = m.sent === 0 ? 2 : 1;
    if (!e?.m) count.set(m.actor.state, { state: m.actor.state, m, n: (e?.n ?? 0) + n });
    else e.n += n;
  }
  return count;
}

/** The state counted most (the first to reach the top count) and the runner-up's count. */
export function leadingState(counts: ReadonlyMap<string, StateCount>): { best?: StateCount; second: number } {
  let best: StateCount | undefined;
  let second = 0;
  for (const e of counts.values()) {
    if (!best || e.n > best.n) {
      second = best?.n ?? 0;
      best = e;
    } else if (e.n > second) second = e.n;
  }
  return best ? { best, second } : { second };
}

/**
 * The state the article is about, when it clearly leads: at least `min` counts, and `ratio` times
 * those of any other (a ratio of 1 asks only for more).
 */
export function articleState(actors: readonly ActorMention[], dateline: string | undefined, min: number, ratio: number): StateCount | undefined {
  const { best, second } = leadingState(stateMentionCounts(actors, dateline));
  if (!best || best.n < min) return undefined;
  return (ratio === 1 ? best.n > second : best.n >= ratio * second) ? best : undefined;
}

/**
 * The state the places named before token `before` lie in ("Montreal", "Quebec", "Ottawa" -> Canada), for
 * an article that names no state itself: at least two places, and more than those of any other state.
 */
export function leadingPlaceState(places: readonly PlaceMention[], before = Number.MAX_SAFE_INTEGER): { state: string; first: PlaceMention } | undefined {
  const count = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of places) {
    if (p.start >= before || !p.state) continue;
    const e = count.get(p.state);
    if (e) e.n++;
    else count.set(p.state, { n: 1, first: p });
  }
  let best: { state: string; n: number; first: PlaceMention } | undefined;
  let second = 0;
  for (const [state, e] of count) {
    if (!best || e.n > best.n) {
      second = best?.n ?? 0;
      best = { state, ...e };
    } else second = Math.max(second, e.n);
  }
  return best && best.n >= 2 && best.n > second ? { state: best.state, first: best.first } : undefined;
}

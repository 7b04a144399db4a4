// Affiliations read from the article as a whole: the state of a state-level title, the article's state.
import type { Lexicon } from "../lexicon.js";
import type { ActorMention } from "../model.js";

/** The article's state by mentions, when it has at least three and twice those of any other; else null. */
export function dominantState(actors: readonly ActorMention[]): ActorMention | null {
  const count = new Map<string, { m: ActorMention; n: number }>();
  for (const m of actors) {
    if (m.actor.type !== "State") continue;
    const e = count.get(m.actor.key);
    if (e) e.n++;
    else count.set(m.actor.key, { m, n: 1 });
  }
  let best: { m: ActorMention; n: number } | undefined;
  let second = 0;
  for (const e of count.values()) {
    if (!best || e.n > best.n) {
      second = best?.n ?? 0;
      best = e;
    } else if (e.n > second) second = e.n;
  }
  return best && best.n >= 3 && best.n >= 2 * second ? best.m : null;
}

const STATE_TITLE_KINDS = new Set(["head-of-state", "head-of-government", "minister"]);
/** "Prime Minister", "President", "Foreign Minister", "opposition leader": titles held within one state. */
export function stateLevelTitle(lex: Lexicon, role: string): boolean {
  const r = role.toLowerCase().replace(/^(u\.s\.|the)\s+/, "");
  const kind = lex.titleKinds.get(r);
  return (kind !== undefined && STATE_TITLE_KINDS.has(kind)) || r === "opposition leader" || r === "vice president" || r === "vice-president";
}

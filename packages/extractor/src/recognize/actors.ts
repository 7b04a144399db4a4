// Gazetteer actors, memoised per lexicon: states, organisations and the organs composed from a state
// and an organ suffix ("Qatar's foreign ministry"). They are immutable, so every article shares them;
// the caches are keyed by the (immutable) lexicon, so they carry nothing from one article to the next.
import { nodeKey } from "../util/keys.js";
import type { Lexicon } from "./lexicon.js";
import { mkActor, type Actor, type OrganSuffix } from "./model.js";
import { getOrCreate } from "../util/maps.js";

const actorCache = new WeakMap<Lexicon, [Map<string, Actor>, Map<string, Actor>]>();
/** Gazetteer actors are immutable and shared: built once per lexicon (kind 0: states, 1: organisations). */
function cachedActor(lex: Lexicon, kind: 0 | 1, id: string, make: () => Actor): Actor {
  const caches = actorCache.get(lex) ?? [new Map<string, Actor>(), new Map<string, Actor>()];
  actorCache.set(lex, caches);
  return getOrCreate(caches[kind], id, make);
}

/** The state with gazetteer id `id`. */
export function stateActor(lex: Lexicon, id: string): Actor {
  return cachedActor(lex, 0, id, () => mkActor(nodeKey("State", id), "State", lex.stateName(id), id));
}

/** The gazetteer organisation with id `id`. */
export function orgActor(lex: Lexicon, id: string): Actor {
  return cachedActor(lex, 1, id, () => {
    const o = lex.orgs.get(id)!;
    const actor = mkActor(nodeKey("Group", o.id), "Group", o.name, o.state, o.kind);
    if (o.employer) actor.employer = true;
    if (o.union) actor.union = true;
    return actor;
  });
}

const organCache = new WeakMap<Lexicon, Map<string, Actor>>();
/** A state's organ: the one gazetteer organisation of that state that fits the suffix, else "<Demonym> <canonical>". */
export function composeOrgan(lex: Lexicon, stateId: string, suf: OrganSuffix): Actor {
  const cache = organCache.get(lex) ?? new Map<string, Actor>();
  organCache.set(lex, cache);
  const ck = `${stateId}|${suf.canonical}`;
  const hit = cache.get(ck);
  if (hit) return hit;
  let actor: Actor | undefined;
  const candidates = (lex.orgsByState.get(stateId) ?? []).filter(
    (o) => o.kind === suf.kind && (!suf.namePattern || suf.namePattern.test([o.name, ...o.aliases].join(" "))),
  );
  if (candidates.length === 1) {
    const o = candidates[0]!;
    actor = mkActor(nodeKey("Group", o.id), "Group", o.name, stateId, o.kind);
  } else {
    const name = `${lex.demonym(stateId)} ${suf.canonical}`;
    actor = mkActor(nodeKey("Group", name), "Group", name, stateId, suf.kind);
  }
  cache.set(ck, actor);
  return actor;
}

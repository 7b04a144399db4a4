// Who is on whose side: chunk heads as actors, the article's two parties, same side and own side.
import { NOT_PARTY_KINDS } from "./gap-words.js";
import type { Actor } from "../recognize/model.js";
import type { ArticleContext } from "./model.js";
import { isUnion } from "../recognize/references.js";

/**
 * The actors a list of chunks stands for, each once; a pair chunk stands for the article's two parties
 * other than the side of `otherThan` ("O'Regan urged both sides": not O'Regan's own state).
 */
export function heads(ctx: ArticleContext, idx: number[], otherThan: Actor[] = []): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const i of idx) {
    const c = ctx.chunks[i]!;
    for (const act of c.members ? membersOtherThan(ctx, c.members, c.reserve, otherThan) : c.pair ? pairOf(ctx, c.end, otherThan) : [c.head.actor]) {
      if (!seen.has(act.key)) {
        seen.add(act.key);
        out.push(act);
      }
    }
  }
  return out;
}

/**
 * "Kobler urged both men": the two persons, those named before them standing in for the subject and for
 * a member of the subject's own state ("President Tokayev received both ministers" after Kazakhstan's
 * host and the two sides' ministers were named: the two sides').
 */
function membersOtherThan(ctx: ArticleContext, members: readonly Actor[], reserve: readonly Actor[] | undefined, otherThan: readonly Actor[]): Actor[] {
  const own = (x: Actor) => otherThan.some((y) => y.key === x.key || (!!ctx.personState.get(x.key) && ctx.personState.get(x.key)?.key === (ctx.personState.get(y.key) ?? y).key));
  const kept = members.filter((x) => !own(x));
  if (kept.length === members.length) return [...members];
  const stand = (reserve ?? []).filter((x) => !own(x)).slice(0, members.length - kept.length);
  return stand.length ? [...stand, ...kept] : [...members];
}

/** Pair nouns that say what kind of body both sides are ("both gangs", "the two unions"). */
const BODY_PAIR_KINDS = /^(gangs|militias|factions|groups|movements|unions)$/;

/**
 * The two actors a pair chunk ending at token `end` stands for: for "both gangs" or "the two unions", the
 * two bodies of that kind the article names most (when it names two); else the article's two parties.
 */
function pairOf(ctx: ArticleContext, end: number, otherThan: Actor[]): Actor[] {
  const noun = ctx.tokens[end - 1]?.lower ?? "";
  if (BODY_PAIR_KINDS.test(noun)) {
    const kind = (x: Actor) => x.type === "Group" && (noun === "unions" ? isUnion(x) : !isUnion(x) && !NOT_PARTY_KINDS.has(x.orgKind ?? "") && x.orgKind !== "government-office");
    const bodies = ctx.ranked.filter((x) => kind(x) && !ctx.mediatorKeys.has(x.key) && !otherThan.some((y) => sameSide(x, y) || ownSide(ctx, y, x))).slice(0, 2);
    if (bodies.length === 2) return bodies;
  }
  return parties(ctx, otherThan);
}

const COURT = /\b(Court|Tribunal)\b/;

/** A court or tribunal: it hears the parties' case and is never one of them. */
export function isCourt(x: Actor): boolean {
  return x.type === "Group" && COURT.test(x.name);
}

/** The article's two opposing parties: the most salient actors that are not mediators nor on the side of `otherThan`. */
export function parties(ctx: ArticleContext, otherThan: Actor[] = []): Actor[] {
  // "talks between A and B" named earlier: those are the two sides
  if (ctx.betweenPair) return ctx.betweenPair;
  const labour = unionAndEmployer(ctx, otherThan);
  if (labour) return labour;
  const out: Actor[] = [];
  for (const x of ctx.ranked) {
    if (ctx.mediatorKeys.has(x.key) || (x.type === "Group" && NOT_PARTY_KINDS.has(x.orgKind ?? "")) || isCourt(x)) continue;
    if (otherThan.some((y) => sameSide(x, y) || ownSide(ctx, y, x))) continue;
    if (out.some((y) => sameSide(x, y))) continue;
    out.push(x);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out : rivalPersons(ctx, otherThan);
}

/**
 * A labour dispute's two sides: the union and the employer the article names most, when it names the
 * employer more than any state (a government that steps in is named often too, but is no side at the table).
 */
function unionAndEmployer(ctx: ArticleContext, otherThan: Actor[]): Actor[] | undefined {
  if (!namesUnion(ctx)) return undefined;
  const usable = (x: Actor) => !ctx.mediatorKeys.has(x.key) && !otherThan.some((y) => sameSide(x, y) || ownSide(ctx, y, x));
  const union = ctx.ranked.find((x) => isUnion(x) && usable(x));
  const employer = ctx.ranked.findIndex((x) => x.type === "Group" && !!x.employer && !isUnion(x) && usable(x));
  // (named more than any state, the speaker's own and a mediator included, or three times: a company named in
  // passing in a strike against the government is no side, but CN named throughout its strike is, however
  // often the story names Ottawa)
  const state = ctx.ranked.findIndex((x) => x.type === "State");
  const often = employer >= 0 && (ctx.freq.get(ctx.ranked[employer]!.key)?.n ?? 0) >= 3;
  return union && employer >= 0 && (state < 0 || employer < state || often) ? [union, ctx.ranked[employer]!] : undefined;
}

/**
 * "Thabane and his deputy Metsing ... urged the rivals to": when the article's sides are not two
 * states or bodies (a dispute inside one government), the two persons it names most often, each at
 * least twice, neither a mediator nor on the side of `otherThan`.
 */
function rivalPersons(ctx: ArticleContext, otherThan: Actor[]): Actor[] {
  const count = new Map<string, { actor: Actor; n: number; first: number }>();
  for (const c of ctx.chunks) {
    const x = c.head.actor;
    if (c.pair || x.type !== "Person" || ctx.mediatorKeys.has(x.key)) continue;
    const e = count.get(x.key);
    if (e) e.n++;
    else count.set(x.key, { actor: x, n: 1, first: c.start });
  }
  const ranked = [...count.values()].filter((e) => e.n >= 2 && !otherThan.some((y) => sameSide(e.actor, y) && y.type === "Person")).sort((x, y) => y.n - x.n || x.first - y.first);
  return ranked.length >= 2 ? [ranked[0]!.actor, ranked[1]!.actor] : [];
}

/** The same actor, two organs of one state, or two employers (companies bargain on one side of a labour dispute). */
export const sameSide = (x: Actor, y: Actor): boolean => x.key === y.key || (!!x.state && x.state === y.state) || (!!x.employer && !!y.employer);

/** Whether the article names a trade union (a labour dispute, where employers stand together). */
const unionNamed = new WeakMap<ArticleContext, boolean>();
function namesUnion(ctx: ArticleContext): boolean {
  const known = unionNamed.get(ctx);
  if (known !== undefined) return known;
  const v = ctx.m.actors.some((am) => am.actor.type === "Group" && isUnion(am.actor));
  unionNamed.set(ctx, v);
  return v;
}

/**
 * sameSide, but two companies face each other where the article names no union: "BHP had asked
 * Anglo's board to extend the talks" is one company's demand of another.
 */
export function sameSideIn(ctx: ArticleContext, x: Actor, y: Actor): boolean {
  if (x.key !== y.key && x.employer && y.employer && !(x.state && x.state === y.state) && !namesUnion(ctx)) return false;
  return sameSide(x, y);
}

/**
 * Two companies on one side of a labour dispute (the article names a union): they do not meet each
 * other; where no union is named they are two parties ("BHP and Anglo American met in London").
 */
export function employersTogether(ctx: ArticleContext, x: Actor, y: Actor): boolean {
  return !!x.employer && !!y.employer && namesUnion(ctx);
}

/** A person and the state or organisation the person speaks for. */
export function ownSide(ctx: ArticleContext, x: Actor, y: Actor): boolean {
  return speaksFor(ctx, x, y) || speaksFor(ctx, y, x);
}

/**
 * Two persons who speak for one organisation ("Naftogaz chief executive Andriy Kobolyev ... together
 * with Naftogaz's executive director"): colleagues on one side of the table, not parties that meet.
 */
export function colleagues(ctx: ArticleContext, x: Actor, y: Actor): boolean {
  const bodies = ctx.personBodies.get(x.key);
  if (!bodies) return false;
  for (const b of ctx.personBodies.get(y.key) ?? []) if (bodies.has(b)) return true;
  return false;
}

/** The person's state or organisation, or an organ of the person's state ("Zelensky" and "Ukrainian troops"). */
function speaksFor(ctx: ArticleContext, person: Actor, y: Actor): boolean {
  if (person.type !== "Person") return false;
  const st = ctx.personState.get(person.key);
  return st?.key === y.key || (!!st?.state && st.state === y.state) || ctx.personAffil.get(person.key)?.has(y.key) === true;
}

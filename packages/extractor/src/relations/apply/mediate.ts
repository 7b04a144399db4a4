// Recording mediators: what they mediate (the sentence's meeting, the parties "between" names, the
// article's only meeting, or its two most salient other actors), and the states and bodies their
// envoys act for.
import { CAMEO } from "@backchannel/schema";
import type { Actor } from "../../recognize/model.js";
import { objectAfter } from "../arguments.js";
import { addFact, soleMeeting } from "../context.js";
import type { ArticleContext, FactTarget } from "../model.js";
import { heads, ownSide, sameSide } from "../sides.js";
import { isUnion } from "../../recognize/references.js";

/**
 * Records `mediators` as mediating what the sentence names (its meeting, the parties "between" names),
 * else `parties` (the parties the trigger named, "hosted A and B"), else the article's most salient others.
 */
export function mediate(ctx: ArticleContext, mediators: Actor[], s: number, te: number, sentEnd: number, ruleId: string, confidence: number, parties: Actor[]): void {
  if (!mediators.length) return;
  const targets = mediatedTargets(ctx, mediators, s, te, sentEnd, parties);
  const all = [...mediators];
  for (const med of mediators) {
    const acting = med.type === "Person" && !ctx.formerRole.has(med.key);
    const st = acting && !ctx.personIntl.has(med.key) ? ctx.personState.get(med.key) : undefined;
    // a head of state mediating between his own government and others acts in person, not for a mediating state
    if (st && !all.some((x) => x.key === st.key) && !domesticTo(ctx, st, targets)) {
      // (in a labour dispute the state's conciliator acts for its service; the state is still no side of it)
      if (labourDispute(ctx, targets, [...mediators, st])) ctx.mediatorKeys.set(st.key, st);
      else all.push(st);
    }
    // an envoy of an international body mediates for it ("the EU's coordinator", "head of UNSMIL")
    const og = acting ? ctx.personIntl.get(med.key) : undefined;
    if (og && !all.some((x) => x.key === og.key)) all.push(og);
    // ("talks mediated by Sacramento Mayor Darrell Steinberg": the city he heads is no side either)
    const region = med.type === "Person" ? ctx.m.actors.find((am) => am.actor.key === med.key && am.affiliation?.via === "region")?.affiliation?.actor : undefined;
    if (region) ctx.mediatorKeys.set(region.key, region);
  }
  for (const med of all) {
    ctx.mediatorKeys.set(med.key, med);
    for (const target of targets) addFact(ctx, { type: "MEDIATES", source: med, target, rule: ruleId, confidence, sent: s, cameo: CAMEO.MEDIATE });
  }
}

/** Whether a party mediated is the state itself, one of its organs or one of its persons ("Herzog ... between the Israeli government and the Histadrut"). */
function domesticTo(ctx: ArticleContext, state: Actor, targets: readonly FactTarget[]): boolean {
  // ("King Sihamoni brought Hun Sen and Sam Rainsy together": persons of his own state)
  return targets.some((t) => "actor" in t && !!t.actor && (t.actor.key === state.key || (!!state.state && t.actor.state === state.state) || ctx.personState.get(t.actor.key)?.key === state.key));
}

/**
 * Whether the parties mediated are a company or union and no state ("CCMA director X chaired the
 * sessions" between Eskom and the unions): the conciliator acts for its service, not for the state.
 * When a meeting is what is mediated, the article's leading actors (not the mediators, nor the state
 * in question) stand for its parties.
 */
function labourDispute(ctx: ArticleContext, targets: readonly FactTarget[], mediating: readonly Actor[]): boolean {
  // (a meeting mediated: the article's leading actors other than the mediators and their state are its
  // parties, "after a 16-hour session at a Manhattan hotel")
  const named = targets.flatMap((t) => ("actor" in t && t.actor ? [t.actor] : []));
  const actors = named.length ? named : ctx.ranked.filter((x) => !mediating.some((y) => y.key === x.key)).slice(0, 3);
  const union = (x: Actor) => x.type === "Group" && x.orgKind !== "international" && x.orgKind !== "political" && isUnion(x);
  return actors.some((x) => x.employer || union(x)) && !actors.some((x) => x.type === "State");
}

function mediatedTargets(ctx: ArticleContext, mediators: Actor[], s: number, te: number, sentEnd: number, parties: Actor[]): FactTarget[] {
  const meeting = ctx.meetingsIn.get(s);
  if (meeting !== undefined) return [{ meeting }];
  let targets: FactTarget[] = [];
  // "between A and B" anywhere after the trigger
  for (let k = te; k < sentEnd; k++) {
    if (ctx.tokens[k]!.lower === "between") {
      targets = heads(ctx, objectAfter(ctx, k + 1, sentEnd, 3))
        .filter((x) => !mediators.some((y) => y.key === x.key))
        .map((actor) => ({ actor }));
      break;
    }
  }
  if (!targets.length && parties.length) targets = parties.filter((x) => !mediators.some((y) => y.key === x.key)).map((actor) => ({ actor }));
  const sole = soleMeeting(ctx);
  if (!targets.length && sole !== undefined) targets = [{ meeting: sole }];
  if (!targets.length) {
    // the two most salient others, not the mediator's own state if any other is named (a mediator with
    // nothing else in reach still keeps its role: the fact is about who mediates)
    const ex = [...mediators, ...parties];
    const others = ctx.ranked.filter((x) => !ex.some((y) => sameSide(x, y)));
    const notOwn = others.filter((x) => !mediators.some((y) => ownSide(ctx, y, x)));
    targets = (notOwn.length ? notOwn : others).slice(0, 2).map((actor) => ({ actor }));
  }
  return targets;
}

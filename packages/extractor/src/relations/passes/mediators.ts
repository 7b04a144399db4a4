// Article passes that find mediators no sentence rule names as such.
import { MEDIATOR_ROLE } from "../gap-words.js";
import { mediate } from "../apply/mediate.js";
import type { ArticleContext } from "../model.js";

/** "Malaysian facilitator X", "X, the Norwegian facilitator": persons whose title says they mediate. */
export function mediatorTitles(ctx: ArticleContext): void {
  for (const am of ctx.m.actors) {
    if (am.actor.type !== "Person" || !am.role || !MEDIATOR_ROLE.test(am.role) || ctx.formerRole.has(am.actor.key) || ctx.mediatorKeys.has(am.actor.key) || afterSource(ctx, am.start)) continue;
    const sen = ctx.sentences[am.sent]!;
    if (participleNotTheirs(ctx, am.end, am.start - sen.tokStart)) continue;
    mediate(ctx, [am.actor], am.sent, am.end, sen.tokEnd, "mediator-title", 0.7, []);
  }
}

/**
 * "Kozak held talks with Jeenbekov and then with Japarov, acting as a go-between": a role in a participle
 * clause after a person deep in the sentence is the opening subject's, not that person's.
 */
function participleNotTheirs(ctx: ArticleContext, end: number, offset: number): boolean {
  const t = (k: number) => ctx.tokens[k]?.lower ?? "";
  return offset > 3 && t(end) === "," && /^(acting|serving|working)$/.test(t(end + 1)) && t(end + 2) === "as";
}

/** "According to the mediators, Damiba set ...": the name after the mediators as a source is no mediator. */
function afterSource(ctx: ArticleContext, start: number): boolean {
  const t = (k: number) => ctx.tokens[k]?.lower ?? "";
  return t(start - 1) === "," && /^(mediators?|facilitators?)$/.test(t(start - 2)) && t(start - 3) === "the" && t(start - 4) === "to" && t(start - 5) === "according";
}

/**
 * "the mediators": when no mediator is named, the actors the lead paragraphs show acting together right
 * after the word ("Mediators held talks ... The United States, Qatar and Egypt met with an Israeli
 * delegation").
 */
export function mediatorsAntecedent(ctx: ArticleContext): void {
  if (ctx.mediatorKeys.size) return;
  let firstGeneric = -1;
  for (let i = 0; i < ctx.n; i++) {
    const lw = ctx.tokens[i]!.lower;
    // the plural only: "described him as a mediator" names one person, never a list of actors
    if (lw === "mediators" && !ctx.consumedMediatorNoun.has(i)) {
      firstGeneric = ctx.tokens[i]!.sent;
      break;
    }
  }
  if (firstGeneric < 0) return;
  const cand = ctx.subjectLists.find((l) => l.sent >= firstGeneric && l.sent <= firstGeneric + 2 && l.actors.length >= 2 && l.actors.every((x) => x.type !== "Person"));
  if (!cand) return;
  const sen = ctx.sentences[cand.sent]!;
  mediate(ctx, cand.actors, cand.sent, sen.tokStart, sen.tokEnd, "mediators-antecedent", 0.55, []);
}

// Article passes that turn what the sentences read into facts: demands get their addressee, titles
// and appositives become affiliations.
import { stateActor } from "../../recognize/actors.js";
import { mkMention, type Actor, type ActorMention } from "../../recognize/model.js";
import { addFact } from "../context.js";
import type { ArticleContext, Fact, PendingDemand } from "../model.js";
import { AFFILIATION_RULES } from "../rules/index.js";
import { isCourt, ownSide, sameSide } from "../sides.js";
import { signatoryKeys } from "./signatories.js";

const AFFILIATION_CONFIDENCE: ReadonlyMap<string, number> = new Map(AFFILIATION_RULES.map((r) => [r.id, r.confidence!]));

/**
 * Demands without a named addressee go to "the other side": the most salient actor that is neither the
 * demander's side, nor a mediator, nor a court. A demand of people no actor names ("urged lawmakers to"), or one with
 * no other side in the article, is of the article itself (the ontology's DEMANDS -> Article).
 */
export function resolveDemands(ctx: ArticleContext): void {
  for (const d of ctx.demands) {
    const target = d.target ?? (d.unnamed ? undefined : otherSide(ctx, d));
    const f: Fact = { type: "DEMANDS", source: d.source, target: target ? { actor: target } : { article: true }, rule: d.rule.id, confidence: d.target ? d.rule.confidence : d.rule.confidence * 0.8, sent: d.sent, at: d.at, cameo: d.cameo };
    if (d.what) f.what = d.what;
    addFact(ctx, f);
  }
}

function otherSide(ctx: ArticleContext, d: PendingDemand): Actor | undefined {
  // actors making the same demand together ("a demand pressed by A and by B") are not its addressee
  const co = (x: Actor) => ctx.demands.some((o) => o !== d && o.sent === d.sent && o.rule === d.rule && !o.target && o.source.key === x.key);
  // ("urged the protest leaders who had not signed to": not a party that signed)
  const signed = d.holdouts ? signatoryKeys(ctx) : undefined;
  return ctx.ranked.find((x) => !sameSide(x, d.source) && !ownSide(ctx, d.source, x) && !ctx.mediatorKeys.has(x.key) && x.type !== "Person" && !isCourt(x) && !co(x) && !signed?.has(x.key));
}

/** Organs whose people speak for their state: the armed forces and the intelligence services. */
const STATE_ORGANS = new Set(["military", "intelligence"]);
/** The state of the army or intelligence service a person belongs to ("Sudan's army chief"), as a mention. */
function organState(ctx: ArticleContext, organ: Actor, am: ActorMention): ActorMention | undefined {
  if (organ.type !== "Group" || !organ.state || !STATE_ORGANS.has(organ.orgKind ?? "") || !ctx.lex.states.has(organ.state)) return undefined;
  return mkMention(am.start, am.start, am.sent, stateActor(ctx.lex, organ.state), "", "organ");
}

/** A person's title or appositive names the state or organisation the person speaks for. */
export function affiliations(ctx: ArticleContext): void {
  for (const am of ctx.m.actors) {
    if (am.actor.type !== "Person" || !am.affiliation) continue;
    // every affiliation is recorded with the rule that read it; one without is a defect, reported
    // against its article by the caller
    const rule = am.affiliationRule;
    const confidence = rule === undefined ? undefined : AFFILIATION_CONFIDENCE.get(rule);
    if (rule === undefined || confidence === undefined) throw new Error(`affiliation of ${am.actor.name} has no registered rule (${rule ?? "none"})`);
    const f: Fact = { type: "AFFILIATED_WITH", source: am.actor, target: { actor: am.affiliation.actor }, rule, confidence, sent: am.sent };
    if (am.role) f.role = am.role;
    addFact(ctx, f);
    // a party leader's state besides the party; an army's or intelligence service's man's state besides the organ
    const also = am.stateAffiliation ?? organState(ctx, am.affiliation.actor, am);
    const alsoConfidence = AFFILIATION_CONFIDENCE.get(am.stateAffiliation ? (am.stateAffiliationRule ?? "") : "organ-state");
    if (also && alsoConfidence !== undefined) {
      const g: Fact = { type: "AFFILIATED_WITH", source: am.actor, target: { actor: also.actor }, rule: am.stateAffiliation ? am.stateAffiliationRule! : "organ-state", confidence: alsoConfidence, sent: am.sent };
      if (am.role) g.role = am.role;
      addFact(ctx, g);
    }
    const bodyRule = am.ledBodyRule ?? "who-leads";
    if (am.ledBody) addFact(ctx, { type: "AFFILIATED_WITH", source: am.actor, target: { actor: am.ledBody.actor }, rule: bodyRule, confidence: AFFILIATION_CONFIDENCE.get(bodyRule) ?? 0.85, sent: am.sent });
  }
}

// Applying a DEMANDS match: the demand in the article's words, its addressee when the sentence names
// one, and its CAMEO code. Demands whose addressee is left unsaid are settled after the whole article
// is read (../passes/resolve-demands.ts).
import { CAMEO } from "@backchannel/schema";
import type { Actor } from "../../recognize/model.js";
import { stateActor } from "../context.js";
import { SPEECH } from "../gap-words.js";
import type { ArticleContext, RuleMatch } from "../model.js";
import { ownSide, sameSide } from "../sides.js";

export function applyDemands(ctx: ArticleContext, match: RuleMatch): void {
  const { rule, s, ts, sen, S, O } = match;
  const { tokens } = ctx;
  // "..., a demand pressed by X and by Y": the actors after the trigger make the demand stated before
  // it, whose addressee is left unsaid
  if (rule.args === "obj") {
    if (!O.length) return;
    const what = ctx.a.text
      .slice(tokens[sen.tokStart]!.start, tokens[Math.max(sen.tokStart, ts - 1)]!.start)
      .replace(/[\s,;:–—-]+(a|an|the)?\s*$/i, "")
      .trim();
    for (const x of O) ctx.demands.push({ source: x, target: undefined, rule, sent: s, cameo: CAMEO.DEMAND, what: what || undefined });
    return;
  }
  if (!S.length) return;
  let te = match.te;
  if (rule.unlessAfter) {
    // "refused to sign unless the Serbs handed back ...": the condition after "unless" is the demand
    let u = te;
    while (u < sen.tokEnd && u < te + 16 && !/^(unless|until)$/.test(tokens[u]!.lower) && tokens[u]!.text !== ";" && !SPEECH.has(tokens[u]!.lower)) u++;
    if (u >= sen.tokEnd || !/^(unless|until)$/.test(tokens[u]!.lower)) return;
    te = u + 1;
  }
  // the demand, in the article's words: up to the end of the clause
  let k = te;
  while (k < sen.tokEnd && k < te + 14) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === "." || (k > te + 2 && (t.text === "," || /^(but|while|which|following|after|as|because|whereas)$/.test(t.lower)))) break;
    k++;
  }
  const whatText = k > te ? ctx.a.text.slice(tokens[te]!.start, tokens[k - 1]!.end).replace(/^(that|for|on)\s+/i, "").trim() : "";
  let target = rule.noAddressee ? undefined : addresseeOf(ctx, match, te, k);
  const cameo = /cease-?fire|truce|halt|stop/i.test(whatText) ? CAMEO.DEMAND_CEASEFIRE : /release|free|freeing|prisoner|hostage|withdraw/i.test(whatText) ? CAMEO.DEMAND_RELEASE : CAMEO.DEMAND;
  // "X demanded that Riyadh pay ..., and called for the reopening of ...": a coordinated demand
  // without its own addressee keeps the one before it in the sentence
  if (!target && /^(and|but)$/.test(tokens[ts - 1]?.lower ?? "")) {
    for (let d = ctx.demands.length - 1; d >= 0 && ctx.demands[d]!.sent === s; d--)
      if (ctx.demands[d]!.target && S.some((x) => x.key === ctx.demands[d]!.source.key)) {
        target = ctx.demands[d]!.target;
        break;
      }
  }
  for (const x of S) ctx.demands.push({ source: x, target, rule, sent: s, cameo, what: whatText || undefined });
}

/** The addressee the demand names: the object of "urged X to", else the first other-side actor in [te, end). */
function addresseeOf(ctx: ArticleContext, match: RuleMatch, te: number, end: number): Actor | undefined {
  const { tokens, chunks, chunkAt, m, lex } = ctx;
  const { rule, S, O } = match;
  if ((rule.objThenTo || rule.objThenMust) && O.find((x) => !S.some((y) => sameSide(x, y)))) return O.find((x) => !S.some((y) => sameSide(x, y)));
  for (let q = te; q < end; q++) {
    const ci = chunkAt[q]!;
    if (ci < 0) {
      // "demanded that Washington lift ...": a capital in the demand stands for its state
      const pi = m.placeAt[q]!;
      const pl = pi >= 0 ? m.places[pi]! : undefined;
      if (pl?.state && tokens[q - 1]?.lower === "that" && lex.states.get(pl.state)?.capitals.includes(pl.name) && !S.some((y) => y.state === pl.state)) return stateActor(ctx, pl.state);
      continue;
    }
    let act = chunks[ci]!.head.actor;
    if (act.type === "Person" && /^(on|of|for|against|to|about)$/.test(tokens[chunks[ci]!.start - 1]?.lower ?? "")) {
      q = chunks[ci]!.end - 1;
      continue;
    }
    // "the withdrawal of the Israeli military": the addressee is the state, unless the article
    // treats the force itself as the party (Sudan's army against the RSF)
    if (act.type === "Group" && act.state && lex.states.has(act.state)) {
      const st = stateActor(ctx, act.state);
      if ((ctx.freq.get(st.key)?.n ?? 0) >= (ctx.freq.get(act.key)?.n ?? 0)) act = st;
    }
    if (!S.some((x) => sameSide(x, act) || ownSide(ctx, x, act))) return act;
    q = chunks[ci]!.end - 1;
  }
  return undefined;
}

// "The government delegation was headed by X. The rebel team was represented by Y.", "X, who led the
// government side": the heads of two delegations of opposing sides met. One scan of the article.
import { CAMEO } from "@backchannel/schema";
import type { Actor } from "../../recognize/model.js";
import { addFact } from "../context.js";
import { DELEG_NOUNS } from "../gap-words.js";
import type { ArticleContext } from "../model.js";
import { ownSide, sameSide } from "../sides.js";

interface DelegationHead {
  rep: Actor;
  owner: Actor | undefined;
  sent: number;
}

export function delegationHeads(ctx: ArticleContext): void {
  const reps: DelegationHead[] = [];
  for (let k = 2; k < ctx.n - 2; k++) {
    const r = delegationHeadAt(ctx, k);
    if (r) reps.push(r);
  }
  const sides = (r: DelegationHead): Actor[] => {
    const out = [r.rep];
    if (r.owner) out.push(r.owner);
    const st = ctx.personState.get(r.rep.key);
    if (st) out.push(st);
    return out;
  };
  const apart = (x: DelegationHead, y: DelegationHead): boolean => !sides(x).some((a) => sides(y).some((b) => sameSide(a, b) || ownSide(ctx, a, b)));
  for (let i = 0; i < reps.length; i++)
    for (let j = i + 1; j < reps.length; j++)
      if (apart(reps[i]!, reps[j]!)) addFact(ctx, { type: "MEETS", source: reps[i]!.rep, target: { actor: reps[j]!.rep }, rule: "delegation-heads", confidence: 0.6, sent: reps[j]!.sent, cameo: CAMEO.NEGOTIATE });
}

/** A delegation and its head read at token k ("headed", "led", "represented"), if any. */
function delegationHeadAt(ctx: ArticleContext, k: number): DelegationHead | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  const lw = tokens[k]!.lower;
  if (lw !== "headed" && lw !== "led" && lw !== "represented") return undefined;
  const s = tokens[k]!.sent;
  const sen = ctx.sentences[s]!;
  const prev = tokens[k - 1]!.lower;
  let owner: Actor | undefined;
  let rep: Actor | undefined;
  if (tokens[k + 1]!.lower === "by" && (prev === "was" || prev === "were" || prev === "is" || prev === "are")) {
    let noun = false;
    for (let q = k - 2; q >= sen.tokStart && q >= k - 8; q--) {
      if (DELEG_NOUNS.has(tokens[q]!.lower)) noun = true;
      const c = chunkAt[q]!;
      if (c >= 0 && !chunks[c]!.pair) {
        owner = chunks[c]!.head.actor;
        break;
      }
    }
    if (!noun && !owner) return undefined;
    for (let q = k + 2; q < sen.tokEnd && q < k + 14; q++) {
      const c = chunkAt[q]!;
      if (c >= 0 && chunks[c]!.head.actor.type === "Person") {
        rep = chunks[c]!.head.actor;
        break;
      }
    }
    rep ??= owner;
  } else if (prev === "who" && tokens[k - 2]!.text === "," && lw !== "represented") {
    let noun = false;
    for (let q = k + 1; q < sen.tokEnd && q < k + 5; q++) {
      if (DELEG_NOUNS.has(tokens[q]!.lower)) noun = true;
      const c = chunkAt[q]!;
      if (c >= 0 && !owner) owner = chunks[c]!.head.actor;
    }
    const c = chunkAt[k - 3] ?? -1;
    if (!noun || c < 0 || chunks[c]!.head.actor.type !== "Person") return undefined;
    rep = chunks[c]!.head.actor;
  } else return undefined;
  if (!rep || ctx.mediatorKeys.has(rep.key) || (owner && ctx.mediatorKeys.has(owner.key))) return undefined;
  if (owner?.type === "Person") owner = undefined;
  return { rep, owner, sent: s };
}

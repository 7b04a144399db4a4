// "The government delegation was headed by X. The rebel team was represented by Y.", "X, who led the
// government side": the heads of two delegations of opposing sides met. One scan of the article.
import { CAMEO } from "@backchannel/schema";
import type { Actor } from "../../recognize/model.js";
import { addFact } from "../context.js";
import { DELEG_NOUNS, STRONG_BREAK } from "../gap-words.js";
import type { ArticleContext } from "../model.js";
import { ownSide, sameSide } from "../sides.js";
import { subjectBefore } from "../arguments.js";

interface DelegationHead {
  rep: Actor;
  owner: Actor | undefined;
  sent: number;
  /** The head and the persons named with them in the delegation ("led by X and included Y and Z"). */
  members: Actor[];
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
    for (let j = i + 1; j < reps.length; j++) {
      if (!apart(reps[i]!, reps[j]!)) continue;
      // (each member of one delegation across the table from each of the other's)
      for (const x of reps[i]!.members)
        for (const y of reps[j]!.members)
          if (!sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: "delegation-heads", confidence: x === reps[i]!.rep && y === reps[j]!.rep ? 0.6 : 0.55, sent: reps[j]!.sent, cameo: CAMEO.NEGOTIATE });
    }
}

/** Words between the persons of one delegation ("led by X and included Y and Z", "headed by its deputy emir X and secretary general Y"). */
const MEMBER_LINKS = /^(,|and|included|includes|including|comprised|comprising|also|its|his|her|their|the)$/;

/**
 * The persons named after a delegation's head at token `from` in its clause: coordinated with the head or
 * listed as included, up to a clause break or another actor.
 */
function membersAfter(ctx: ArticleContext, head: Actor, from: number, sentEnd: number): Actor[] {
  const { tokens, chunks, chunkAt } = ctx;
  const out = [head];
  for (let q = from; q < sentEnd && q < from + 40; q++) {
    const c = chunkAt[q]!;
    if (c >= 0) {
      const actor = chunks[c]!.head.actor;
      if (actor.type !== "Person") break;
      // (not a possessor inside a member's appositive: "the head of President Volodymyr Zelensky's office")
      const possessor = /^['’]s?$/.test(tokens[chunks[c]!.end]?.text ?? "");
      if (!possessor && !ctx.mediatorKeys.has(actor.key) && !out.some((x) => x.key === actor.key)) out.push(actor);
      q = chunks[c]!.end - 1;
      continue;
    }
    // (over titles and their portfolios: "Minister for Kashmir Affairs", "Minister of State")
    const t = tokens[q]!;
    const portfolio = (t.cap && t.kind === "word") || (/^(of|for)$/.test(t.lower) && !!tokens[q + 1]?.cap);
    if (ctx.m.titleAt[q]! >= 0 || portfolio || MEMBER_LINKS.test(t.lower)) continue;
    break;
  }
  return out;
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
  let members: Actor[] | undefined;
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
        members = membersAfter(ctx, rep, chunks[c]!.end, sen.tokEnd);
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
  } else if (lw !== "represented" && tokens[k + 1]!.lower === "the") {
    // "Cho Myoung-gyon led the South's five-member delegation": the subject heads the delegation named after the verb
    let noun = false;
    for (let q = k + 2; q < sen.tokEnd && q < k + 9 && !noun; q++) {
      if (DELEG_NOUNS.has(tokens[q]!.lower)) noun = true;
      const c = chunkAt[q]!;
      if (c >= 0 && !owner && !chunks[c]!.pair) owner = chunks[c]!.head.actor;
    }
    if (!noun || !owner) return undefined;
    const subject = subjectBefore(ctx, k, sen.tokStart);
    rep = subject.length === 1 ? chunks[subject[0]!]!.head.actor : clauseOpener(ctx, k, sen.tokStart);
    if (rep?.type !== "Person") return undefined;
  } else return undefined;
  if (!rep || ctx.mediatorKeys.has(rep.key) || (owner && ctx.mediatorKeys.has(owner.key))) return undefined;
  if (owner?.type === "Person") owner = undefined;
  return { rep, owner, sent: s, members: members ?? [rep] };
}

/**
 * "while Ri Son-gwon, chairman of the North's Committee for ..., headed": the person opening the clause
 * whose verb at token k follows a long appositive closed by a comma.
 */
function clauseOpener(ctx: ArticleContext, k: number, sentStart: number): Actor | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  if (tokens[k - 1]!.text !== ",") return undefined;
  let q = k - 2;
  while (q > sentStart && q > k - 25 && !STRONG_BREAK.has(tokens[q - 1]!.lower)) q--;
  if (q > sentStart && !STRONG_BREAK.has(tokens[q - 1]!.lower)) return undefined;
  const c = chunkAt[q]!;
  return c >= 0 && chunks[c]!.start === q ? chunks[c]!.head.actor : undefined;
}

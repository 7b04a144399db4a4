// The per-article context of the relation stage: chunks, where meetings are named, how salient each
// actor is, whom each person speaks for; then the state that reading the sentences builds.
import { nodeKey } from "../util/keys.js";
import { mkActor, type Actor } from "../recognize/model.js";
import { buildChunks } from "./chunks.js";
import type { Token } from "../nlp/wink.js";
import type { ArticleContext, Chunk, Fact, RelationInput } from "./model.js";
import { getOrCreate } from "../util/maps.js";

/** The article's one placed meeting, when it names exactly one: where its mediation went when nothing else says. */
export function soleMeeting(ctx: ArticleContext): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < ctx.meetings.length; k++) {
    if (ctx.meetings[k]!.placeless) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

export function createContext(inp: RelationInput): ArticleContext {
  const { analysis: a, mentions: m, meetings, meetingMentions, lex } = inp;
  const { chunks, chunkAt, quotations } = buildChunks(a.tokens, m, lex);
  const ctx: ArticleContext = {
    a,
    tokens: a.tokens,
    sentences: a.sentences,
    n: a.tokens.length,
    m,
    lex,
    meetings,
    chunks,
    chunkAt,
    quotations,
    meetingsIn: new Map(),
    placedIn: new Map(),
    meetingNounIn: new Set(),
    meetingAtNoun: new Map(),
    freq: salience(chunks, a.tokens),
    ranked: [],
    personState: new Map(),
    personIntl: new Map(),
    personAffil: new Map(),
    personBodies: new Map(),
    formerRole: new Set(),
    facts: [],
    mediatorKeys: new Map(),
    betweenPair: undefined,
    subjectLists: [],
    consumedMediatorNoun: new Set(),
    demands: [],
    at: undefined,
    lastSubj: undefined,
  };
  for (const mm of meetingMentions) {
    ctx.meetingNounIn.add(mm.sent);
    if (mm.meeting >= 0) {
      // a dated meeting with no place is the sentence's own event (its sides attend it), but no later
      // "the talks" refers back to it and no mediator is read as its host
      const placeless = !!meetings[mm.meeting]!.placeless;
      if (!placeless && !ctx.meetingsIn.has(mm.sent)) ctx.meetingsIn.set(mm.sent, mm.meeting);
      if ((mm.place || placeless) && !ctx.placedIn.has(mm.sent)) ctx.placedIn.set(mm.sent, mm.meeting);
      ctx.meetingAtNoun.set(mm.noun, mm.meeting);
    }
  }
  ctx.ranked = [...ctx.freq.values()].sort((x, y) => y.n - x.n || x.first - y.first).map((e) => e.actor);
  readPersonSides(ctx);
  return ctx;
}

/** How often each non-person actor is named (a titled person counts for its state or organisation). */
function salience(chunks: Chunk[], tokens: readonly Token[]): ArticleContext["freq"] {
  const freq: ArticleContext["freq"] = new Map();
  for (const c of chunks) {
    // "Azerbaijani Foreign Minister X": the person's state or organisation counts too
    const act = c.head.actor.type === "Person" ? c.head.affiliation?.actor : c.head.actor;
    if (!act || act.type === "Person" || c.pair) continue;
    // "the talks in Switzerland": a state named as where things happen is no side
    if (act.type === "State" && c.head.actor.type === "State" && tokens[c.start - 1]?.lower === "in") continue;
    const e = freq.get(act.key);
    if (e) e.n++;
    else freq.set(act.key, { actor: act, n: 1, first: c.start });
  }
  return freq;
}

/** Each person's state, international organisation and affiliations, from titles and appositives. */
function readPersonSides(ctx: ArticleContext): void {
  const { lex } = ctx;
  for (const am of ctx.m.actors) {
    const af = am.affiliation?.actor;
    if (am.actor.type !== "Person" || !af) continue;
    // "a former minister", and "a Salvadoran diplomat": a nationality and a trade name no office the
    // state holds ("Qatar's top diplomat", "a senior Egyptian diplomat" do), so the state does not act through them
    if (am.role && (/\b(former|ex-|retired|late)\b/i.test(am.role) || am.role === "diplomat")) ctx.formerRole.add(am.actor.key);
    // a leader named without a title may be a former one (Obasanjo mediating for the AU): their state
    // is their affiliation, but it does not mediate through them
    if (am.affiliationRule === "known-leader") ctx.formerRole.add(am.actor.key);
    // "José Luis Rodríguez Zapatero of Spain" with no title: where the person is from, no office there
    if (am.affiliationRule === "of-actor" && !am.role && af.type === "State") ctx.formerRole.add(am.actor.key);
    const st = af.type === "State" ? af : af.state && lex.states.has(af.state) ? mkActor(nodeKey("State", af.state), "State", lex.stateName(af.state), af.state) : undefined;
    if (st) ctx.personState.set(am.actor.key, st);
    if (af.type === "Group" && af.orgKind === "international") ctx.personIntl.set(am.actor.key, af);
    getOrCreate(ctx.personAffil, am.actor.key, () => new Set()).add(af.key);
    if (af.type === "Group" && !af.state) getOrCreate(ctx.personBodies, am.actor.key, () => new Set()).add(af.key);
  }
}

/** Records a fact; an actor never relates to itself. */
export function addFact(ctx: ArticleContext, f: Fact): void {
  if ("actor" in f.target && f.target.actor.key === f.source.key) return;
  // one shape for every stored fact (optional fields present): keeps the code that reads them monomorphic
  ctx.facts.push({ type: f.type, source: f.source, target: f.target, rule: f.rule, confidence: f.confidence, sent: f.sent, at: f.at ?? ctx.at, cameo: f.cameo, what: f.what, role: f.role });
}

/** The state actor of a state id. */
export function stateActor(ctx: ArticleContext, state: string): Actor {
  return mkActor(nodeKey("State", state), "State", ctx.lex.stateName(state), state);
}

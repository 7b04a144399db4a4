// Who speaks in a quotation: '"We want direct talks," Lawrence Kanyuka said', '"...," said Lway Yay
// Oo', 'X said: "..."', '"...," he said' (the person named last). Inside the quotation, "we", "I" and
// "us" stand for the speaker: they become chunks whose head is the speaker, so that the rules read
// "We want the military to stop ..." as the speaker's demand.
import type { Token } from "../nlp/wink.js";
import { mkMention } from "../recognize/model.js";
import type { Chunk, Quotation } from "./model.js";

/** Verbs that attribute a quotation. */
const QUOTE_VERBS = new Set(
  `said says told tells added adds wrote writes announced announces stated states insisted insists warned warns
  stressed stresses declared declares explained explains noted notes argued argues replied replies continued
  posted tweeted recalled recalls asked asks urged urges`.split(/\s+/),
);
const SPEAKER_PRONOUNS = new Set(["we", "i", "us"]);
const OPEN = new Set(["“", "«"]);
const CLOSE = new Set(["”", "»"]);

/** Quotations as [open, close] token index pairs, straight quotes paired by their spacing. */
export function quotations(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    const straight = t === '"';
    // a straight quote glued to the word before it closes; one with a space (or first) opens
    const opens = OPEN.has(t) || (straight && (k === 0 || tokens[k]!.space || open < 0));
    if (opens && open < 0) open = k;
    else if ((CLOSE.has(t) || straight) && open >= 0) {
      out.push([open, k]);
      open = -1;
    }
  }
  return out;
}

/** The chunk of the quotation's speaker, or -1. */
function speakerOf(tokens: readonly Token[], chunks: Chunk[], chunkAt: Int32Array, open: number, close: number): number {
  // (an attribution after the quotation is in its sentence: 'Raimondo said: "... with us." Ambassador Tai
  // said: ...' gives the next paragraph's speaker no say over this one)
  const n = tokens[close + 1]?.sent === tokens[close]?.sent ? tokens.length : close + 1;
  let k = close + 1;
  if (tokens[k]?.text === ",") k++;
  // '"...," said X'; '"...," said Special Representative Frattini': over the title's words
  if (k < n && QUOTE_VERBS.has(tokens[k]!.lower)) {
    const after = k + 1 < n && chunkAt[k + 1]! < 0 ? overTitleWords(tokens, chunks, chunkAt, k + 1) : k + 1;
    if (chunkAt[after]! >= 0) return chunkAt[after]!;
  }
  // '"...," X said', '"...," X, the group's spokesman, said'; '"...," vice-captain X said': over an
  // unread title's lower-case words
  const titled = k < n && chunkAt[k]! < 0 ? overTitleWords(tokens, chunks, chunkAt, k) : k;
  if (titled !== k && QUOTE_VERBS.has(tokens[chunks[chunkAt[titled]!]!.end]?.lower ?? "")) k = titled;
  const c = k < n ? chunkAt[k]! : -1;
  if (c >= 0) {
    // over an appositive (", the group's spokesman,"), within the sentence and before another quotation
    const sent = tokens[k]!.sent;
    for (let q = chunks[c]!.end; q < n && q < chunks[c]!.end + 10 && tokens[q]!.sent === sent; q++) {
      const t = tokens[q]!;
      if (QUOTE_VERBS.has(t.lower)) return c;
      if (t.text === '"' || OPEN.has(t.text) || CLOSE.has(t.text)) break;
    }
  }
  // '"...," he said': the person named last before the quotation
  if (k < n && /^(he|she)$/.test(tokens[k]?.lower ?? "") && QUOTE_VERBS.has(tokens[k + 1]?.lower ?? "")) return lastPersonBefore(tokens, chunks, open);
  // 'X said: "..."', 'X told reporters in Pristina: "..."': over the hearers and setting after the verb
  if (open >= 3 && /^[:,]$/.test(tokens[open - 1]!.text)) {
    for (let v = open - 2; v >= 1 && v >= open - 9 && tokens[v]!.sent === tokens[open - 1]!.sent; v--) {
      if (QUOTE_VERBS.has(tokens[v]!.lower)) {
        if (chunkAt[v - 1]! >= 0) return chunkAt[v - 1]!;
        break;
      }
      if (tokens[v]!.kind !== "word" && tokens[v]!.text !== "-" && !/^['’]s?$/.test(tokens[v]!.text)) break;
    }
  }
  if (tokens[open - 1]?.text === ":") return issuerOf(tokens, chunkAt, open - 1);
  // a release's quote block: the speaker's line ("Dallas Smith, president, Nanwakolas Council -") over it
  if (/^[-–—]$/.test(tokens[open - 1]?.text ?? "") && tokens[open - 1]!.sent !== tokens[open]!.sent) return speakerLine(tokens, chunks, chunkAt, open - 1);
  return -1;
}

/**
 * The person a release's speaker line names, the line ending in the dash at `dash`: the name opening it
 * (after a title: "Premier Christy Clark -"), then only the title and body set off by commas; else -1.
 */
function speakerLine(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, dash: number): number {
  let f = dash;
  while (f > 0 && tokens[f - 1]!.sent === tokens[dash]!.sent) f--;
  let k = f;
  while (k < f + 3 && chunkAt[k]! < 0 && tokens[k]!.kind === "word" && tokens[k]!.cap) k++;
  const c = chunkAt[k] ?? -1;
  if (c < 0 || chunks[c]!.head.actor.type !== "Person" || dash - f > 20) return -1;
  const rest = tokens.slice(chunks[c]!.end, dash);
  return (rest.length === 0 || rest[0]!.text === ",") && !rest.some((t) => QUOTE_VERBS.has(t.lower)) ? c : -1;
}

/**
 * The first chunk within five lower-case words (or hyphens) from k, in k's sentence, else k; over
 * capitalised words too when that chunk is a person ('"...," Vice President Jejomar Binay said').
 */
function overTitleWords(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, k: number): number {
  let capitals = false;
  for (let q = k; q < k + 6 && q < tokens.length && tokens[q]!.sent === tokens[k]!.sent; q++) {
    if (chunkAt[q]! >= 0) return !capitals || chunks[chunkAt[q]!]!.head.actor.type === "Person" ? q : k;
    const t = tokens[q]!;
    if (t.kind === "word" && t.cap) capitals = true;
    else if (!((t.kind === "word" && !t.cap) || (t.text === "-" && !t.space))) return k;
  }
  return k;
}

const ISSUED = /^(issued|issues|made|makes|released|releases|delivered|delivers|gave|gives)$/;
const STATEMENT_NOUNS = /^(statement|remarks|message|declaration)$/;

/**
 * 'The Minister of Labour, the Honourable X, issued the following statement today: "..."' (press
 * releases): the chunk of the issuer, or -1.
 */
function issuerOf(tokens: readonly Token[], chunkAt: Int32Array, colon: number): number {
  for (let q = colon - 1; q >= 0 && q >= colon - 6; q--) {
    if (!STATEMENT_NOUNS.test(tokens[q]!.lower)) continue;
    for (let v = q - 1; v >= 1 && v >= q - 4; v--) {
      if (!ISSUED.test(tokens[v]!.lower)) continue;
      const before = tokens[v - 1]!.text === "," ? v - 2 : v - 1;
      return before >= 0 ? chunkAt[before]! : -1;
    }
    return -1;
  }
  return -1;
}

function lastPersonBefore(tokens: readonly Token[], chunks: Chunk[], at: number): number {
  const sent = tokens[at]!.sent;
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i]!;
    if (c.end > at) continue;
    if (c.sent < sent - 2) break;
    if (!c.pair && c.head.actor.type === "Person") return i;
  }
  return -1;
}

/** The quotations whose speaker is known, and the turns of an interview's speakers. */
export function spokenQuotations(tokens: readonly Token[], chunks: Chunk[], chunkAt: Int32Array, quotes: readonly [number, number][]): Quotation[] {
  const out: Quotation[] = [];
  for (const [open, close] of quotes) {
    const sp = speakerOf(tokens, chunks, chunkAt, open, close);
    if (sp >= 0 && !chunks[sp]!.pair) out.push({ open, close, speaker: chunks[sp]!.head.actor });
    // '"...," Weaver said. "We asked the Liberals to ..."': a quotation opening the sentence right after
    // the one that closed a quotation of a known speaker goes on in that speaker's words
    // (not one whose own speaker is unread: '"...," said an official')
    else if (sp < 0 && out.length && opensSentence(tokens, open) && tokens[open - 1]!.sent === tokens[out[out.length - 1]!.close]!.sent && !attributed(tokens, close)) out.push({ open, close, speaker: out[out.length - 1]!.speaker });
  }
  return [...out, ...transcriptTurns(tokens, chunks, chunkAt), ...authoredStatement(tokens, chunks)];
}

/**
 * The line that names who issues a statement written in the first person: "Joint statement by the First
 * Minister of Wales, Mark Drakeford MS, and ...", "Spokesperson for the Office for the Coordination of
 * Humanitarian Affairs (OCHA): ...", "Issued by the Media Unit, Ceylon Workers' Congress".
 */
const AUTHOR_LINE = /^(?:joint |press |media )?(?:statement|communiqu[eé]|declaration) (?:by|from|of) |^spokes(?:person|man|woman) for |^issued by /i;

/**
 * A statement's own words: the text after the line naming its issuer near the top (or all of it, when
 * the issuer is named at the foot), whose "we", "I" and "us" are the issuer's, outside the quotations of
 * others.
 */
function authoredStatement(tokens: readonly Token[], chunks: readonly Chunk[]): Quotation[] {
  let sentIndex = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k - 1]!.sent === tokens[k]!.sent) continue;
    sentIndex++;
    const line = tokens.slice(k, k + 6).map((t) => t.text).join(" ");
    if (!AUTHOR_LINE.test(line)) continue;
    const foot = /^issued by /i.test(line);
    if (!foot && sentIndex > 8) continue;
    const sent = tokens[k]!.sent;
    const author = chunks.find((c) => c.sent === sent && c.start >= k && !c.pair && !c.speaker);
    if (!author) continue;
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1]!.sent === sent) end++;
    return [foot ? { open: -1, close: k - 1, speaker: author.head.actor } : { open: end, close: tokens.length, speaker: author.head.actor }];
  }
  return [];
}

/** Whether a verb of saying follows the quotation in its closing sentence ('"...," an aide said'). */
function attributed(tokens: readonly Token[], close: number): boolean {
  const sent = tokens[close]!.sent;
  for (let q = close + 1; q < tokens.length && tokens[q]!.sent === sent && q < close + 12; q++) if (QUOTE_VERBS.has(tokens[q]!.lower)) return true;
  return false;
}

function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k > 0 && tokens[k - 1]!.sent !== tokens[k]!.sent;
}

/** How many sentences one speaker's turn may run before the next "Name:". */
const MAX_TURN_SENTENCES = 8;

/**
 * An interview's or a transcript's turns: "Khine Thu Kha: We agreed for the people ..." — a person's
 * name (and title) opening a sentence, then a colon. The turn runs to the next sentence that opens with
 * a few words and a colon ("The Irrawaddy: ...", "Q: ..."), and its "we", "I" and "us" are the speaker's.
 */
function transcriptTurns(tokens: readonly Token[], chunks: Chunk[], chunkAt: Int32Array): Quotation[] {
  const out: Quotation[] = [];
  const starts: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (k === 0 || tokens[k - 1]!.sent !== tokens[k]!.sent) starts.push(k);
  // the colon after at most eight words at the sentence's start ("Khine Thu Kha:", "AA spokesman Khine
  // Thu Kha:", "The Irrawaddy:", "Q:"), or -1; a parliament's record sets the member's seat, office and
  // the time in brackets before it ("Brad Battin (Berwick - Leader of the Opposition) (11:51):")
  const labelEnd = new Map<number, number>();
  const opensTurn = (f: number): number => {
    let words = 0;
    let bracketed = false;
    for (let q = f; words < 9 && q < tokens.length && tokens[q]!.sent === tokens[f]!.sent; q++) {
      if (tokens[q]!.text === ":") return q > f ? q : -1;
      if (tokens[q]!.text === "(" && q > f) {
        const close = closingBracket(tokens, q);
        if (close < 0) return -1;
        if (!bracketed) labelEnd.set(f, q);
        bracketed = true;
        // (the tokenizer keeps "):" together)
        if (tokens[close]!.text === "):") return close;
        q = close;
        continue;
      }
      if (bracketed || !(tokens[q]!.kind === "word" || tokens[q]!.text === ".")) return -1;
      words++;
    }
    return -1;
  };
  for (let si = 0; si < starts.length; si++) {
    const f = starts[si]!;
    const colon = opensTurn(f);
    const end = labelEnd.get(f) ?? colon;
    const c = colon > f ? (chunkAt[end - 1]! >= 0 ? chunkAt[end - 1]! : personLabelled(tokens, chunks, f, end)) : -1;
    if (c < 0 || (chunkAt[end - 1]! >= 0 && chunks[c]!.end !== end) || chunks[c]!.pair || chunks[c]!.head.actor.type !== "Person") continue;
    let next = si + 1;
    while (next < starts.length && next <= si + MAX_TURN_SENTENCES && opensTurn(starts[next]!) < 0) next++;
    const close = next < starts.length ? starts[next]! - 1 : tokens.length - 1;
    out.push({ open: colon, close, speaker: chunks[c]!.head.actor });
  }
  return out;
}

/** The ")" closing the "(" at `open` within its sentence and 24 tokens, or -1. */
function closingBracket(tokens: readonly Token[], open: number): number {
  for (let q = open + 1; q < open + 24 && q < tokens.length && tokens[q]!.sent === tokens[open]!.sent; q++) {
    if (tokens[q]!.text === ")" || tokens[q]!.text === "):") return q;
    if (tokens[q]!.text === "(") return -1;
  }
  return -1;
}

/**
 * "ROB NICHOL:", "NICHOL:": a transcript's speaker label in capitals, which the recognizer does not read
 * as a name; the chunk of the person the article names in full whose name it spells or ends, or -1.
 */
function personLabelled(tokens: readonly Token[], chunks: readonly Chunk[], from: number, colon: number): number {
  const label = tokens.slice(from, colon).map((t) => t.text).join(" ");
  if (!/[A-Z]{2}/.test(label) || label !== label.toUpperCase()) return -1;
  // ("S. SHOUKRY:", "N. DENDIAS:": the given name's initial, then the surname)
  const initialled = /^([A-Z])\s?\.\s*(.+)$/.exec(label);
  return chunks.findIndex((c) => {
    if (c.pair || c.head.actor.type !== "Person") return false;
    const name = c.head.actor.name.toUpperCase();
    if (initialled) return name.startsWith(initialled[1]!) && name.endsWith(` ${initialled[2]!}`);
    return name === label || name.endsWith(` ${label}`);
  });
}

/** Chunks for "we", "I" and "us" inside quotations whose speaker is known. */
export function speakerChunks(tokens: readonly Token[], chunkAt: Int32Array, spoken: readonly Quotation[]): Chunk[] {
  const out: Chunk[] = [];
  // (a pronoun in two spans, a quotation inside a statement, is the nearer speaker's: the first listed)
  const taken = new Set<number>();
  for (const { open, close, speaker } of spoken) {
    for (let k = open + 1; k < close; k++) {
      const t = tokens[k]!;
      if (!SPEAKER_PRONOUNS.has(t.lower) || chunkAt[k]! >= 0 || taken.has(k)) continue;
      taken.add(k);
      out.push({ start: k, end: k + 1, sent: t.sent, head: mkMention(k, k + 1, t.sent, speaker, t.text, "speaker"), pair: false, speaker: true });
    }
  }
  return out;
}

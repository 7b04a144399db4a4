// The one wink-nlp pass per article: sentences and tokens with character offsets.
// Only the sentence-boundary pipe runs (tokenisation is always on); POS/NER would double the cost
// and the recognisers below do not need them.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type TokenKind = "word" | "number" | "punct" | "space" | "other";

export interface Token {
  /** Surface text (as in the article; split letters re-joined, see below). */
  text: string;
  /** Lower-cased text, for rule matching. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** True when whitespace precedes the token (false for "'s", "-", "." ...). */
  space: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Tokenisation only: wink's sentence-boundary automata cost a quarter of its time; sentences are
// split below from the tokens.
const nlp = winkNLP(model, []);

const LETTERS = /^\p{L}+$/u;
const UPPER = /^\p{Lu}/u;

const WORD_START = /^[\p{L}\p{M}#@]/u;
const NUM_START = /^[0-9]/;
/** Token kind from its text (cheaper than asking wink for its.type); ASCII without regular expressions. */
function kindOfText(v: string): TokenKind {
  const c = v.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return "word";
  if (c >= 48 && c <= 57) {
    for (let i = 1; i < v.length; i++) {
      const d = v.charCodeAt(i);
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) return "word";
      if (d > 127) return /[\p{L}]/u.test(v) ? "word" : "number";
    }
    return "number";
  }
  if (c < 128) {
    if (c === 35 || c === 64) return "word";
    if (c <= 32) return v.trim() === "" ? "space" : "punct";
    return "punct";
  }
  if (WORD_START.test(v)) return "word";
  if (NUM_START.test(v)) return /[\p{L}]/u.test(v) ? "word" : "number";
  if (v.trim() === "") return "space";
  return "punct";
}

export function kindOf(t: string): TokenKind {
  switch (t) {
    case "word":
    case "email":
    case "hashtag":
    case "mention":
    case "url":
      return "word";
    case "number":
    case "ordinal":
      return "number";
    case "punctuation":
      return "punct";
    case "tabCRLF":
      return "space";
    default:
      return "other";
  }
}

function matchesAt(text: string, v: string, pos: number): boolean {
  if (pos + v.length > text.length) return false;
  for (let k = 0; k < v.length; k++) if (text.charCodeAt(pos + k) !== v.charCodeAt(k)) return false;
  return true;
}

interface TokenInfo {
  lower: string;
  kind: TokenKind;
  cap: boolean;
  /** Letters only (LETTERS): a run wink split that analyse re-joins. */
  letters: boolean;
  /** A sentence terminal (TERMINAL). */
  terminal: boolean;
  /** An abbreviation with an inner dot and a final one ("U.S."): it may end a sentence before an opener. */
  dottedAbbreviation: boolean;
  /** A number with a final dot glued to it ("4pm.", "2023."): it ends a sentence before a sentence start. */
  numberDot: boolean;
}
/**
 * Per distinct token text: its lower-case form, kind and capitalisation. wink hands out the same
 * string object for the same lexeme, so this is one hash look-up per token, and every token with
 * the same text shares one lower-case string (whose hash the later Map/Set look-ups reuse).
 */
const INFO = new Map<string, TokenInfo>();
function infoOf(v: string): TokenInfo {
  let info = INFO.get(v);
  if (info === undefined) {
    const k = kindOfText(v);
    const c0 = v.charCodeAt(0);
    const letters = LETTERS.test(v);
    info = {
      lower: v.toLowerCase(),
      kind: k === "other" && letters ? "word" : k,
      cap: c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(v),
      letters,
      terminal: TERMINAL.has(v),
      dottedAbbreviation: v.length > 2 && v.charCodeAt(v.length - 1) === 46 && v.indexOf(".") < v.length - 1,
      numberDot: v.length > 2 && v.charCodeAt(v.length - 1) === 46 && v.indexOf(".") === v.length - 1 && c0 >= 48 && c0 <= 57,
    };
    if (INFO.size >= 200_000) INFO.clear();
    INFO.set(v, info);
  }
  return info;
}

/** Capitalised words that open sentences and never continue a name ("U.S. However" vs "U.S. President"). */
const SENTENCE_OPENERS = new Set("The A An In On At But And However Meanwhile He She It They We I This That These Those His Her Their Its There Here After Before While When Since During According Despite Although Though Both Some Many Most Several Such Earlier Later Yet Still".split(" "));
/** Sentence terminals (as whole tokens). */
const TERMINAL = new Set([".", "?", "!", "…", "...", "?!", "!?", "..", "....", "!!", "??"]);
/** After a terminal, these stay in the sentence: ")" "]" and closing quotes glued to it. */
function isCloser(v: string, space: boolean): boolean {
  return v === ")" || v === "]" || v === "\u201d" || v === "\u2019" || ((v === '"' || v === "'" || v === "''") && !space);
}
/** Abbreviated honorifics that always continue into a name, even across a line break. */
/** Abbreviations inside names that wink writes without their dot ("Bros", "Co", "Jr"). */
const NAME_ABBREVIATIONS = new Set("Bros Co Corp Inc Ltd Jr Sr Cos Mfg Intl Assn Dept".split(" "));
const HONORIFIC_ABBREVIATIONS = new Set("Mr. Mrs. Ms. Dr. Sen. Rep. Gen. Lt. Col. Capt. Maj. Prof. Rev. Gov. Sgt. Adm. Amb. Mme. M.".split(" "));
/** Only spaces and exactly one line feed between two offsets (not a paragraph break). */
function singleLineBreak(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c === 10) n++;
    else if (c !== 32 && c !== 13 && c !== 9) return false;
  }
  return n === 1;
}
const startsLower = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(v));
};
/** A sentence starts with a capital, a digit, an opening quote or bracket. */
function startsSentence(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0x2014 || c === 0x2013) return true;
  return c > 127 && UPPER.test(v);
}

/** Tokens per sentence at most (the longest sentence of the fixture sets has about 100). */
export const MAX_SENTENCE_TOKENS = 200;
/** Longer runs without a space are no words (URLs, base64, keyboard noise) and slow wink's patterns down. */
export const MAX_WORD_CHARS = 80;

/** `text` with every run of more than MAX_WORD_CHARS non-space characters blanked (same length, same offsets). */
export function blankLongWords(text: string): string {
  let out: string[] | undefined;
  let runStart = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160) continue;
    if (i - runStart > MAX_WORD_CHARS) {
      out ??= [];
      out.push(text.slice(last, runStart), " ".repeat(i - runStart));
      last = i;
    }
    runStart = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join("");
}

/**
 * wink leaves "'s" on a word before punctuation ("the bloc's.", "Hamas's,") and caches that word whole,
 * after which it stops splitting it everywhere, in every later text ("the bloc's envoy"): a text's tokens
 * would depend on the texts read before it. Every "'s" is split off here, as wink does mid-sentence.
 */
function splitPossessives(values: string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const split = v.length > 2 && /['’][sS]$/.test(v) && /[\p{L}\p{N}.]/u.test(v[v.length - 3]!);
    if (split && !out) out = values.slice(0, i);
    if (!out) continue;
    if (split) out.push(v.slice(0, -2), v.slice(-2));
    else out.push(v);
  }
  return out ?? values;
}

/**
 * Tokenises `text` (wink-nlp, tokenisation only) and splits sentences: after a terminal token
 * (".", "?", "!") and any closing brackets or quotes, when the next token opens a sentence
 * (capital, digit, quote). Abbreviations ("U.S.", "Mr.", "Jan.") are single tokens in wink, so they
 * never end a sentence. Paragraph breaks always end a sentence, and so does the MAX_SENTENCE_TOKENS-th
 * token. Words longer than MAX_WORD_CHARS are blanked first.
 */
export function analyse(input: string): Analysis {
  const text = blankLongWords(input);
  const doc = nlp.readDoc(text);
  const values = splitPossessives(doc.tokens().out() as string[]);

  const tokens: Token[] = [];
  let cursor = 0;
  let sent = -1;
  let forceBreak = true;
  let pending = false;
  let lineBreak = false;
  let sentTokens = 0;
  // whether the last token pushed is letters only (its text may be a re-joined run: letters too)
  let lastLetters = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // the token is usually at the cursor or after a few spaces: check there before searching
    let pos = cursor;
    while (pos < text.length) {
      const ch = text.charCodeAt(pos);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) break;
      pos++;
    }
    // "Ho Nuan-hsuan (何煖軒)": a name's gloss in another script, in brackets, is read as nothing (the
    // evidence keeps it: sentences are cut from the text by offsets)
    const gloss = v === "(" ? scriptGlossEnd(values, i) : -1;
    if (gloss > 0) {
      const close = text.indexOf(")", pos);
      if (close >= 0) {
        cursor = close + 1;
        i = gloss;
        continue;
      }
    }
    const at = matchesAt(text, v, pos) ? pos : text.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + v.length;
    const info = infoOf(v);
    const kind = info.kind;
    const prevCh = start > 0 ? text.charCodeAt(start - 1) : 0;
    const space = prevCh === 32 || prevCh === 10 || prevCh === 9 || prevCh === 13 || prevCh === 160 || (prevCh > 0x2000 && /\s/.test(text[start - 1]!));
    cursor = end;
    if (kind === "space") {
      if (v.includes("\n")) forceBreak = lineBreak = true;
      continue;
    }
    // a paragraph break between two tokens (wink does not always emit it as a token)
    if (!forceBreak && tokens.length) {
      for (let q = tokens[tokens.length - 1]!.end; q < start; q++)
        if (text.charCodeAt(q) === 10) {
          forceBreak = lineBreak = true;
          break;
        }
    }
    const last = tokens[tokens.length - 1];
    // a hard-wrapped line inside a sentence ("keep Mr.\nde Soto", "talks\nbetween the two"): a single
    // line break after an honorific, or before a lower-case word that follows no terminal, continues it
    if (lineBreak && last && forceBreak) {
      lineBreak = false;
      if (singleLineBreak(text, last.end, start) && (HONORIFIC_ABBREVIATIONS.has(last.text) || (!pending && !TERMINAL.has(last.text) && startsLower(v)))) forceBreak = false;
    }
    // wink splits words at some non-ASCII letters ("Erdoğan" -> "Erdo" "ğ" "an"): re-join letter runs.
    if (last && !space && !forceBreak && last.end === start && info.letters && lastLetters) {
      last.text += v;
      last.lower = last.text.toLowerCase();
      last.end = end;
      last.kind = "word";
      continue;
    }
    if (pending && !forceBreak) {
      if (!isCloser(v, space)) {
        pending = false;
        if (startsSentence(v)) forceBreak = true;
      }
    }
    // unpunctuated text would be one sentence, copied whole into every fact's evidence
    if (!forceBreak && tokens.length && sentTokens >= MAX_SENTENCE_TOKENS) forceBreak = true;
    if (forceBreak) {
      sent++;
      forceBreak = false;
      pending = false;
      sentTokens = 0;
    }
    sentTokens++;
    tokens.push({ text: v, lower: info.lower, start, end, kind, sent, space, cap: info.cap });
    lastLetters = info.letters;
    // "Warner Bros. Discovery", "Ford Motor Co. and the union": wink splits the dot off a company's or a
    // name's abbreviation; it ends the sentence only before a word that only starts sentences
    // "(R-S.C.)": a dot between two initials ends nothing
    const betweenInitials = v === "." && !space && !!last && INITIAL.test(last.text) && INITIAL_NEXT.test(values[i + 1] ?? "");
    // "Maj.-Gen. Babagana Monguno", "Lt.-Col. X": wink splits the dots of ranks joined by a hyphen
    const hyphenedRank = v === "." && !space && !!last && HONORIFIC_ABBREVIATIONS.has(`${last.text}.`) && (values[i + 1] === "-" || tokens[tokens.length - 3]?.text === "-");
    if (info.terminal && !betweenInitials && !hyphenedRank && !(v === "." && last && !space && NAME_ABBREVIATIONS.has(last.text) && !SENTENCE_OPENERS.has(values[i + 1] ?? ""))) pending = true;
    // "... talks with the U.S. However, ...": an abbreviation ends the sentence before a word that
    // only starts sentences
    else if (info.dottedAbbreviation && SENTENCE_OPENERS.has(values[i + 1] ?? "")) forceBreak = true;
    // "... arrived shortly after 4pm. There they met ...": wink keeps the dot on the time
    else if (info.numberDot && startsSentence(values[i + 1] ?? "")) forceBreak = true;
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let s = sentences[t.sent];
    if (!s) {
      s = { start: t.start, end: t.end, tokStart: i, tokEnd: i + 1 };
      sentences[t.sent] = s;
    } else {
      s.end = t.end;
      s.tokEnd = i + 1;
    }
  }
  dashesAsCommas(tokens, sentences);
  return { text, tokens, sentences };
}

/** Where a bracketed gloss in a script without Latin letters, opened at value i, closes ("(中華航空)"), or -1. */
function scriptGlossEnd(values: readonly string[], i: number): number {
  let letters = false;
  for (let j = i + 1; j < values.length && j < i + 24; j++) {
    const v = values[j]!;
    if (v === ")") return letters ? j : -1;
    if (/[\p{Script=Latin}0-9]/u.test(v) || v === "(") return -1;
    if (/\p{L}/u.test(v)) letters = true;
  }
  return -1;
}

const DASHES = new Set(["-", "–", "—", "--"]);
/**
 * "The three EU foreign ministers - Steinmeier, Sikorski and Fabius - held talks": a pair of dashes
 * that sets off a list of names after a common noun reads as a pair of commas (the text and offsets
 * stay). A hyphen counts only with a space on each side; a lone dash near the start is a dateline's.
 * After a name ("the P5+1 - the US, UK, France ... -", "the FMLN - Handal, Villalobos ... -") the
 * dashes stay: the list there spells out the name's members.
 */
function dashesAsCommas(tokens: Token[], sentences: readonly Sentence[]): void {
  for (const sen of sentences) {
    const at: number[] = [];
    for (let i = sen.tokStart + 1; i + 1 < sen.tokEnd; i++) {
      const t = tokens[i]!;
      if (!DASHES.has(t.text)) continue;
      if ((t.text === "-" || t.text === "--") && !(t.space && tokens[i + 1]!.space)) continue;
      at.push(i);
    }
    if (at.length % 2 === 1 && at[0]! - sen.tokStart <= 6) at.shift();
    for (let k = 0; k + 1 < at.length; k += 2) {
      const [a, b] = [at[k]!, at[k + 1]!];
      if (b - a < 4 || b - a > 30) continue;
      const before = tokens[a - 1]!;
      const inner = tokens.slice(a + 1, b);
      if (before.kind !== "word" || before.cap || !tokens[a + 1]!.cap || !inner.some((t) => t.text === "," || t.lower === "and")) continue;
      for (const i of [a, b]) {
        tokens[i]!.text = ",";
        tokens[i]!.lower = ",";
      }
    }
  }
}

/** A single capital letter, and the initial that may follow it after a dot ("S" "." "C."). */
const INITIAL = /^\p{Lu}$/u;
const INITIAL_NEXT = /^\p{Lu}\.?$/u;

/** Tokenises a short phrase (gazetteer entries) the same way article text is tokenised. */
export function tokenizePhrase(phrase: string): string[] {
  // plain words separated by single spaces tokenise as themselves (letter runs are re-joined above);
  // anything with punctuation, digits or contractions goes through wink
  if (PLAIN_PHRASE.test(phrase) && !CONTRACTION_LIKE.test(phrase)) return phrase.split(" ");
  return analyse(phrase).tokens.map((t) => t.text);
}
const PLAIN_PHRASE = /^\p{L}+(?: \p{L}+)*$/u;
/** Words wink splits although they contain no punctuation ("cannot", "gonna"). */
const CONTRACTION_LIKE = /\b(cannot|gonna|gotta|wanna|lemme|gimme)\b/i;

// Token tests that several passes share: name words, and title-case headline sentences.
import type { Analysis, Token } from "../nlp/wink.js";
import type { LexKind, Lexicon } from "./lexicon.js";
import { FUNCTION_UPPER, NOT_NAME } from "./words.js";

/** A capitalised word that may be part of a person's name (not a function word, not a headline in capitals). */
export function isNameWord(t: Token | undefined): boolean {
  if (t?.kind !== "word" || !t.cap) return false;
  if (NOT_NAME.has(t.text) || FUNCTION_UPPER.has(t.text)) return false;
  const v = t.text;
  // ASCII fast path: an upper-case letter, then letters, apostrophes and dots; all-caps words longer
  // than 4 letters are headlines/datelines, not names
  let lower = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) return !(v.length > 4 && v === v.toUpperCase()) && /^\p{Lu}[\p{L}'.]*$/u.test(v);
    if (c >= 97 && c <= 122) lower = true;
    else if (i > 0 && !(c >= 65 && c <= 90) && c !== 39 && c !== 46) return false;
  }
  return lower || v.length <= 4;
}

/**
 * "Speaker Amir Ohana", "the former Marine Amir Hekmati", "Amir Peretz said": "Amir" before a name word
 * is a given name, unless what comes before marks the ruler ("the Amir", "Kuwait's Amir", "Qatari Amir
 * Tamim") or "Sheikh" follows ("Amir Sheikh Sabah"). "Emir", a spelling few parents choose, stays a title.
 */
export function amirOpensName(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.text !== "Amir" || !isNameWord(next) || next!.sent !== t.sent || /^(Sheikh|Shaikh|Al|Bin)$/.test(next!.text)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.sent !== t.sent) return true;
  if (/^(the|'s|’s|his|her|highness)$/i.test(prev.text)) return false;
  return !lex.match(tokens, i - 1, STATE_WORDS);
}
const STATE_WORDS: ReadonlySet<LexKind> = new Set(["state", "demonym"]);

const LIST_BULLETS = new Set(["-", "–", "—", "•", "*", "·", "▪"]);

/**
 * Sentences that are title-case headlines on a line of their own ("Hostages Freed as Reagan Takes
 * Office"): every word of four letters or more capitalised, at least three of them, no final period.
 * Their capitalised runs are not names; only words known as names elsewhere count.
 */
export function headlineSentences(a: Analysis): Uint8Array {
  const { text, tokens, sentences } = a;
  const out = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const se = sentences[s]!;
    if (se.start > 0 && text.charCodeAt(se.start - 1) !== 10) continue;
    if (se.end < text.length && text.charCodeAt(se.end) !== 10 && text.charCodeAt(se.end) !== 13) continue;
    if (tokens[se.tokEnd - 1]!.text === ".") continue;
    // a list item ("- Morocco: Foreign Minister Nasser Bourita") names things, it is no headline
    if (LIST_BULLETS.has(tokens[se.tokStart]!.text)) continue;
    // nor is a release's speaker line over a quotation ("Dallas Smith, president, Nanwakolas Council -")
    if (/^[-–—]$/.test(tokens[se.tokEnd - 1]!.text) && tokens.slice(se.tokStart, se.tokEnd).some((t) => t.text === ",")) continue;
    let caps = 0;
    let ok = true;
    for (let k = se.tokStart; k < se.tokEnd && ok; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || t.text.length < 4 || tokens[k - 1]?.text === "-") continue;
      if (t.cap) caps++;
      else ok = false;
    }
    if (ok && caps >= 3) out[s] = 1;
  }
  return out;
}

/** Capitalised nouns that follow a place's name and are written alone later, but name no person. */
const NOT_SURNAME = /^(Harbour|Harbor|Bay|Port|Airport|Valley|River|Lake|Sea|Ocean|Street|Road|Avenue|Square|Park|Bridge|Station|Island|Islands|Beach|Hill|Hills|Mountains?|Agreement|Accord|Accords|Treaty|Declaration|Protocol|Summit|Conference|Process|Club|Games|Cup|Union|Council|Group|Court|Declaration|Stadium|Centre|Center|Hotel|Palace|University|College|School|Hospital|Zoo|Museum|Gallery|Cathedral|Church|Trains|Police|Times|Post|Herald|Today)$/;

/**
 * Whether the word at token `s` is written alone elsewhere in the article as a person's name is: no
 * capitalised word right before or after it, and at a sentence's start only before a possessive or a
 * speech verb ("Folau's contract", "Katz said").
 */
export function surnameAloneElsewhere(tokens: readonly Token[], s: number): boolean {
  const name = tokens[s]!.text;
  // ("Sydney Harbour ... the Harbour", "the Paris Agreement ... the Agreement": a place's or a document's noun)
  if (NOT_NAME.has(name) || NOT_SURNAME.test(name)) return false;
  const capWord = (k: number, sent: number) => tokens[k]?.kind === "word" && tokens[k]!.cap && tokens[k]!.sent === sent;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === s || t.text !== name || capWord(k - 1, t.sent) || capWord(k + 1, t.sent)) continue;
    const opens = tokens[k - 1]?.sent !== t.sent;
    if (!opens || /^('s|’s|said|says|told|added|spoke|met|urged|warned|insisted|wrote)$/.test(tokens[k + 1]?.text ?? "")) return true;
  }
  return false;
}

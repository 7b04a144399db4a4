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

const nlp = winkNLP(model, ["sbd"]);
const its = nlp.its;

const LETTERS = /^\p{L}+$/u;
const UPPER = /^\p{Lu}/u;

const WORD_START = /^[\p{L}\p{M}#@]/u;
const NUM_START = /^[0-9]/;
/** Token kind from its text (cheaper than asking wink for its.type). */
function kindOfText(v: string): TokenKind {
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

/** Tokenises and sentence-splits `text`. Paragraph breaks always end a sentence. */
export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // token index -> sentence index (wink's own split)
  const sentOf = new Int32Array(values.length);
  for (let s = 0; s < spans.length; s++) {
    const sp = spans[s]!;
    for (let i = sp[0]; i <= sp[1] && i < values.length; i++) sentOf[i] = s;
  }

  const tokens: Token[] = [];
  let cursor = 0;
  let prevSentRaw = -1;
  let sent = -1;
  let forceBreak = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + v.length;
    const kind = kindOfText(v);
    const prevCh = start > 0 ? text.charCodeAt(start - 1) : 0;
    const space = prevCh === 32 || prevCh === 10 || prevCh === 9 || prevCh === 13 || prevCh === 160 || (prevCh > 0x2000 && /\s/.test(text[start - 1]!));
    cursor = end;
    if (kind === "space" || v.trim() === "") {
      if (v.includes("\n")) forceBreak = true;
      continue;
    }
    const last = tokens[tokens.length - 1];
    // wink splits words at some non-ASCII letters ("Erdoğan" -> "Erdo" "ğ" "an"): re-join letter runs.
    if (last && !space && last.end === start && LETTERS.test(v) && LETTERS.test(last.text) && sentOf[i] === prevSentRaw) {
      last.text += v;
      last.lower = last.text.toLowerCase();
      last.end = end;
      last.kind = "word";
      continue;
    }
    if (sentOf[i] !== prevSentRaw || forceBreak) {
      sent++;
      prevSentRaw = sentOf[i]!;
      forceBreak = false;
    }
    tokens.push({ text: v, lower: v.toLowerCase(), start, end, kind: kind === "other" && LETTERS.test(v) ? "word" : kind, sent, space, cap: UPPER.test(v) });
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
  return { text, tokens, sentences };
}

/** Tokenises a short phrase (gazetteer entries) the same way article text is tokenised. */
export function tokenizePhrase(phrase: string): string[] {
  return analyse(phrase).tokens.map((t) => t.text);
}

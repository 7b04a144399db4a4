// Text as the sentence splitter and the rules expect it, same length as the article text (so every
// offset stays that of the original, and evidence sentences are cut from the original).

/**
 * Typographic apostrophes and single quotes (’ ‘ ʼ) as the ASCII apostrophe: the rules read "'s" and
 * "'" (possessives: "Qatar’s mediation"), and many outlets set only the curly forms.
 */
export function straightenApostrophes(text: string): string {
  return /[\u2018\u2019\u02bc]/.test(text) ? text.replace(/[\u2018\u2019\u02bc]/g, "'") : text;
}

// Hard-wrapped text (wire feeds, e-mail, fold(1), plain-text archives) breaks every line at a fixed
// width, so a line break inside a paragraph is not a sentence boundary, and the sentence splitter
// treats every line break as one. This finds such text and turns those breaks into spaces: one
// character for one, so every offset stays that of the original text.

/** Longest line this considers a wrap width: paragraph-per-line text has longer lines. */
const MAX_WIDTH = 100;
/** A line this close to the wrap width was broken by the wrapper, not by the writer. */
const SLACK = 25;

export function unwrapHardWrapped(text: string): string {
  const lines = text.split("\n");
  if (lines.length < 4) return text;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.trimEnd().length);
  if (width < 40 || width > MAX_WIDTH) return text;
  const full = (l: string) => l.trimEnd().length >= width - SLACK;
  const joins = (i: number) => full(lines[i]!) && lines[i]!.trim() !== "" && (lines[i + 1] ?? "").trim() !== "";
  // Wrapped when most lines that run on into another line are full ones; a list of short lines,
  // or paragraphs separated by blank lines, is not.
  let runOn = 0;
  let fullRunOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.trim() === "" || lines[i + 1]!.trim() === "") continue;
    runOn++;
    if (full(lines[i]!)) fullRunOn++;
  }
  if (runOn < 3 || fullRunOn < runOn * 0.6) return text;
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === lines.length - 1) out += line;
    else if (joins(i)) out += line.endsWith("\r") ? `${line.slice(0, -1)}  ` : `${line} `;
    else out += `${line}\n`;
  }
  return out;
}

// A parliament's record names each speaker with the surname in capitals: "Natalie HUTCHINS (Sydenham -
// Minister for Treaty and First Peoples) (11:42): I rise ...", "Danny O'BRIEN (Gippsland South):". The
// recognizer reads a word in capitals as an acronym, so such a label's surname is read as written in
// prose ("Hutchins", "O'Brien"), letter for letter.
// (not an acronym after a function word: "The UN (", "In NATO:"; a surname of three letters at least)
const SPEAKER_LABEL = /^((?:(?!(?:The|A|An|In|On|At|For|From|By|Of|And|But|As|To|With)\b)[A-Z][a-z]+[ -]){1,3})([A-Z][A-Z'-]+[A-Z])(?=\s*[(:])/gm;

export function caseSpeakerSurnames(text: string): string {
  if (!/^[A-Z][a-z]+ [A-Z]{2}/m.test(text)) return text;
  return text.replace(SPEAKER_LABEL, (_m, given: string, surname: string) => given + surname.toLowerCase().replace(/(^|['-])([a-z])/g, (_x, sep: string, c: string) => sep + c.toUpperCase()));
}

// The day a fact's sentence says its event happened: "met on Thursday", "talks on 15 August",
// resolved against the article's date by recognize/dates.ts: the one day its sentence names, leaving
// out days in another clause after the fact's trigger ("called on X to match the ceasefire declared
// by Duterte on 21 August" is not dated 21 August). Two different days, a week or a month give no
// day: a wrong date is worse than none.
import type { Analysis } from "../nlp/wink.js";
import { sentenceDates, type DateMention } from "../recognize/dates.js";
import type { SectionDate } from "../input/metadata.js";
import type { Fact } from "../relations/model.js";

/** Words that open another clause between a trigger and a later date: the date is that clause's. */
const CLAUSE_OPENERS = new Set(["which", "who", "whom", "whose", "that", "when", "where", "after", "before", "since", "while", "until"]);

/** Each fact's event day, or undefined, in the order of `facts`. */
export function eventDates(analysis: Analysis, facts: readonly Fact[], articleDate: string | undefined, sections?: readonly SectionDate[]): (string | undefined)[] {
  return facts.map((f) => {
    const days = sentenceDates(analysis, f.sent, articleDate, sections);
    if (!days.length) return undefined;
    const at = f.at;
    if (at === undefined) return onlyDay(days);
    // a limit ("records by June 26", "until Jan. 15") is no day of the trigger's event
    return onlyDay(days.filter((d) => !d.bound && (d.start < at ? !inParenthesisBefore(analysis, d.start, at) : !otherClauseBetween(analysis, at, d.start))));
  });
}

/**
 * The one day a sentence names (undefined for none, two different ones, a week or a month); a limit
 * ("since April 15") is a day too, of which the sentence may not be speaking.
 */
function onlyDay(days: readonly DateMention[]): string | undefined {
  let day: string | undefined;
  for (const d of days) {
    if (d.bound) return undefined;
    if (!d.date) continue;
    if ((d.endDate && d.endDate !== d.date) || (day !== undefined && day !== d.date)) return undefined;
    day = d.date;
  }
  return day;
}

/**
 * Whether the date at token `at`, before the trigger at token `trigger`, sits in a clause set off by
 * commas ("The settlement, which will be put to referendums on May 22, was announced by X"): a
 * relative or temporal conjunction since the last comma before the date, and a comma after it.
 */
function inParenthesisBefore(analysis: Analysis, at: number, trigger: number): boolean {
  const tokens = analysis.tokens;
  const sent = tokens[at]!.sent;
  let opened = false;
  for (let k = at - 1; k >= 0 && tokens[k]!.sent === sent && tokens[k]!.text !== ","; k--)
    if (CLAUSE_OPENERS.has(tokens[k]!.lower)) {
      opened = true;
      break;
    }
  if (!opened) return false;
  for (let k = at + 1; k < trigger; k++) if (tokens[k]!.text === ",") return true;
  return false;
}

/**
 * Whether a clause opens between the trigger at token `from` and the date at token `to`: a relative or
 * temporal conjunction ("which opened on 13 March"), or a reduced passive ("the ceasefire declared by
 * President Duterte on 21 August").
 */
function otherClauseBetween(analysis: Analysis, from: number, to: number): boolean {
  const tokens = analysis.tokens;
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_OPENERS.has(w)) return true;
    if (w.length > 4 && w.endsWith("ed") && tokens[k + 1]?.lower === "by" && k > from + 1) return true;
  }
  return false;
}

// The day a sentence says its event happened, for the evidence of the facts read in it: "met on
// Thursday", "talks on 15 August", resolved against the article's date by recognize/dates.ts.
// A sentence that names two different days, a week or a month gives no day: which one the fact
// belongs to is not read, and a wrong date is worse than none.
import type { Analysis } from "../nlp/wink.js";
import { findDates } from "../recognize/dates.js";

/** Event days by sentence index, for the sentences in `sents` that state exactly one day. */
export function eventDates(analysis: Analysis, sents: Iterable<number>, articleDate: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  const done = new Set<number>();
  for (const s of sents) {
    if (done.has(s)) continue;
    done.add(s);
    const sen = analysis.sentences[s];
    if (!sen) continue;
    let day: string | undefined;
    let conflict = false;
    for (const d of findDates(analysis.tokens, sen.tokStart, sen.tokEnd, articleDate, analysis.text.slice(sen.start, sen.end))) {
      if (!d.date) continue;
      if (d.endDate && d.endDate !== d.date) {
        conflict = true;
        break;
      }
      if (day !== undefined && day !== d.date) {
        conflict = true;
        break;
      }
      day = d.date;
    }
    if (day !== undefined && !conflict) out.set(s, day);
  }
  return out;
}

// The process-wide lexicon over the project gazetteers (src/gazetteer), built on first use.
import { LEADERS, ORGANISATIONS, PLACES, STATES, TITLES } from "../gazetteer/index.js";
import { Lexicon } from "./lexicon.js";

let lexicon: Lexicon | undefined;

export function defaultLexicon(): Lexicon {
  lexicon ??= new Lexicon({ states: STATES, organisations: ORGANISATIONS, titles: TITLES, places: PLACES, leaders: LEADERS });
  return lexicon;
}

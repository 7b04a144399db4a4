// The entity stage: the passes that find the mentions of one article, in order. Each pass reads the
// article (and what the passes before it found) and returns what it finds; the tokens a mention takes
// are marked in the context's `covered`, so a later pass does not start a mention on them.
import type { Analysis } from "../nlp/wink.js";
import type { Lexicon } from "./lexicon.js";
import type { ActorMention, Mentions, PlaceMention, RecognizeContext, TitleMention } from "./model.js";
import { matchGazetteer, typeGazetteerMatches } from "./gazetteer.js";
import { findChambers } from "./chambers.js";
import { findOrganisations } from "./organisations.js";
import { findGenericParties, repointSharedNames } from "./generic-parties.js";
import { findReferences } from "./references.js";
import { findRegionalGovernments } from "./regional-governments.js";
import { findNameCandidates } from "./persons/candidates.js";
import { findPersons } from "./persons/find.js";
import { findCapitalReferences } from "./places.js";
import { headlineSentences } from "./tokens.js";

/**
 * `datelineState`: the state of the article's dateline place, for titles no sentence ties to a state;
 * `year`: the year of the article's date; `datelineCapital`: whether the dateline's place is that state's capital.
 */
export function recognize(a: Analysis, lex: Lexicon, datelineState?: string, year?: number, datelineCapital = false): Mentions {
  const ctx: RecognizeContext = {
    a,
    lex,
    tokens: a.tokens,
    covered: new Uint8Array(a.tokens.length),
    headline: headlineSentences(a),
    ...(datelineState ? { datelineState } : {}),
    ...(year ? { year } : {}),
    datelineCapital,
  };
  // 1. gazetteer: states (by name, demonym, capital), organisations and state organs, titles, places
  const gazetteer = typeGazetteerMatches(ctx, matchGazetteer(ctx));
  let actors = byStart(gazetteer.actors);
  // 1b. legislative chambers named by their bare word ("the Senate", "House Speaker X")
  actors = byStart(actors.concat(findChambers(ctx, actors)));
  // 2. organisations the gazetteer does not know (names with a head noun or an acronym, and their acronyms)
  actors = byStart(findOrganisations(ctx, actors, gazetteer.places));
  // 2b. regions whose own governments act ("the Assam government", "Assam Chief Minister X")
  actors = byStart(actors.concat(findRegionalGovernments(ctx, gazetteer.places, actors)));
  // 2c. party names many states share, as the party of the article's state ("Labour leader X", "the Greens")
  actors = byStart(repointSharedNames(ctx, actors).concat(findGenericParties(ctx, actors, gazetteer.places)));
  // 3. definite descriptions of actors already named ("the army", "the rebels", "the kingdom")
  actors = byStart(actors.concat(findReferences(ctx, actors, gazetteer.places)));
  // 4. persons: name candidates ("Secretary Blinken" gives a title too), validated, described, affiliated
  const names = findNameCandidates(ctx);
  const titles = gazetteer.titles.concat(names.titles);
  actors = byStart(actors.concat(findPersons(ctx, names.candidates, actors, titles, gazetteer.places)));
  // 5. "in the capital": the capital of the state the article is about
  const places = gazetteer.places.concat(findCapitalReferences(ctx, actors));
  return indexMentions(ctx.tokens.length, actors, titles, byStart(places));
}

/**
 * The mentions of actors that act: without the seats of government named only as places ("talks at the
 * Kremlin"), which the meetings read for their place before this.
 */
export function actingMentions(m: Mentions): Mentions {
  if (!m.actors.some((am) => am.placeOnly)) return m;
  return indexMentions(m.actorAt.length, m.actors.filter((am) => !am.placeOnly), m.titles, m.places);
}

/** Sorts mentions by their first token, in place (stable: mentions at one token keep their order). */
function byStart<T extends { start: number }>(list: T[]): T[] {
  return list.sort((x, y) => x.start - y.start);
}

/** The mentions with their token -> mention look-ups (a title under an actor is not indexed). */
function indexMentions(n: number, actors: ActorMention[], titles: TitleMention[], places: PlaceMention[]): Mentions {
  const actorAt = new Int32Array(n).fill(-1);
  actors.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) actorAt[k] = idx;
  });
  const titleAt = new Int32Array(n).fill(-1);
  titles.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) if (actorAt[k]! < 0) titleAt[k] = idx;
  });
  const placeAt = new Int32Array(n).fill(-1);
  places.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) placeAt[k] = idx;
  });
  return { actors, titles, places, actorAt, titleAt, placeAt };
}

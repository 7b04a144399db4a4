// One article end to end, before graph merging: metadata, the wink pass, mentions, within-article
// coreference (surnames, unnamed officials, "the mediators"), meetings and relation facts.
import { nodeKey } from "../util/keys.js";
import type { ArticleInput } from "../types.js";
import { normalizeDate, readTextMetadata } from "../input/metadata.js";
import { analyse, type Analysis } from "../nlp/wink.js";
import { caseSpeakerSurnames, straightenApostrophes, unwrapHardWrapped } from "../nlp/normalize.js";
import { capitalElsewhere } from "../recognize/gazetteer.js";
import type { Lexicon } from "../recognize/lexicon.js";
import { mkActor, type Actor, type ActorMention } from "../recognize/model.js";
import { actingMentions, recognize } from "../recognize/pipeline.js";
import { findMeetings, mergeMeetings, type ArticleMeeting } from "../recognize/meetings.js";
import { extractRelations, type Fact } from "../relations/extract.js";
import { getOrCreate } from "../util/maps.js";
import { eventDates } from "./event-dates.js";

export interface EntitySeen {
  actor: Actor;
  surfaces: Set<string>;
  roles: Set<string>;
  /** First sentence naming it. */
  sent: number;
}

export interface ArticleResult extends ArticleInput {
  author?: string;
  credits: string[];
  sentences: { start: number; end: number }[];
  entities: Map<string, EntitySeen>;
  meetings: ArticleMeeting[];
  facts: Fact[];
  /** Each fact's event day (./event-dates.ts), in the order of `facts`. */
  factDates: (string | undefined)[];
}

const LOOSE_SPACE = /\s\s|[\n\r\t\u00a0]/;
const FORMS = new WeakMap<object, string[]>();
/** The article's text of a mention's tokens. */
function spanText(analysis: Analysis, am: ActorMention): string {
  return analysis.text.slice(analysis.tokens[am.start]!.start, analysis.tokens[am.end - 1]!.end);
}

/** Styles written before a name and often read as part of it. */
const NAME_STYLES = new Set(["Sheikh", "Sheikha", "Shaikh", "Mufti", "Maulana", "Prince", "Princess", "Emir", "Sayyid", "Sayyed", "Sayed", "Mahant", "Swami", "Pandit", "Daw", "Sultan", "Imam", "Ayatollah", "Mullah", "Pope", "King", "Queen", "Sir", "Dame", "Lord", "Lady"]);

/** A state's name, demonyms and aliases, each followed by a space (built once per state). */
function stateForms(st: { name: string; demonyms: string[]; aliases: string[] }): string[] {
  let f = FORMS.get(st);
  if (!f) {
    f = [st.name, ...st.demonyms, ...st.aliases].map((x) => `${x} `);
    FORMS.set(st, f);
  }
  return f;
}

/**
 * "VICTORIA — British Columbia's New Democrats ...": a dateline at a capital whose name the text shows
 * to mean a city of another state places the story in no state (no country follows the dateline).
 */
function capitalMeantElsewhere(dateline: { place: string; country?: string }, text: string): boolean {
  return !dateline.country && capitalElsewhere(dateline.place, text) !== undefined;
}

export function extractArticle(input: ArticleInput & { author?: string }, lex: Lexicon): ArticleResult {
  const meta = readTextMetadata(input.text, normalizeDate(input.date));
  const analysis = analyse(unwrapHardWrapped(caseSpeakerSurnames(straightenApostrophes(meta.masked))));
  const dateline = meta.datelinePlace && meta.datelineEnd !== undefined ? { place: meta.datelinePlace, end: meta.datelineEnd, ...(meta.datelineCountry ? { country: meta.datelineCountry } : {}) } : undefined;
  const datelineState = dateline && !capitalMeantElsewhere(dateline, input.text) ? (lex.placeState.get(dateline.place.toLowerCase()) ?? (dateline.country ? lex.placeState.get(dateline.country.toLowerCase()) : undefined)) : undefined;
  const date = meta.date;
  const datelineCapital = !!dateline && !!datelineState && !!lex.states.get(datelineState)?.capitals.some((c) => c.toLowerCase() === dateline.place.toLowerCase());
  const found = recognize(analysis, lex, datelineState, date ? Number(date.slice(0, 4)) : undefined, datelineCapital);
  const meetingMentions = findMeetings(analysis, found, lex, date, dateline, meta.sectionDates);
  const mentions = actingMentions(found);
  const meetings = mergeMeetings(meetingMentions, lex);
  const facts = extractRelations({ analysis, mentions, meetings, meetingMentions, lex });

  const entities = new Map<string, EntitySeen>();
  const see = (actor: Actor, surface: string, sent: number, role?: string) => {
    const e = getOrCreate(entities, actor.key, () => ({ actor, surfaces: new Set<string>(), roles: new Set<string>(), sent }));
    if (surface) e.surfaces.add(LOOSE_SPACE.test(surface) ? surface.replace(/\s+/g, " ") : surface);
    if (role) e.roles.add(role);
  };
  for (const am of mentions.actors) {
    see(am.actor, am.surface, am.sent, am.role);
    // "Sheikh Mohammed bin Zayed", "Mufti Muneebur Rehman": a style many write as part of the name
    const style = am.actor.type === "Person" ? analysis.tokens[am.start - 1] : undefined;
    // (of the full name only: "King Salman" may name another person than the surname's resolution)
    if (style && NAME_STYLES.has(style.text) && style.sent === am.sent && am.actor.name.includes(" ") && spanText(analysis, am) === am.actor.name) see(am.actor, `${style.text} ${am.actor.name}`, am.sent);
    if (am.via === "name" && am.actor.type === "Group" && am.actor.state) {
      // "Eritrean troops", "Israel Defense Forces": the organ's state is named too
      const st = lex.states.get(am.actor.state);
      if (st && stateForms(st).some((f) => am.surface.startsWith(f)))
        see(mkActor(nodeKey("State", st.id), "State", st.name, st.id), am.surface.slice(0, am.surface.indexOf(" ")), am.sent);
    }
    if (am.via === "composed" && am.actor.state) {
      // "Qatar's foreign ministry" also names Qatar
      const st = lex.states.get(am.actor.state);
      if (st) see(mkActor(nodeKey("State", st.id), "State", st.name, st.id), analysis.text.slice(analysis.tokens[am.start]!.start, analysis.tokens[am.start]!.end), am.sent);
    }
  }
  const r: ArticleResult = {
    id: input.id,
    text: input.text,
    credits: meta.credits,
    sentences: analysis.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities,
    meetings,
    facts,
    factDates: eventDates(analysis, facts, date, meta.sectionDates),
  };
  const title = input.title ?? meta.title;
  if (title) r.title = title;
  if (date) r.date = date;
  if (input.source) r.source = input.source;
  if (input.url) r.url = input.url;
  const author = input.author ?? meta.author;
  if (author) r.author = author;
  return r;
}

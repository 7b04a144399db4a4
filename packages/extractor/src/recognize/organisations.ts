// Organisations outside the gazetteer: capitalised names ending in an organisation noun
// ("International Contact Group", "High Council of State", "Deep South Watch") and names defined
// with an acronym ("Barisan Revolusi Nasional (BRN)"); the acronym then names it too.
import { nodeKey } from "../util/keys.js";
import { orgActor } from "./actors.js";
import { companiesListedWithCompanies, findTailNamedBodies } from "./tail-named.js";
import { findClubs } from "./clubs.js";
import { findForCauseBodies } from "./for-cause.js";
import { findCamelCaseNames, findPluralArticleNames } from "./shaped-names.js";
import { isUnion } from "./references.js";
import type { OrganisationKind } from "../gazetteer/types.js";
import { GENERIC_PARTIES } from "../gazetteer/data/generic-parties.js";
import type { Token } from "../nlp/wink.js";
import type { LexKind } from "./lexicon.js";
import { mkActor, mkMention, type Acronyms, type Actor, type ActorMention, type PlaceMention, type RecognizeContext } from "./model.js";
import { EZAFE_COMPOUND, FUNCTION_CAPS, SHIP_PREFIXES, FUNCTION_UPPER, GIVEN_NAMES, HONORIFICS, INSTITUTION_WORDS, MONTH_NAMES, NOT_NAME, TITLE_MODIFIERS, WEEKDAY_NAMES, WORKER_NOUNS } from "./words.js";

/**
 * Head nouns that open a name in Spanish, Portuguese, French and Italian ("Alianza Pueblo Unido por la
 * Vida", "Rassemblement des forces politiques", "Confederação Geral dos Trabalhadores").
 */
/** Common nouns an ampersand joins in headings, never a firm's name ("Research & Development", "Oil & Gas"). */
const AMPERSAND_NOUNS = new Set(["Research", "Development", "Health", "Safety", "Oil", "Gas", "Mergers", "Acquisitions", "Science", "Technology", "Arts", "Culture", "Food", "Drink", "Terms", "Conditions", "Questions", "Answers", "News", "Views", "Business", "Finance", "Sport", "Sports", "Politics", "Law", "Order"]);
const FOREIGN_ORG_HEADS = new Map<string, OrganisationKind>([
  ...["Ejército", "Exército", "Esercito", "Armée", "Fuerzas", "Forças", "Milicias", "Guardia", "Brigadas"].map((w) => [w, "armed-group"] as const),
  ...["Alianza", "Aliança", "Alleanza", "Alliance", "Frente", "Fronte", "Movimiento", "Movimento", "Mouvement", "Partido", "Parti", "Partito", "Unión", "União", "Unione", "Rassemblement", "Coalición", "Coalizão", "Bloque", "Bloco", "Convergencia", "Convergência", "Unidad", "Unidade", "Plataforma", "Lega", "Lutte"].map((w) => [w, "political"] as const),
  ...["Consejo", "Conselho", "Conseil", "Consiglio", "Asamblea", "Assembleia", "Assemblée", "Comité", "Comisión", "Comissão", "Commissione", "Congreso", "Congresso", "Congrès", "Ministerio", "Ministério", "Ministère", "Ministero", "Tribunal", "Corte"].map((w) => [w, "government-office"] as const),
  ...["Sindicato", "Syndicat", "Sindacato", "Confederación", "Confederação", "Confédération", "Confederazione", "Federación", "Federação", "Fédération", "Federazione", "Asociación", "Associação", "Associazione", "Coordinadora", "Coordenação", "Centrale", "Colectivo", "Coletivo", "Collectif", "Fundación", "Fundação", "Fondation", "Fondazione", "Conferencia", "Conferência", "Conférence", "Conferenza", "Comunidad", "Comunidade", "Communauté", "Comunità", "Cámara", "Câmara", "Chambre", "Liga", "Ligue"].map((w) => [w, "other"] as const),
]);
/** Particles inside such a name ("por la", "des", "dos", "della"). */
const FOREIGN_ORG_INNER = new Set(["por", "para", "y", "e", "pour", "et", "da", "do", "dos", "das", "di", "dei", "della", "delle", "per", "les", "los", "las", "le", "el", "de", "des", "du", "del", "la", "d'", "l'", "en", "au", "aux", "à"]);

/**
 * "Mouvement des forces démocratiques de Casamance (MFDC)", "Groupe de réflexion pour la paix en
 * Casamance (GRPC)": French, Spanish and Portuguese names capitalise their first word only; a foreign
 * head noun, then words of any case up to an acronym in parentheses that spells their initials.
 */
function findForeignNamesWithAcronym(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = FOREIGN_ORG_HEADS.get(tokens[i]!.text) ?? (FOREIGN_GROUP.test(tokens[i]!.text) ? "other" : undefined);
    if (!head || covered[i]) continue;
    // ("Centrale des syndicats du Québec": a place inside the name is part of it)
    let j = i + 1;
    // ("Conseil du Café-Cacao (CCC)": over a hyphen inside a word, each part with its initial)
    const hyphen = (q: number) => tokens[q]?.text === "-" && !tokens[q]!.space && tokens[q - 1]?.kind === "word" && tokens[q + 1]?.kind === "word";
    while (j < i + 14 && (tokens[j]?.kind === "word" || hyphen(j)) && tokens[j]!.sent === tokens[i]!.sent && (!covered[j] || inPlace[j] === 1)) j++;
    const acr = tokens[j]?.text === "(" && tokens[j + 2]?.text === ")" ? tokens[j + 1]!.text : "";
    if (j < i + 2 || !/^[A-Z]{2,7}$/.test(acr)) continue;
    // ("de l'enseignement": the initial of the word after an elided article; "étudiante" gives an E)
    const initials = tokens.slice(i, j).filter((t) => !FOREIGN_ORG_INNER.has(t.lower) && t.text !== "-").map((t) => t.text.replace(/^[dlDL]['’](?=\p{L})/u, "")[0]!.toUpperCase()).join("").normalize("NFD").replace(/\p{M}/gu, "");
    if (!spellsInitials(acr, initials)) continue;
    const name = a.text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    const actor = mkActor(nodeKey("Group", name), "Group", name, undefined, head);
    found.push(mkMention(i, j, tokens[i]!.sent, actor, name, "org-pattern"));
    for (let k = i; k < j; k++) covered[k] = 1;
    if (!acronyms.names.has(acr)) {
      acronyms.names.set(acr, actor);
      acronyms.defined.set(acr, actor);
    }
    i = j;
  }
  return found;
}
/**
 * Whether an acronym spells a foreign name's initials: all of them, or (three letters or more) some of
 * them in order from the first to the last, as unions' acronyms skip words ("Fédération des
 * travailleurs et travailleuses du Québec (FTQ)", "Alliance du personnel professionnel et technique de
 * la santé et des services sociaux (APTS)").
 */
function spellsInitials(acr: string, initials: string): boolean {
  if (acr === initials) return true;
  if (acr.length < 3 || acr[0] !== initials[0] || acr[acr.length - 1] !== initials[initials.length - 1]) return false;
  let k = 0;
  for (const ch of initials) if (ch === acr[k]) k++;
  return k === acr.length;
}

/**
 * Whether capitalised words share a word's stem with a known organisation's name or aliases
 * ("Social Democrat" for the Social Democratic Party of Germany): a short name of it, not a person's.
 */
function namesKnownBody(words: readonly Token[], org: { name: string; aliases: readonly string[] } | undefined): boolean {
  if (!org) return false;
  const stems = new Set([org.name, ...org.aliases].flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  return words.some((w) => w.text.length >= 5 && stems.has(w.text.slice(0, 5)));
}

/** "Groupe", "Grupo", "Gruppo": a group's head noun in French, Spanish, Portuguese and Italian. */
const FOREIGN_GROUP = /^(Groupe|Grupo|Gruppo)$/;

export const ORG_HEADS = new Map<string, OrganisationKind>([
  ...["Junta", "Front", "Army", "Forces", "Fighters", "Brigade", "Brigades", "Militia", "Militias", "Guards", "Guard", "Battalion", "Battalions", "Regiment", "Corps", "Legion", "Mujahideen"].map((w) => [w, "armed-group"] as const),
  ...["Movement", "Party", "Platform", "Alliance", "Coalition", "Congress", "Union", "Brotherhood", "Bloc", "Caucus", "Gathering"].map((w) => [w, "political"] as const),
  ...["Government", "Council", "Commission", "Committee", "Assembly", "Parliament", "Senate", "Representatives", "Deputies", "Cabinet", "Presidency", "Secretariat", "Ministry", "Office", "Department", "Division", "Board", "Authority", "Administration", "Directorate", "Bureau", "Agency", "Service", "Court", "Tribunal", "Police", "Mission"].map((w) => [w, "government-office"] as const),
  ...["Watch", "Forum", "Foundation", "Consortium", "Institute", "Academy", "College", "Colleges", "University", "Club", "Centre", "Center", "Network", "Society", "Trust", "Fund", "Organisation", "Organization", "Association", "Federation", "Confederation", "Chamber", "Guild", "Syndicate", "Group", "League", "Community", "Panel", "Hospital", "Airways", "Airlines", "Corporation", "Company", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "plc", "PLC", "LLC", "GmbH", "Mining", "Industrial", "Ratings", "Holdings", "Minerals", "Motors", "Industries", "Technologies", "Pharmaceuticals", "Petroleum", "Railway", "Railways", "Transit", "Telecom", "Bank", "Ministries", "Communications", "Entertainment", "Broadcasting", "Pictures", "Studios", "Networks", "Logistics", "Shipping", "Steel", "Electric", "Partners", "Resorts", "Casinos", "Capital", "Management", "Investments", "Advisors", "Advisers", "Securities", "Services"].map((w) => [w, "other"] as const),
  // institutions, employers' bodies and school districts ("the Ethnological Museum", "the ILO's Governing Body", "the Service Sector Employers", "Denver Public Schools")
  ...["Museum", "Gallery", "Library", "Archives", "Body", "Employers", "Schools"].map((w) => [w, "other"] as const),
  // companies of the performing arts, employers of their players' unions ("the Metropolitan Opera", "the Minnesota Orchestra")
  ...["Opera", "Orchestra", "Symphony", "Philharmonic", "Ballet"].map((w) => [w, "other"] as const),
  // religious bodies ("the Anglican Church", "the Jogye Order", "the Moscow Patriarchate")
  ...["Church", "Order", "Diocese", "Archdiocese", "Patriarchate", "Synod"].map((w) => [w, "other"] as const),
  // ("the Australian Christian Lobby")
  ["Lobby", "other"],
  // tribes and their bodies ("Whanganui Iwi", "the Tohono O'odham Tribe", "Ngāi Tahu Rūnanga")
  ...["Iwi", "Tribe", "Rūnanga", "Runanga"].map((w) => [w, "other"] as const),
]);
const ORG_KIND: ReadonlySet<LexKind> = new Set(["org"]);
/** Words before "Forum" that make it an event ("Diplomacy Forum", "Dialogue Forum"). */
const EVENT_FORUM = /^(Diplomacy|Dialogue|Peace|Investment)$/;

/** Words that make a capitalised phrase an agreement, event or place rather than an organisation. */
export const NOT_ORG_WORDS = new Set("Hall Initiative Plan Agreement Accord Accords Treaty Deal Declaration Protocol Framework Roadmap Process Programme Program Resolution Act Convention Charter Memorandum Statement Communique Law Constitution Strategy Vision Summit Conference Talks Dialogue Forum Day Week War Crisis Hotel Palace Square Street Airport University Prize Games Cup Region Province Territory Territories".split(" "));
/** A company's legal form after its name, abbreviated ("Corp.", "Inc.", "Co. Ltd"), when a name of two words or more is left. */
const ABBREVIATED_LEGAL_FORM = /(?<=\S+ \S+)(,? (Corp|Inc|Co|Ltd|LLC|plc|PLC)\.?)+$/;
/** Words a company's name can end with after its head noun ("MGM Resorts International", "Barrick Gold Holdings"). */
const CORPORATE_TAILS = new Set(["International", "Global", "Worldwide", "Holdings", "Group"]);
const ORG_INNER = new Set(["of", "for", "the", "and", "de", "des", "du", "del", "la", "al"]);
/** Capitalised words that open a sentence or a phrase rather than a name. */
const OPENING_WORDS: readonly string[] = [...FUNCTION_CAPS, ..."His Her Its Their Both Each Under Over Through Until Not No Nor Thousands Hundreds Dozens Millions Tens Scores".split(" "), ...WEEKDAY_NAMES, ...MONTH_NAMES];
const NOT_ORG_START = new Set([...OPENING_WORDS, "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "Foreign", "Secretary", "General", "Former", "Retired", "Acting", "Deputy", "Senior", "Chief", "Top", "Under", "Earlier", "Later", "Justices"]);
/** Capitalised words that may stand right before an organisation's name. */
const ORG_PRE_OK = new Set(OPENING_WORDS);
/** Group nouns next to a bare capitalised name ("the rebel movement Renamo", "the Frelimo party"). */
const GROUP_NOUNS = new Map<string, OrganisationKind>([
  ["movement", "armed-group"], ["group", "armed-group"], ["militia", "armed-group"], ["rebels", "armed-group"], ["faction", "armed-group"],
  ["party", "political"], ["coalition", "political"], ["alliance", "political"],
  // "the Fafo institute", "the Unite union": bodies named by a lower-case noun after them
  ...["institute", "foundation", "union", "association", "federation", "network", "organisation", "organization", "charity", "think-tank", "campaign", "agency", "ngo"].map((w) => [w, "other"] as const),
]);
/** Words before a group noun that make the body a humanitarian one ("the relief agency X", "the aid group Y"). */
const HUMANITARIAN_PRE = /^(relief|aid|humanitarian|charitable|non-profit|nonprofit|medical)$/;
/** Words before a group noun that make the body a civic or business one ("business group London First", "the campaign group X"). */
const CIVIC_PRE = /^(business|lobby|lobbying|campaign|campaigning|pressure|rights|advocacy|industry|activist|environmental|environmentalist|civic|consumer|employers|protest|watchdog|trade|farm|farmers|residents|community|anti-corruption|anti-war)$/;
/** Nouns of an appositive that says a name is an organisation ("Lokarri, a Basque citizens' network"). */
/** Nouns of a business an appositive may define a name by ("Alimentation Couche-Tard, the Quebec company behind Circle K"). */
const COMPANY_NOUNS = ["company", "firm", "conglomerate", "retailer", "carrier", "airline", "lender", "insurer", "miner", "manufacturer", "carmaker", "automaker", "broadcaster", "developer", "operator", "utility"];
const APPOSITIVE_ORG_NOUNS = new Map<string, OrganisationKind>([
  ...["group", "militia", "faction", "insurgency"].map((w) => [w, "armed-group"] as const),
  ...["party", "coalition", "alliance", "movement", "bloc"].map((w) => [w, "political"] as const),
  ...["network", "organisation", "organization", "association", "charity", "foundation", "think-tank", "ngo", "union", "federation", "confederation", "platform", "council", "body", "committee"].map((w) => [w, "other"] as const),
  ...COMPANY_NOUNS.map((w) => [w, "other"] as const),
]);
const ADJECTIVE_END = /(ist|ian|ic|ish|ese|an|al|ive|ary)$/;
const ARMED_CONTEXT = /^(rebel|rebels|insurgent|insurgents|insurgency|militant|militants|armed|guerrilla|guerrillas|separatist|separatists|jihadist|militia)$/;
const POLITICAL_CONTEXT = /^(party|parties|opposition|coalition|alliance|political|movement)$/;

/** A capitalised word, not taken, that may be part of an organisation's name. */
function orgWord(t: Token | undefined, covered: Uint8Array, k: number): boolean {
  return !covered[k] && orgWordShape(t);
}

/** A capitalised word shaped like a word of an organisation's name (taken or not). */
function orgWordShape(t: Token | undefined): boolean {
  if (t?.kind !== "word" || !t.cap) return false;
  const v = t.text;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) return /^\p{Lu}[\p{L}'’.-]*$/u.test(v);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45)) return false;
  }
  return true;
}

/** The first four letters of a name's first content word ("Organisation of ..." -> "orga"). */
function openingStem(name: string): string {
  for (const w of name.toLowerCase().split(/[\s-]+/)) if (w && !ORG_INNER.has(w)) return w.slice(0, 4);
  return "";
}

/** ", or LURD", ", known as MODEL", ", also known as X": an all-capitals acronym defined after a name. */
function spelledAcronym(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.text !== ",") return undefined;
  let k = end + 1;
  if (tokens[k]?.lower === "or") k++;
  else {
    if (tokens[k]?.lower === "also") k++;
    if (tokens[k]?.lower !== "known" || tokens[k + 1]?.lower !== "as") return undefined;
    k += 2;
  }
  const x = tokens[k]?.text ?? "";
  return /^\p{Lu}[\p{Lu}0-9]{1,7}$/u.test(x) && tokens[k]!.sent === tokens[end]!.sent ? x : undefined;
}

/** "(SMART-TD)" right after a name: an acronym written as two upper-case parts joined by a hyphen. */
function hyphenAcronym(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.text !== "(" || tokens[end + 4]?.text !== ")" || tokens[end + 2]?.text !== "-" || tokens[end + 2]!.space || tokens[end + 3]!.space) return undefined;
  const x = tokens[end + 1]!.text;
  const y = tokens[end + 3]!.text;
  return /^\p{Lu}[\p{Lu}0-9]{0,6}$/u.test(x) && /^\p{Lu}[\p{Lu}0-9]{0,4}$/u.test(y) ? `${x}-${y}` : undefined;
}

/**
 * Organisations the gazetteer does not know, added to the mentions found so far (`known`); a longer name
 * drops the gazetteer mentions inside it, and an acronym the article defines re-points a gazetteer
 * organisation of the same acronym. Returns the new list of mentions.
 */
export function findOrganisations(ctx: RecognizeContext, known: readonly ActorMention[], places: readonly PlaceMention[]): ActorMention[] {
  const n = ctx.tokens.length;
  const inPlace = new Uint8Array(n);
  for (const p of places) for (let k = p.start; k < p.end && k < n; k++) inPlace[k] = 1;
  const acronyms: Acronyms = { names: new Map(), defined: new Map() };
  const kept = known.slice();
  const clubs = findClubs(ctx, kept, inPlace);
  joinCompanyAndCountry(ctx, kept);
  joinCompanyAndFoundation(ctx, kept);
  joinBodyAndState(ctx, kept);
  joinSportAndState(ctx, kept);
  joinAirlineAndState(ctx, kept);
  joinNationalRedCross(ctx, kept);
  joinGenericPartyToPrefix(ctx, kept);
  genericPartyOfItsAcronym(ctx, kept);
  const locals = clubs.concat(findNumberedLocals(ctx, kept), findForCauseBodies(ctx, kept));
  acronymsOfKnownNames(ctx, kept, acronyms);
  preferNamesTheAcronymSpells(kept);
  const bodies = locals.concat(findBodiesOfInternationalOrganisations(ctx, kept, acronyms)).concat(findFactionsOfKnownNames(ctx, kept, acronyms), findNamesSpellingTheirAcronym(ctx, kept, inPlace, acronyms), findForeignNamesWithAcronym(ctx, inPlace, acronyms), findPluralArticleNames(ctx, inPlace));
  const named = bodies.concat(findNamedOrganisations(ctx, kept, inPlace, acronyms));
  named.push(...findTailNamedBodies(ctx, [...kept, ...named]));
  named.push(...companiesListedWithCompanies(ctx, [...kept, ...named]));
  const nextToGroupNoun = findNamesNextToGroupNouns(ctx, inPlace, acronyms, [...kept, ...named]).concat(findEzafeNames(ctx, inPlace, acronyms));
  const byAppositive = findNamesByAppositive(ctx, inPlace, acronyms).concat(findNamesAfterBodyNouns(ctx, inPlace, acronyms), findCompaniesAfterTheirKind(ctx, inPlace, acronyms), findWorkplaces(ctx, kept, named, inPlace, acronyms));
  const beforeTitles = findAcronymsBeforeOfficeWords(ctx, inPlace, acronyms, [...kept, ...named, ...nextToGroupNoun, ...byAppositive]);
  const beforeLeaders = findNamesBeforeLeaderWords(ctx, inPlace, acronyms, [...kept, ...named]).concat(findNamesAfterLeaderOf(ctx, inPlace, acronyms));
  const actors = kept.concat(named, nextToGroupNoun, byAppositive, beforeTitles, beforeLeaders);
  nameBeforeBracketedKnownBody(ctx, actors, acronyms);
  homonymOfBracketedAcronym(ctx, actors);
  // ("Denver Public Schools ... DPS Superintendent X": the names read since spell acronyms too)
  preferNamesTheAcronymSpells(actors);
  joinStatePairPrefix(ctx, actors);
  joinStatePrefixToName(ctx, actors, named, acronyms);
  localsInApposition(ctx, actors, locals);
  // "Gazprom chief executive Alexei Miller ... Gazprom had demanded": the name read before a leader's
  // word names the body wherever else the article writes it
  for (const m of beforeLeaders) if (!acronyms.names.has(m.surface)) acronyms.names.set(m.surface, m.actor);
  const shortNames = findShortNameUses(ctx, actors).concat(findPartyNamesWithoutHead(ctx, actors), findCompanyNamesWithoutTail(ctx, actors), findCompanyNamesWithoutFirstWord(ctx, actors));
  // (last: a camel-case word inside a longer name, or short for one, is that name's)
  shortNames.push(...findCamelCaseNames(ctx, inPlace, [...actors, ...shortNames]));
  if (!acronyms.names.size) return dropStatesGovernments(ctx, dropInsideAgreementNames(ctx, withWorkersCommittees(ctx, actors.concat(shortNames))));
  if (acronyms.defined.size) preferDefinedAcronyms(actors, acronyms.defined);
  return dropStatesGovernments(ctx, dropInsideAgreementNames(ctx, withWorkersCommittees(ctx, actors.concat(shortNames, findAcronymAndNameUses(ctx, acronyms.names)))));
}

/**
 * "the Progress Party (FrP)", "the Liberals (Venstre)": a name the gazetteer does not know, right before a
 * body it knows in brackets by its native name or a mixed-case abbreviation, is that body, there and
 * wherever else the article writes the name.
 */
function nameBeforeBracketedKnownBody(ctx: RecognizeContext, actors: ActorMention[], acronyms: Acronyms): void {
  const { tokens } = ctx;
  const byStart = new Map(actors.map((m) => [m.start, m]));
  for (const [q, m] of actors.entries()) {
    if (m.actor.type !== "Group" || m.via === "name" || tokens[m.end]?.text !== "(") continue;
    const known = byStart.get(m.end + 1);
    if (known?.via !== "name" || known.actor.type !== "Group" || tokens[known.end]?.text !== ")") continue;
    // (a native name or a mixed-case abbreviation only: an acronym in capitals may be the article's own
    // for another body, "the Regiment of Presidential Security (RSP)", or a larger body's, "the Commission
    // of the Economic Community of West African States (ECOWAS)")
    if (!/\p{Ll}/u.test(known.surface)) continue;
    actors[q] = mkMention(m.start, m.end, m.sent, known.actor, m.surface, m.via);
    if (!acronyms.names.has(m.surface)) acronyms.names.set(m.surface, known.actor);
  }
}

/**
 * "his Justice and Development Party (PJD)": a known body's name with the acronym of a namesake in
 * brackets ("Justice and Development Party (Morocco)", whose name opens with it) is that namesake,
 * there and wherever else the article writes the name.
 */
function homonymOfBracketedAcronym(ctx: RecognizeContext, actors: ActorMention[]): void {
  const { tokens } = ctx;
  const byStart = new Map(actors.map((m) => [m.start, m]));
  const meant = new Map<string, Actor>();
  for (const m of actors) {
    if (m.actor.type !== "Group" || tokens[m.end]?.text !== "(") continue;
    const known = byStart.get(m.end + 1);
    if (known?.actor.type !== "Group" || known.actor.key === m.actor.key || tokens[known.end]?.text !== ")") continue;
    if (known.actor.name.startsWith(`${m.actor.name} (`)) meant.set(m.actor.key, known.actor);
  }
  if (!meant.size) return;
  for (const [q, m] of actors.entries()) {
    const actor = meant.get(m.actor.key);
    if (actor) actors[q] = mkMention(m.start, m.end, m.sent, actor, m.surface, m.via);
  }
}

/** A government's name before "of" and its state ("the Federal Government of Nigeria"). */
const STATE_GOVERNMENT = /^(Federal|Royal|Central|National|Union|Imperial) Government$/;

/**
 * "The Federal Government of Nigeria has approved": the state itself, not a body of that name; the
 * state's mention after "of" acts, and the bare "Federal Government" elsewhere is left to the references.
 */
function dropStatesGovernments(ctx: RecognizeContext, actors: ActorMention[]): ActorMention[] {
  const { tokens, covered } = ctx;
  const states = new Set(actors.filter((m) => m.actor.type === "State").map((m) => m.start));
  const keys = new Set(actors.filter((m) => m.actor.type === "Group" && STATE_GOVERNMENT.test(m.actor.name) && tokens[m.end]?.lower === "of" && states.has(m.end + 1)).map((m) => m.actor.key));
  if (!keys.size) return actors;
  for (const m of actors) if (keys.has(m.actor.key)) covered.fill(0, m.start, m.end);
  return actors.filter((m) => !keys.has(m.actor.key));
}

/** Head nouns of an agreement's name. */
const AGREEMENT_HEADS = new Set(["Agreement", "Treaty", "Accord", "Accords", "Pact", "Convention", "Protocol", "Memorandum"]);

/**
 * "the General Security of Military Information Agreement (GSOMIA)": bodies read inside an agreement's
 * name (a run of capitalised words and "of", "on", "the", "for" that ends in the agreement's head noun)
 * are words of that name, not actors. Headlines, capitalised throughout, are left alone. Decorations
 * ("the Order of Zayed") are no bodies either.
 */
function dropInsideAgreementNames(ctx: RecognizeContext, actors: ActorMention[]): ActorMention[] {
  const { tokens, headline } = ctx;
  const inside = (m: ActorMention): boolean => {
    // (a body named for an agreement keeps its head noun: "the Supervisory Committee on the
    // Implementation of the Detainee Exchange Agreement")
    if (m.actor.type !== "Group" || headline[m.sent] || ORG_HEADS.has(tokens[m.end - 1]?.text ?? "")) return false;
    for (let k = m.end; k < m.end + 8 && tokens[k]?.sent === m.sent; k++) {
      const t = tokens[k]!;
      if (t.kind === "word" && t.cap && AGREEMENT_HEADS.has(t.text)) return true;
      if (!((t.kind === "word" && t.cap) || /^(of|on|the|for)$/.test(t.text))) return false;
    }
    return false;
  };
  // (a decoration read once is one wherever else the article writes it)
  const decorations = new Set(actors.filter((m) => decoration(ctx, m)).map((m) => m.actor.key));
  const kept = actors.filter((m) => !inside(m) && !decorations.has(m.actor.key));
  return kept.length === actors.length ? actors : kept;
}

/** Verbs and nouns of an honour given ("bestowed on them the Order of Zayed"). */
const AWARD_WORDS = /^(award|awarded|awarding|awards|bestow|bestowed|bestowing|confer|conferred|conferring|given|presented|decorated|decoration|honoured|honored|medal|received|receives|won|wins)$/;

/** "awarded the two leaders the Order of Zayed": an order an honour names is a decoration, not a body. */
function decoration(ctx: RecognizeContext, m: ActorMention): boolean {
  const { tokens } = ctx;
  if (m.actor.type !== "Group" || !/^Order of\b/.test(m.actor.name)) return false;
  for (let k = m.start - 1; k >= 0 && k >= m.start - 8 && tokens[k]!.sent === m.sent; k--) if (AWARD_WORDS.test(tokens[k]!.lower)) return true;
  return false;
}

/** Words that, with a number after them, name a union's branch ("Culinary Local 226", "Lodge 751"). */
const LOCAL_WORDS = new Set(["Local", "Lodge"]);
/** Numbers written as capitalised words after "Local". */
const NUMBER_NAMES = /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Hundred)$/;

/**
 * "Culinary Local 226", "AFSCME District Council 33", "Teamsters Local 2010", "UAW 2865": a union's numbered
 * branch, with the capitalised words before it (a known union among them is absorbed: the branch is
 * the side that bargains). `kept` loses the absorbed mentions.
 */
function findNumberedLocals(ctx: RecognizeContext, kept: ActorMention[]): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const num = tokens[k + 1]!;
    const sent = tokens[k]!.sent;
    // ("Local One of the International Alliance of Theatrical Stage Employees": a number in words)
    // ("Machinists Union Local S6": a branch's number with a letter, after "Local" or "Lodge")
    const spelled = LOCAL_WORDS.has(tokens[k]!.text) && (NUMBER_NAMES.test(num.text) || /^\p{Lu}{1,2}\d{1,4}$/u.test(num.text));
    if (((num.kind !== "number" || !/^\d{1,5}(-\d{1,4})?$/.test(num.text)) && !spelled) || num.sent !== sent) continue;
    // "UAW 2865": a known union's acronym right before the number is the local's whole name
    // (not a year: "the UAW 2023 contract")
    const union = kept.find((m) => m.end === k + 1 && m.start === k && isUnion(m.actor) && /^\p{Lu}{2,6}$/u.test(tokens[k]!.text) && !/^(19[5-9]\d|20[0-3]\d)$/.test(num.text));
    const head = union ? k : LOCAL_WORDS.has(tokens[k]!.text) ? k : tokens[k]!.text === "Council" && tokens[k - 1]?.text === "District" ? k - 1 : -1;
    if (head < 0) continue;
    let start = head;
    while (start > head - 4 && start > 0 && tokens[start - 1]!.sent === sent && tokens[start - 1]!.kind === "word" && tokens[start - 1]!.cap) start--;
    // only a known group wholly inside is absorbed; another mention ends the name after it
    for (const m of kept) if (m.end > start && m.start < head && (m.actor.type !== "Group" || m.start < start)) start = Math.max(start, m.end);
    const inside = kept.filter((m) => m.start >= start && m.end <= k + 2);
    for (const m of inside) kept.splice(kept.indexOf(m), 1);
    const name = a.text.slice(tokens[start]!.start, num.end);
    found.push(mkMention(start, k + 2, sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), name, "org-pattern"));
    for (let q = start; q < k + 2; q++) covered[q] = 1;
  }
  // ("Machinists Union Local S6 ... Local S6 had asked": the branch's short name is the full one's)
  for (const [q, m] of found.entries()) {
    const full = found.find((x) => x !== m && x.actor.name.endsWith(` ${m.actor.name}`));
    if (full) found[q] = { ...m, actor: full.actor };
  }
  return found;
}

/**
 * "the Chicago Federation of Musicians, Local 10-208 of the American Federation of Musicians": a numbered
 * local set off by a comma right after a union's name is that union, not a second body.
 */
function localsInApposition(ctx: RecognizeContext, actors: ActorMention[], locals: readonly ActorMention[]): void {
  const { tokens } = ctx;
  for (const local of locals) {
    if (tokens[local.start - 1]?.text !== ",") continue;
    const union = actors.find((m) => m.end === local.start - 1 && m.actor.type === "Group" && isUnion(m.actor));
    const q = actors.indexOf(local);
    if (union && q >= 0) actors[q] = { ...local, actor: union.actor };
  }
}

/**
 * "the Sudan Liberation Army-Minni Minnawi (SLA-MM)", "Sudan People's Liberation Movement-in-Opposition
 * (SPLM-IO)": a known movement's name, a hyphen and its leader's name or a wing's word, then the faction's
 * acronym in parentheses: the faction is a group of its own (`kept` loses the movement's mention).
 */
function findFactionsOfKnownNames(ctx: RecognizeContext, kept: ActorMention[], acronyms: Acronyms): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let q = kept.length - 1; q >= 0; q--) {
    const m = kept[q]!;
    const dash = tokens[m.end];
    if (m.actor.type !== "Group" || dash?.text !== "-" || dash.space || tokens[m.end + 1]?.space) continue;
    let j = m.end + 1;
    while (j < m.end + 6 && tokens[j]?.kind === "word" && tokens[j]!.sent === m.sent && (tokens[j]!.cap || tokens[j]!.lower === "in") && !covered[j]) j++;
    if (j === m.end + 1 || tokens[j]?.text !== "(") continue;
    const acr = hyphenAcronym(tokens, j) ?? (tokens[j + 2]?.text === ")" && /^\p{Lu}[\p{Lu}0-9]{1,7}$/u.test(tokens[j + 1]!.text) ? tokens[j + 1]!.text : undefined);
    if (!acr) continue;
    const name = a.text.slice(tokens[m.start]!.start, tokens[j - 1]!.end);
    const actor = mkActor(nodeKey("Group", name), "Group", name, undefined, m.actor.orgKind ?? "armed-group");
    found.push(mkMention(m.start, j, m.sent, actor, name, "org-pattern"));
    for (let k = m.start; k < j; k++) covered[k] = 1;
    kept.splice(q, 1);
    if (!acronyms.names.has(acr)) {
      acronyms.names.set(acr, actor);
      acronyms.defined.set(acr, actor);
    }
  }
  return found;
}

/**
 * "Samsung India said", "Samsung India's plant": a company the gazetteer knows right before a state's
 * name is the company's arm in that state (the state is no actor there). The arm is one mention of the
 * company, which the article's short form then means too ("Samsung recognise the union"), unless the
 * article names the parent apart by its full name of two words or more ("GM Korea ... its parent, General
 * Motors"): then the arm is a body of its own.
 */
function joinCompanyAndCountry(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens } = ctx;
  for (let q = 0; q + 1 < kept.length; q++) {
    const co = kept[q]!;
    const st = kept.find((m) => m.start === co.end);
    if (!co.actor.employer || !st || st.actor.type !== "State" || st.via !== "name" || tokens[st.start]!.sent !== tokens[co.start]!.sent) continue;
    const surface = a.text.slice(tokens[co.start]!.start, tokens[st.end - 1]!.end);
    // (a full name of two words or more: the bare "Tesla" of "Tesla Sweden" may be the arm)
    const parentApart = co.actor.name.includes(" ") && kept.some((m) => m !== co && m.actor.key === co.actor.key && m.surface === co.actor.name && kept.every((x) => x.start !== m.end || x.actor.type !== "State"));
    const actor = parentApart ? { ...mkActor(nodeKey("Group", surface), "Group", surface, undefined, "other"), employer: true } : co.actor;
    kept[q] = { ...co, actor, end: st.end, surface };
    kept.splice(kept.indexOf(st), 1);
  }
}

/** Heads of a charity named for a company or its founder ("the Ford Foundation"). */
const CHARITY_HEADS = /^(Foundation|Foundations|Fund|Trust|Endowment|Institute)$/;

/**
 * "the Ford Foundation", "the Kellogg Foundation": a company's name before a charity's head noun names the
 * charity, a body of its own, not the company.
 */
function joinCompanyAndFoundation(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens, covered } = ctx;
  for (let q = 0; q < kept.length; q++) {
    const co = kept[q]!;
    const head = tokens[co.end];
    if (!co.actor.employer || !head || head.sent !== co.sent || !CHARITY_HEADS.test(head.text) || kept.some((m) => m.start === co.end)) continue;
    const name = a.text.slice(tokens[co.start]!.start, head.end);
    kept[q] = mkMention(co.start, co.end + 1, co.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), name, "org-pattern");
    covered[co.end] = 1;
  }
}

/**
 * "the US-China Business Council", "the U.S.-India Strategic Partnership Forum": a body the gazetteer does
 * not know, named after two states joined by a hyphen, is one name (the states are no actors there).
 */
function joinStatePairPrefix(ctx: RecognizeContext, actors: ActorMention[]): void {
  const { a, tokens } = ctx;
  for (let q = 0; q < actors.length; q++) {
    const body = actors[q]!;
    if (body.actor.type !== "Group" || body.via === "name") continue;
    const second = actors.find((m) => m.end === body.start && m.actor.type === "State");
    const dash = second ? tokens[second.start - 1] : undefined;
    if (!second || dash?.text !== "-" || dash.space || tokens[second.start]!.space) continue;
    const first = actors.find((m) => m.end === second.start - 1 && m.actor.type === "State" && m.sent === body.sent);
    // (after an article or at the sentence's start: "on India-China Border Affairs" is a topic)
    const before = tokens[first?.start ? first.start - 1 : 0];
    if (!first || !(first.start === 0 || before!.sent !== body.sent || /^(the|a)$/.test(before!.lower))) continue;
    const name = a.text.slice(tokens[first.start]!.start, tokens[body.end - 1]!.end);
    actors[q] = mkMention(first.start, body.end, body.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, body.actor.orgKind), name, "org-pattern");
    actors.splice(actors.indexOf(second), 1);
    actors.splice(actors.indexOf(first), 1);
    q = -1;
  }
}

/**
 * "the Samoa Council of Churches", "the Kenya Private Sector Alliance": a state's name right before a
 * body's name the article spells out (no gazetteer entry, no possessive) opens that name; the state is
 * no actor there.
 */
function joinStatePrefixToName(ctx: RecognizeContext, actors: ActorMention[], named: readonly ActorMention[], acronyms: Acronyms): void {
  const { a, tokens } = ctx;
  for (const body of named) {
    if (body.actor.type !== "Group" || body.via === "acronym" || body.via === "name-use") continue;
    const st = actors.find((m) => m.end === body.start && m.actor.type === "State" && m.via === "name" && tokens[m.start]!.sent === tokens[body.start]!.sent);
    // ("China Merchants Port Holdings", "Korea Development Bank", "Sri Lanka Ports Authority": a company's or
    // statutory body's name opens with its country's, "the" or not)
    const company = CORPORATE_NAME_END.test(body.actor.name) && body.actor.name.includes(" ");
    if (!st || !(company || (/^(the|The)$/.test(tokens[st.start - 1]?.text ?? "") && CHURCH_OR_SOCIETY_HEADS.test(body.actor.name)))) continue;
    const name = a.text.slice(tokens[st.start]!.start, tokens[body.end - 1]!.end).replace(/\s+/g, " ");
    const joined = mkMention(st.start, body.end, body.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, body.actor.orgKind), name, "org-pattern");
    actors.splice(actors.indexOf(st), 1);
    actors[actors.indexOf(body)] = joined;
    // ("the Guyana Elections Commission (GECOM) ... GECOM": the acronym and other uses name the joined body)
    for (let q = 0; q < actors.length; q++) if (actors[q]!.actor.key === body.actor.key) actors[q] = { ...actors[q]!, actor: joined.actor };
    for (const [acr, actor] of acronyms.names) if (actor.key === body.actor.key) acronyms.names.set(acr, joined.actor);
    for (const [acr, actor] of acronyms.defined) if (actor.key === body.actor.key) acronyms.defined.set(acr, joined.actor);
  }
}
/** Last words of a company's or statutory body's name ("Port Holdings", "Development Bank", "Ports Authority"). */
const CORPORATE_NAME_END = /\b(Holdings|Bank|Corporation|Corp|Company|Airways|Airlines|Petroleum|Railways|Telecom|Shipping|Steel|Motors|Authority|Board)$/;
/** Heads of a national body named after its country ("Council of Churches", "Chamber of Commerce"). */
const CHURCH_OR_SOCIETY_HEADS = /\b(Council|Association|Federation|Confederation|Chamber|Alliance|Society|Union|Congress|Conference|League|Syndicate|Guild|Authority|Commission)\b/;

/**
 * "the Football Association of Ireland": a body the gazetteer knows by its head noun ("Football
 * Association", England's), then "of" and a state's name, is that state's own body of the kind, a
 * body of its own (the state is no actor there).
 */
function joinBodyAndState(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens } = ctx;
  for (let q = 0; q < kept.length; q++) {
    const body = kept[q]!;
    if (body.actor.type !== "Group" || tokens[body.end]?.text !== "of" || !OF_STATE_HEADS.has(tokens[body.end - 1]?.text ?? "")) continue;
    const st = kept.find((m) => m.start === body.end + 1 && m.actor.type === "State" && m.via === "name" && tokens[m.start]!.sent === tokens[body.start]!.sent);
    if (!st) continue;
    const from = tokens[body.start]!.lower === "the" ? body.start + 1 : body.start;
    const name = a.text.slice(tokens[from]!.start, tokens[st.end - 1]!.end).replace(/\s+/g, " ");
    kept[q] = mkMention(body.start, st.end, body.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, body.actor.orgKind), name, "org-pattern");
    kept.splice(kept.indexOf(st), 1);
  }
}

/** Sports whose national governing bodies take the name "<Sport> <State>" or "<State> <Sport>". */
const SPORT_NAMES = new Set("Archery Athletics Badminton Baseball Basketball Bowls Boxing Canoe Cricket Cycling Diving Equestrian Football Golf Gymnastics Handball Hockey Judo Lacrosse Motorsport Netball Rowing Rugby Sailing Skiing Snowsports Soccer Softball Sport Squash Surfing Swimming Taekwondo Tennis Triathlon Volleyball Weightlifting Wrestling Paralympics".split(" "));

/** Fields whose national bodies take the name "<Field> <State>" ("Universities South Africa", "Screen Australia"). */
const FIELD_NAMES = new Set("Universities Engineers Tourism Screen Arts Heritage".split(" "));

/**
 * "Netball Australia", "Cricket Ireland", "USA Gymnastics", "Canada Soccer": a sport's capitalised name
 * next to a state's names that state's governing body of the sport, an employer of its players (the state
 * is no actor there); a field's before it names the field's national body ("Universities South Africa").
 * Not in a headline, whose every word may be capitalised.
 */
function joinSportAndState(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens, covered } = ctx;
  const headlineEnd = tokens.findIndex((t) => t.sent > 0);
  for (let q = 0; q < kept.length; q++) {
    const st = kept[q]!;
    if (st.actor.type !== "State" || st.via !== "name" || st.start < headlineEnd) continue;
    const before = tokens[st.start - 1];
    const after = tokens[st.end];
    const field = !!before && before.sent === st.sent && FIELD_NAMES.has(before.text) && !covered[st.start - 1];
    const sportFirst = (before && before.sent === st.sent && SPORT_NAMES.has(before.text) && !covered[st.start - 1]) || field;
    // ("USA Gymnastics", not "the USA Gymnastics Federation": a longer name is read as one)
    const sportAfter = !sportFirst && after && after.sent === st.sent && SPORT_NAMES.has(after.text) && !covered[st.end] && !(tokens[st.end + 1]?.cap && tokens[st.end + 1]!.kind === "word");
    if (!sportFirst && !sportAfter) continue;
    const [from, to] = sportFirst ? [st.start - 1, st.end] : [st.start, st.end + 1];
    const name = a.text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, " ");
    const body = field ? mkActor(nodeKey("Group", name), "Group", name, undefined, "other") : { ...mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), employer: true };
    kept[q] = mkMention(from, to, st.sent, body, name, "org-pattern");
    covered[sportFirst ? from : to - 1] = 1;
  }
}

/** A sport's governing body as the gazetteer names England's or the world's ("Football Association"). */
const SPORT_BODY = /^(\p{Lu}\p{L}+) (Association|Federation|Union)$/u;

/** Words that make a state's name or demonym next to them an airline's ("China Airlines", "Air India", "Korean Air"). */
const AIRLINE_AFTER = /^(Airlines|Airways|Air)$/;

/**
 * "China Airlines", "Qatar Airways", "Korean Air", "Air India": a state's name or demonym with an airline's
 * word names the carrier, an employer of its crews (the state is no actor there). Not in a headline.
 */
function joinAirlineAndState(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens, covered, headline } = ctx;
  for (let q = 0; q < kept.length; q++) {
    const st = kept[q]!;
    if (st.actor.type !== "State" || (st.via !== "name" && st.via !== "demonym") || headline[st.sent]) continue;
    const after = tokens[st.end];
    const before = tokens[st.start - 1];
    // (not "China Airlines Pilots Union", a longer name read as one; "China Airlines Chairman X" is the carrier's)
    const next = tokens[st.end + 1];
    const airAfter = !!after && after.sent === st.sent && AIRLINE_AFTER.test(after.text) && !covered[st.end] && !(next?.cap && next.kind === "word" && !ctx.lex.isTitle(next.lower));
    const airBefore = !airAfter && before?.text === "Air" && before.sent === st.sent && !covered[st.start - 1] && st.via === "name";
    if (!airAfter && !airBefore) continue;
    const [from, to] = airAfter ? [st.start, st.end + 1] : [st.start - 1, st.end];
    const name = a.text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, " ");
    kept[q] = mkMention(from, to, st.sent, { ...mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), employer: true }, name, "org-pattern");
    covered[airAfter ? to - 1 : from] = 1;
  }
}

/**
 * "the Venezuelan Red Cross", "the Palestine Red Crescent Society": a demonym or a state's name right
 * before "Red Cross" or "Red Crescent" names that state's national society, a body of its own (neither
 * the ICRC nor the federation, and the state is no actor there); so does one before a sport's
 * association ("the Israel Football Association", "the Palestinian Football Association").
 */
function joinNationalRedCross(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens } = ctx;
  for (let q = 0; q < kept.length; q++) {
    const body = kept[q]!;
    // (not before an acronym in brackets: "the Polish Football Association (PZPN)" is read whole with it later)
    const sport = SPORT_NAMES.has(SPORT_BODY.exec(body.surface)?.[1] ?? "") && tokens[body.end]?.text !== "(";
    if (body.actor.type !== "Group" || !(sport || /^Red (Cross|Crescent)$/.test(body.surface))) continue;
    const st = kept.find((m) => m.end === body.start && m.actor.type === "State" && (m.via === "name" || m.via === "demonym") && m.sent === body.sent);
    if (!st) continue;
    const end = tokens[body.end]?.text === "Society" && tokens[body.end]!.sent === body.sent ? body.end + 1 : body.end;
    const name = a.text.slice(tokens[st.start]!.start, tokens[end - 1]!.end).replace(/\s+/g, " ");
    const society = sport ? { ...mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), employer: true } : mkActor(nodeKey("Group", name), "Group", name, undefined, "ngo");
    kept[q] = mkMention(st.start, end, body.sent, society, name, "org-pattern");
    kept.splice(kept.indexOf(st), 1);
    q--;
  }
}

/**
 * "the Social Democratic Party (SDE)", "the New Democratic Party": a generic party name the gazetteer
 * knows alone ("Democratic Party", the American one) ends the longer name of another party, read
 * whole with the capitalised words no reading took before it.
 */
function joinGenericPartyToPrefix(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { a, tokens, covered } = ctx;
  for (let q = 0; q < kept.length; q++) {
    const body = kept[q]!;
    if (body.actor.type !== "Group" || !GENERIC_PARTY_NAME.test(body.actor.name) || body.surface !== body.actor.name) continue;
    let from = body.start;
    while (from > body.start - 2 && prefixWord(tokens[from - 1], body.sent) && !covered[from - 1]) from--;
    if (from === body.start) continue;
    const name = a.text.slice(tokens[from]!.start, tokens[body.end - 1]!.end);
    kept[q] = mkMention(from, body.end, body.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "political"), name, "org-pattern");
    covered.fill(1, from, body.end);
  }
}

/**
 * "the Labour party (PvdA)": a generic party name the gazetteer knows, then the acronym of another
 * known party in brackets, is that party's name in the article's own language, there and wherever
 * else the article writes the same name ("the Conservatives (Høyre)" ... "the Conservatives").
 */
function genericPartyOfItsAcronym(ctx: RecognizeContext, kept: ActorMention[]): void {
  const { tokens } = ctx;
  const meant = new Map<string, Actor>();
  for (let q = 0; q + 1 < kept.length; q++) {
    const body = kept[q]!;
    if (body.actor.type !== "Group" || !GENERIC_PARTY_NAME.test(body.actor.name)) continue;
    const paren = tokens[body.end]?.text === "(" ? body.end : GROUP_NOUNS.has(tokens[body.end]?.lower ?? "") && tokens[body.end + 1]?.text === "(" ? body.end + 1 : -1;
    const acr = paren > 0 ? kept.find((m) => m.start === paren + 1 && tokens[m.end]?.text === ")" && m.actor.type === "Group" && m.actor.orgKind === "political") : undefined;
    if (!acr || acr.actor.key === body.actor.key) continue;
    meant.set(`${body.actor.key} ${body.surface}`, acr.actor);
    kept[q] = mkMention(body.start, body.end, body.sent, acr.actor, body.surface, body.via);
  }
  if (!meant.size) return;
  for (const [q, m] of kept.entries()) {
    const actor = meant.get(`${m.actor.key} ${m.surface}`);
    if (actor) kept[q] = mkMention(m.start, m.end, m.sent, actor, m.surface, m.via);
  }
}

/** A capitalised word of the sentence `sent` that may open a party's longer name (not "The", "In", a state's demonym). */
function prefixWord(t: Token | undefined, sent: number): boolean {
  return !!t && t.sent === sent && t.kind === "word" && t.cap && !FUNCTION_CAPS.has(t.text) && !NOT_NAME.has(t.text) && /\p{Ll}/u.test(t.text);
}

/**
 * "the Democratic Alliance (DA)", "Pakistan Tehreek-e-Insaf (PTI)": an acronym defined right after an
 * organisation the gazetteer knows names it in this article, over any other reading of the acronym.
 */
function acronymsOfKnownNames(ctx: RecognizeContext, kept: readonly ActorMention[], acronyms: Acronyms): void {
  const { tokens } = ctx;
  for (const m of kept) {
    if (m.actor.type !== "Group") continue;
    // "the Liberty and Refoundation party (Libre)": a short name in brackets after a known party's group noun
    const noun = GROUP_NOUNS.has(tokens[m.end]?.lower ?? "") && !tokens[m.end]!.cap ? shortNameInBrackets(ctx, m.end + 1) : undefined;
    if (noun && !acronyms.defined.has(noun)) {
      acronyms.names.set(noun, m.actor);
      acronyms.defined.set(noun, m.actor);
      continue;
    }
    if (tokens[m.end]?.text !== "(" || tokens[m.end + 2]?.text !== ")") continue;
    const acr = tokens[m.end + 1]!.text;
    // ("Untu": an acronym written as a word, in South African and Irish copy)
    const asWord = /^\p{Lu}\p{Ll}{2,7}$/u.test(acr);
    if (!(asWord || /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(acr)) || acronyms.defined.has(acr)) continue;
    // only when it spells the name's capitalised words ("Democratic Alliance (DA)"), not a part's own;
    // or, in capitals, the native name's ("the Left Bloc (BE)", "the Swedish People's Party (SFP)")
    const initials = m.actor.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    const spells = asWord ? initials.toLowerCase() === acr.toLowerCase() : initials === acr.replace(/[^\p{Lu}]/gu, "");
    if (!spells && !nativeAcronym(ctx, m, acr)) continue;
    acronyms.names.set(acr, m.actor);
    acronyms.defined.set(acr, m.actor);
    uncoverAcronym(ctx, kept, acr);
  }
  // "Pakistan Tehreek-i-Insaf chairman Imran Khan ... a PTI committee": a party's or an armed group's
  // initials (three words or more), used bare elsewhere in the article, name it, though it never defined
  // them (and though the gazetteer gives them to an outlet, the Press Trust of India, which is no actor)
  const used = new Set(tokens.filter((t) => t.kind === "word" && /^\p{Lu}{3,6}$/u.test(t.text)).map((t) => t.text));
  for (const m of kept) {
    if (m.actor.type !== "Group") continue;
    const words = m.surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    const acr = words.map((w) => w[0]).join("");
    const party = m.actor.orgKind === "political" || m.actor.orgKind === "armed-group";
    if (!party || words.length < 3 || words.length > 6 || !used.has(acr) || acronyms.names.has(acr)) {
      // ("Universities UK ... UUK", "the Union of Hong Kong Dockers ... UHKD": any other body's, its
      // words in capitals spelt whole, on tokens no other mention holds)
      const spelt = words.map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w[0])).join("");
      if (words.length >= 2 && used.has(spelt) && spelt.length >= 3 && !acronyms.names.has(spelt) && !kept.some((o) => o.surface === spelt)) acronyms.names.set(spelt, m.actor);
      continue;
    }
    acronyms.names.set(acr, m.actor);
    uncoverAcronym(ctx, kept, acr);
  }
}

/** "The Pakistan Tehreek-e-Insaf (PTI) ... The PTI asked": an outlet's match of the acronym (the Press Trust of India) left its tokens covered; no other mention holds them. */
function uncoverAcronym(ctx: RecognizeContext, kept: readonly ActorMention[], acr: string): void {
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.text === acr && !kept.some((o) => o.start <= k && k < o.end)) ctx.covered[k] = 0;
}

/** Names too generic to own an acronym that does not spell them ("Social Democratic Party (SDP)" holds "Democratic Party"). */
const GENERIC_PARTY_NAME = /^(Democratic|Republican|Socialist|Liberal|Labour|Labor|National|Conservative|Green|People's|Communist|Progressive) Party$/;

/**
 * "the Left Bloc (BE)", "the Swedish People's Party (SFP)": a party's acronym from its native name, in
 * capitals, right after the whole name the gazetteer knows (not a generic name inside a longer one).
 */
function nativeAcronym(ctx: RecognizeContext, m: ActorMention, acr: string): boolean {
  const before = ctx.tokens[m.start - 1];
  const inLonger = !!before && before.sent === m.sent && before.kind === "word" && before.cap && before.lower !== "the";
  return m.actor.orgKind === "political" && /^\p{Lu}{2,6}$/u.test(acr) && !inLonger && !GENERIC_PARTY_NAME.test(m.actor.name);
}

/**
 * "South African Airways ... SAA's losses": an acronym the gazetteer gives another body (the Syrian Arab
 * Army's "SAA") stands for the body the article names in full, when it spells that name.
 */
function preferNamesTheAcronymSpells(kept: ActorMention[]): void {
  const spelled = new Map<string, ActorMention>();
  const pending: ActorMention[] = [];
  for (const m of kept) {
    if (m.actor.type !== "Group") continue;
    const words = m.surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2 && words.length <= 7) {
      const initials = words.map((w) => w[0]).join("");
      if (!spelled.has(initials)) spelled.set(initials, m);
    }
    if (!/^\p{Lu}{2,7}$/u.test(m.surface)) continue;
    pending.push(m);
  }
  // (the full name may come after: a headline writes "SAA" above a lead that spells it out)
  for (const m of pending) {
    const named = spelled.get(m.surface);
    if (named && named.actor.key !== m.actor.key) m.actor = named.actor;
  }
}

/**
 * "African Union High-Level Implementation Panel", "UN Human Rights Council", "ECOWAS Commission": an
 * international organisation's name (as the gazetteer read it) opening the name of one of its bodies;
 * any organisation's, before the head noun of a civil body ("NFL Referees Association").
 * The body is an organisation of its own; `kept` loses the opening mention.
 */
function findBodiesOfInternationalOrganisations(ctx: RecognizeContext, kept: ActorMention[], acronyms: Acronyms): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let q = kept.length - 1; q >= 0; q--) {
    const m = kept[q]!;
    const i = m.end;
    // ("NFL Referees Association", "Boeing Machinists Union": a body of another's people, for any organisation)
    const international = m.actor.orgKind === "international";
    if (m.actor.type !== "Group" || tokens[i]?.sent !== m.sent || !orgWord(tokens[i], covered, i) || NOT_ORG_START.has(tokens[i]!.text)) continue;
    const end = orgNameRunEnd(ctx, kept, i);
    if (!ORG_HEADS.has(tokens[end - 1]!.text) || (!international && !PEOPLES_BODY_HEADS.has(tokens[end - 1]!.text))) continue;
    const name = a.text.slice(tokens[m.start]!.start, tokens[end - 1]!.end).replace(/\s+/g, " ");
    const actor = mkActor(nodeKey("Group", name), "Group", name, undefined, international ? "international" : "other");
    found.push(mkMention(m.start, end, m.sent, actor, name, "org-pattern"));
    for (let k = m.start; k < end; k++) covered[k] = 1;
    kept.splice(q, 1);
    // "the Samsung India Workers' Union (SIWU)"
    const acr = acronymAfter(tokens, end);
    if (acr && !acronyms.names.has(acr)) {
      acronyms.names.set(acr, actor);
      acronyms.defined.set(acr, actor);
    }
  }
  return found;
}

// "Ulster Unionist Party": a place opening an organisation's capitalised name
// "the Luhansk People's Republic": a place naming a breakaway entity
function peoplesRepublicAhead(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.text === "People" && (tokens[k + 2]?.text === "'s" || tokens[k + 2]?.text === "’s") && tokens[k + 3]?.text === "Republic" && tokens[k + 4]?.lower !== "of";
}

function orgHeadAhead(ctx: RecognizeContext, k: number): boolean {
  const { tokens, covered } = ctx;
  const n = tokens.length;
  if (peoplesRepublicAhead(tokens, k)) return true;
  for (let j = k + 1; j < k + 6 && j < n && tokens[j]!.sent === tokens[k]!.sent; j++) {
    // "Sudan People's Liberation Movement"
    if (/^['’]s$/.test(tokens[j]!.text) && tokens[j - 1]!.text === "People") continue;
    // "the B.C. Teachers' Federation": a plural possessive inside the name
    if (/^['’]$/.test(tokens[j]!.text) && /s$/.test(tokens[j - 1]!.text)) continue;
    // ("Lanao del Sur Provincial Crisis Management Committee": a particle inside a place's name)
    if (/^(del|de|la|al|do|da|dos)$/.test(tokens[j]!.text) && tokens[j + 1]?.cap) continue;
    if (!(tokens[j]!.kind === "word" && tokens[j]!.cap && !covered[j])) break;
    if (ORG_HEADS.has(tokens[j]!.text) || (tokens[j]!.text === "Order" && tokens[j + 1]?.text === "of") || CHURCH_BODY.test(tokens[j]!.text) || schoolDistrict(tokens[j - 1]!, tokens[j]!)) return true;
  }
  return false;
}

/**
 * "Lesotho Congress for Democracy (LCD)", "Lesotho Defence Force (LDF)": a capitalised name whose
 * words' initials spell the acronym defined right after it is one organisation's name, even where the
 * gazetteer read a state ("Lesotho") or a body ("Congress") inside it; those mentions give way.
 * Agreements, events and places ("Maseru Facilitation Declaration (MFD)") are not organisations.
 */
function findNamesSpellingTheirAcronym(ctx: RecognizeContext, kept: ActorMention[], inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let p = 2; p + 2 < tokens.length; p++) {
    const acr = tokens[p + 1]!.text;
    if (tokens[p]!.text !== "(" || tokens[p + 2]!.text !== ")" || !/^[A-Z]{2,6}$/.test(acr)) continue;
    const start = spelledNameStart(tokens, p, acr);
    // (names with a gazetteer mention inside: "Rwanda National Congress (RNC)"; the others are read below)
    if (start < 0 || !(tokens.slice(start, p).some((_, k) => covered[start + k]) || kept.some((m) => m.end > start && m.start < p))) continue;
    const words = tokens.slice(start, p).filter((t) => t.kind === "word" && t.cap);
    const read = orgHead(tokens, words, start);
    if (read.bad || words.some((w) => NOT_ORG_WORDS.has(w.text))) continue;
    // a mention reaching outside the name (or the whole name already read as a body) stays as it is
    // nor does a state's organ ("Royal Norwegian Government (RNG)") or a place ("British Columbia ..."),
    // unless another state opens the name ("Rwanda National Congress (RNC)" is no organ of the US Congress)
    const inside = kept.filter((m) => m.end > start && m.start < p);
    if (inside.some((m) => m.start < start || m.end > p || m.via === "composed" || (m.end === p && (m.actor.type === "State" || (!!m.actor.state && !inside.some((o) => o.actor.type === "State" && o.actor.state !== m.actor.state)))) || (m.start === start && m.end === p && m.actor.type === "Group"))) continue;
    if (inPlace.subarray(start, p).some((v, k) => v === 1 && !inside.some((m) => m.actor.type === "State" && m.start <= start + k && start + k < m.end))) continue;
    for (const m of inside) kept.splice(kept.indexOf(m), 1);
    const name = a.text.slice(tokens[start]!.start, tokens[p - 1]!.end).replace(/\s+/g, " ");
    const actor = mkActor(nodeKey("Group", name), "Group", name, undefined, orgKind(tokens, start, p, read.head));
    found.push(mkMention(start, p, tokens[start]!.sent, actor, name, "org-pattern"));
    for (let k = start; k < p; k++) covered[k] = 1;
    if (!acronyms.names.has(acr)) acronyms.names.set(acr, actor);
    acronyms.defined.set(acr, actor);
  }
  return found;
}

/** The first token of the capitalised words before token `paren` whose initials spell `acr` ("of", "for" ... between them), or -1. */
function spelledNameStart(tokens: readonly Token[], paren: number, acr: string): number {
  const sent = tokens[paren]!.sent;
  let need = acr.length - 1;
  for (let k = paren - 1; k >= 0 && tokens[k]!.sent === sent; k--) {
    const t = tokens[k]!;
    if (t.kind === "word" && t.cap && t.space) {
      if (t.text[0] !== acr[need]) return -1;
      if (need-- === 0) return k;
    } else if (!(ORG_INNER.has(t.text) && k < paren - 1)) return -1;
  }
  return -1;
}

/**
 * Capitalised names with an organisation's head noun or a defined acronym: "International Contact
 * Group", "Forces for the Defence of Democracy (FDD)". `kept` are the gazetteer's mentions; a name
 * that runs over some of them drops them from it.
 */
function findNamedOrganisations(ctx: RecognizeContext, kept: ActorMention[], inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const n = tokens.length;
  const found: ActorMention[] = [];
  const regions = uncoverRegionsOpeningNames(ctx, kept, inPlace);
  for (let i = 0; i < n; i++) {
    const demonymStart = demonymOpeningName(ctx, kept, i);
    if (demonymStart) covered[i] = 0;
    if (covered[i] && inPlace[i] === 1 && tokens[i]!.cap && peoplesRepublicAhead(tokens, i) && !kept.some((m) => m.start <= i && i < m.end)) covered[i] = 0;
    // "General" read as a rank by the title gazetteer
    if (covered[i] && generalOpensBody(tokens, i) && !kept.some((m) => m.start <= i && i < m.end)) covered[i] = 0;
    if (!opensOrgName(ctx, inPlace, i)) {
      if (demonymStart) covered[i] = 1;
      continue;
    }
    const sent = tokens[i]!.sent;
    let end = personAfterHead(tokens, i, orgNameRunEnd(ctx, kept, i));
    // "Prime Minister James Marape and Barrick Gold Corporation": a person's name, then "and", opens no body's name
    // ("between the Crown and Whanganui Iwi": the Crown is a realm's government, ./references.ts)
    const andAt = tokens[i]!.text === "Crown" && tokens[i + 1]?.lower === "and" && tokens[i - 1]?.lower === "the" ? i + 1 : personBeforeAnd(ctx, i, end);
    if (andAt > 0) {
      i = andAt;
      continue;
    }
    // "Léo Bureau-Blouin": a head noun that opens a hyphenated surname heads no body
    if (tokens[end]?.text === "-" && !tokens[end]!.space && tokens[end + 1]?.cap && !tokens[end + 1]!.space && tokens[end + 1]!.kind === "word") {
      i = end;
      continue;
    }
    // "Commissioner Rob Manfred of Major League Baseball": a titled person's name, then "of" and the body
    const ofAt = titledNameBeforeOf(ctx, i, end);
    if (ofAt > 0) {
      i = ofAt;
      continue;
    }
    // "the Postal and Logistics Union PAU", "the Aviation Union IAU": Nordic copy writes a union's
    // acronym right after its name, with no brackets
    const trailing = trailingAcronym(tokens, i, end);
    if (trailing) end--;
    let qualifier: string | undefined;
    const longer = definedLongerName(ctx, end, sent);
    // "Writers Guild of America", "Communist Party of China": a body's head noun, "of" and a state
    const ofState = longer ? undefined : stateAfterOf(ctx, kept, end, inPlace);
    if (ofState) {
      if (ofState.index >= 0) kept.splice(ofState.index, 1);
      end = ofState.end;
    }
    // "University of Hawaii", "University of Johannesburg": a school named after the place after its "of"
    // ("University of Nairobi": a capital stays its state's mention, which the article's state is counted by)
    else if (!longer) end = schoolPlaceEnd(ctx, inPlace, end);
    if (longer) {
      qualifier = longer.qualifier;
      for (let q = kept.length - 1; q >= 0; q--) if (kept[q]!.start >= end && kept[q]!.end <= longer.end) kept.splice(q, 1);
      end = longer.end;
    }
    // "the Peace and Democracy party (BDP)": a lower-case group noun between the name and its acronym
    const lowerHead = !longer && !ofState && tokens[end]?.sent === sent && !tokens[end]!.cap ? GROUP_NOUNS.get(tokens[end]!.lower) : undefined;
    // ("the Liberty and Refoundation party (Libre)": a short name in brackets after the group noun)
    const bracketName = lowerHead ? shortNameInBrackets(ctx, end + 1) : undefined;
    if (lowerHead && (acronymAfter(tokens, end + 1) || bracketName)) end++;
    const words: Token[] = [];
    for (let k = i; k < end; k++) if (tokens[k]!.kind === "word" && tokens[k]!.cap) words.push(tokens[k]!);
    const read = orgHead(tokens, words, i);
    const bad = read.bad;
    const head = read.head ?? (tokens[end - 1]!.cap ? undefined : GROUP_NOUNS.get(tokens[end - 1]!.lower));
    const acr = qualifier ?? acronymAfter(tokens, end) ?? initialsWordAfter(tokens, i, end) ?? trailing;
    // "Liberians United for Reconciliation and Democracy (LURD)", "the Canadian Chamber of Commerce": a
    // name opening with a demonym needs three words and an acronym or an organisation's head noun
    if (demonymStart) {
      const stateName = demonymStart.via === "name" && !/^['’]s$/.test(tokens[i + 2]?.text ?? "");
      if (bad || (!acr && !head) || words.length < 3 || (stateName && !CIVIL_HEADS.has(tokens[end - 1]!.text))) {
        covered[i] = 1;
        continue;
      }
      kept.splice(kept.indexOf(demonymStart), 1);
    }
    // "the Morrison Government": a known leader's government is the leader's state (./references.ts);
    // so is "the Federal Government" of Nigerian and other copy
    const stateGovernment = words.length === 2 && words[1]!.text === "Government" && /^(Federal|Central|Union)$/.test(words[0]!.text) && /^(the|a)$/.test(tokens[i - 1]?.lower ?? "") && tokens[end]?.lower !== "of";
    if (stateGovernment || (words.length === 2 && /^(Government|Administration|Cabinet)$/.test(words[1]!.text) && ctx.lex.leaderSurnameState(words[0]!.text))) {
      i = Math.max(i, end - 1);
      continue;
    }
    // "the Rassemblement": one foreign head noun after "the" names a body too
    // ("the Alliance": a head English shares names a body named before, not a new one)
    const theForeign = words.length === 1 && end === i + 1 && FOREIGN_ORG_HEADS.has(words[0]!.text) && !ORG_HEADS.has(words[0]!.text) && tokens[i - 1]?.lower === "the";
    // "Olaf Scholz (SPD)", "Svenja Schulze (SPD)": a name of two or three words with no head noun (or a
    // given name), then a known organisation's acronym its initials do not spell: the person's party,
    // not the name's acronym
    const tagged = ctx.lex.match(tokens, end + 1, ORG_KIND);
    const foreignAcronym = !head && !qualifier && acr !== undefined && (acr[0] !== words[0]?.text[0] || (words.length <= 3 && !spellsInitials(acr, words.map((w) => w.text[0]).join("")) && !namesKnownBody(words, tagged ? ctx.lex.orgs.get(tagged.entry.id) : undefined))) && (words.length <= 3 || GIVEN_NAMES.has(words[0]!.text) || ctx.lex.leaderState(words.map((w) => w.text).join(" ")) !== undefined) && ctx.lex.match(tokens, end + 1, ORG_KIND)?.len === 1;
    // ("Andrej Danko (SNS)" after "the Slovak National Party (SNS)": an acronym the article gave another body is a tag)
    const tagOfDefined = !head && !qualifier && acr !== undefined && acronyms.defined.has(acr) && acr[0] !== words[0]?.text[0];
    // "Sybrand Buma of the Christian Democrats (CDA)": a known body's acronym the words' initials do not
    // spell tags the body named after "of", not a name running from the person's
    const tagOf = tokens.slice(i, end).findIndex((t) => t.lower === "of");
    if (!head && !qualifier && acr !== undefined && tagOf > 0 && ctx.lex.match(tokens, end + 1, ORG_KIND)?.len === 1 && !spellsInitials(acr, words.map((w) => w.text[0]).join(""))) {
      i += tagOf;
      continue;
    }
    // "Stop & Shop", "Marks & Spencer", "Procter & Gamble": two names joined by an ampersand are a firm's
    const ampersand = !head && end - i === 3 && tokens[i + 1]!.text === "&" && tokens[i + 1]!.space && !words.some((w) => NOT_NAME.has(w.text) || AMPERSAND_NOUNS.has(w.text) || !/\p{Ll}/u.test(w.text));
    if (bad || foreignAcronym || tagOfDefined || (words.length < 2 && !theForeign) || (!head && !acr && !ampersand) || (words.length === end - i && words.every((w) => w.text === w.text.toUpperCase()))) {
      i = Math.max(i, end - 1);
      continue;
    }
    const kind = orgKind(tokens, i, end, head);
    // the name opens with the whole of a state's name of several words
    let from = demonymStart && demonymStart.start < i && !(tokens[i]!.text === "People" && demonymStart.start === i - 1) ? demonymStart.start : i;
    if (from < i && tokens[from]!.lower === "the") from++;
    const name = a.text.slice(tokens[from]!.start, tokens[end - 1]!.end).replace(/\s+/g, " ");
    // ("Nippon Steel Corp." and later "Nippon Steel": one company, named without its legal form)
    const firm = name.replace(ABBREVIATED_LEGAL_FORM, "");
    const actor: Actor = shortFormOfKnown(ctx, name, acr, end) ?? mkActor(nodeKey("Group", firm), "Group", firm, undefined, kind);
    if (ampersand) actor.employer = true;
    found.push(mkMention(from, end, sent, actor, name, "org-pattern"));
    for (let k = from; k < end; k++) covered[k] = 1;
    // "the South African Cabin Crew Association (Sacca)": an acronym written as a word
    const acrWord = acr ? undefined : (acronymWordAfter(tokens, end, name) ?? bracketName);
    if (acrWord && !acronyms.names.has(acrWord)) {
      acronyms.names.set(acrWord, actor);
      acronyms.defined.set(acrWord, actor);
    }
    if (acr && !acronyms.names.has(acr)) {
      acronyms.names.set(acr, actor);
      if (acr !== qualifier) acronyms.defined.set(acr, actor);
    }
    i = end - 1;
  }
  // a region that opened no name is a place again
  for (const k of regions) if (!found.some((f) => f.start <= k && k < f.end)) covered[k] = 1;
  return found;
}

/**
 * "the West Virginia Education Association", "the California Teachers Association": a region's name
 * (a place, not a state) opening a capitalised run that ends in a body's head noun is part of the
 * name. Uncovers those places' tokens and returns them.
 */
function uncoverRegionsOpeningNames(ctx: RecognizeContext, kept: readonly ActorMention[], inPlace: Uint8Array): number[] {
  const { tokens, covered } = ctx;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inPlace[i] !== 1 || !covered[i] || !tokens[i]!.cap || inPlace[i - 1] === 1) continue;
    let end = i + 1;
    while (end < tokens.length && inPlace[end] === 1 && covered[end] && tokens[end]!.sent === tokens[i]!.sent) end++;
    // a state is an actor of its own ("Kenya National Hospital" stays Kenya's)
    if (kept.some((m) => m.start < end && i < m.end) || !orgHeadAhead(ctx, end - 1)) continue;
    for (let k = i; k < end; k++) {
      covered[k] = 0;
      out.push(k);
    }
  }
  return out;
}

/**
 * "Liberians United for Reconciliation and Democracy, or LURD", "Canadian Chamber of Commerce": a name
 * that opens with a demonym, confirmed by the acronym defined right after it or by its head noun. The demonym's mention at token `i`, if one may open
 * such a name.
 */
function demonymOpeningName(ctx: RecognizeContext, kept: readonly ActorMention[], i: number): ActorMention | undefined {
  const { tokens, covered } = ctx;
  if (!(covered[i] && tokens[i]!.cap && tokens[i + 1]?.sent === tokens[i]!.sent && orgWord(tokens[i + 1], covered, i + 1) && !NOT_ORG_START.has(tokens[i + 1]!.text))) return undefined;
  // "Sudan People's Liberation Movement": a state's name opens it too, before "People's"
  const peoples = tokens[i + 1]!.text === "People" && /^['’]s$/.test(tokens[i + 2]?.text ?? "");
  // ("Argentina Creditor Committee", "Uganda Law Society": a state's name too, for a body no state runs;
  // checked against the name's head noun by the caller)
  // ("South African Cabin Crew Association": a state's name or demonym of two or three words ends at i)
  const dm = kept.find((m) => (m.start === i || (m.start < i && m.start >= i - 2) || (peoples && m.start === i - 1 && tokens[i - 1]!.lower === "the")) && m.end === i + 1 && (m.via === "demonym" || m.via === "name" || peoples) && m.actor.type === "State");
  return dm && tokens[i - 1]?.text !== "'s" ? dm : undefined;
}

/** Head nouns of a body of an organisation's people, named after it ("NFL Referees Association"); not its organs ("TPLF Executive Committee"). */
const PEOPLES_BODY_HEADS = new Set(["Union", "Association", "Federation", "Confederation", "Society", "Guild", "Syndicate"]);

/** Head nouns of bodies no state runs, which a state's name may open ("Uganda Law Society", "Argentina Creditor Committee"). */
const CIVIL_HEADS = new Set(["Union", "Association", "Federation", "Confederation", "Society", "Group", "Committee", "Forum", "Alliance", "Chamber", "League", "Congress", "Guild", "Syndicate", "University"]);

/**
 * "General National Congress", "General People's Congress", "General Command": "General" opens a
 * body's name when the capitalised run it opens ends in a head noun (even one the gazetteer took,
 * "Congress"); before a name it is a rank ("General Khalifa Haftar").
 */
function generalOpensBody(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.text !== "General") return false;
  let j = i + 1;
  for (; j < i + 6 && tokens[j]?.sent === tokens[i]!.sent; j++) {
    const t = tokens[j]!;
    if ((t.text === "'s" || t.text === "’s") && tokens[j - 1]!.text === "People") continue;
    if (!(t.kind === "word" && t.cap)) break;
  }
  return j > i + 1 && ORG_HEADS.has(tokens[j - 1]!.text);
}

/**
 * The "of" after two or three name words that follow a title or open with a given name ("Hans Humes of
 * Greylock Capital"), or that "of the" and a body's name follow, inside the run [i, end), or -1.
 */
function titledNameBeforeOf(ctx: RecognizeContext, i: number, end: number): number {
  const { tokens, lex } = ctx;
  const title = tokens[i - 1];
  const titled = !!title && title.sent === tokens[i]!.sent && lex.isTitle(title.lower);
  // ("among them Albino Vargas of the National Association of Public Employees": no "the" before the
  // words, "the" and a body's head noun after the "of")
  const bodyAfter = (o: number) => {
    if (title?.lower === "the" || tokens[o + 1]?.lower !== "the") return false;
    for (let k = o + 2; k < o + 10 && tokens[k]?.cap; k++) if (ORG_HEADS.has(tokens[k]!.text)) return true;
    return false;
  };
  for (let o = i + 2; o <= i + 3 && o <= end; o++) {
    if (tokens[o]?.lower !== "of" || (!titled && !GIVEN_NAMES.has(tokens[i]!.text) && !bodyAfter(o))) continue;
    for (let k = i; k < o; k++) if (!(tokens[k]!.kind === "word" && tokens[k]!.cap) || ORG_HEADS.has(tokens[k]!.text)) return -1;
    return o;
  }
  return -1;
}

/**
 * "the Home Ministry Satyendra Garg": a run that goes on past a government body's head noun with two or
 * three capitalised words, none a head noun nor joined by "of", ends at the head (the words are a name).
 */
function personAfterHead(tokens: readonly Token[], i: number, end: number): number {
  for (let h = end - 3; h >= i && h >= end - 4; h--) {
    if (ORG_HEADS.get(tokens[h]!.text) !== "government-office") continue;
    for (let k = h + 1; k < end; k++) if (tokens[k]!.kind !== "word" || !tokens[k]!.cap || ORG_HEADS.has(tokens[k]!.text) || NOT_ORG_WORDS.has(tokens[k]!.text)) return end;
    return h + 1;
  }
  return end;
}

/**
 * "Social Democrat (SPD)": a short form of the name of the body the gazetteer knows by the acronym
 * after it (each word opens a word of the full name) is that body; "South African Airways (SAA)" is not
 * the Syrian Arab Army.
 */
function shortFormOfKnown(ctx: RecognizeContext, name: string, acr: string | undefined, end: number): Actor | undefined {
  if (!acr || ctx.tokens[end]?.text !== "(" || ctx.tokens[end + 1]?.text !== acr) return undefined;
  const known = ctx.lex.match(ctx.tokens, end + 1);
  const org = known?.len === 1 && known.entry.kind === "org" ? ctx.lex.orgs.get(known.entry.id) : undefined;
  if (!org) return undefined;
  const full = org.name.toLowerCase().split(/\s+/);
  return name.toLowerCase().split(/\s+/).every((w) => full.some((f) => f.startsWith(w) || sharesStem(w, f))) ? orgActor(ctx.lex, org.id) : undefined;
}

/** Two words of one stem ("Democrats" and "Democratic", "Socialists" and "Socialist"): six letters or more in common, all but two of the first's. */
function sharesStem(w: string, f: string): boolean {
  let n = 0;
  while (n < w.length && n < f.length && w[n] === f[n]) n++;
  return n >= 6 && n >= w.length - 2;
}

/**
 * The "and" after a given name, or a title's next word ("Senate President Jocelerme Privert and Chamber of
 * Deputies President X"), and one or two more capitalised words at the start of a run ending at `end`, or -1.
 */
function personBeforeAnd(ctx: RecognizeContext, i: number, end: number): number {
  const { tokens, lex } = ctx;
  const title = tokens[i - 1];
  // ("Nepali Congress president Sher Bahadur Deuba and Maoist Centre chair X": a lower-case title too)
  const titled = !!title && title.sent === tokens[i]!.sent && title.kind === "word" && lex.isTitle(title.lower);
  if (!GIVEN_NAMES.has(tokens[i]!.text) && !titled) return -1;
  // (up to three words of the name, a hyphenated one counting once: "Chairman Liao Liou-yi and")
  let words = 1;
  for (let k = i + 1; k < end && words <= 3; k++) {
    const t = tokens[k]!;
    if (t.text === "and") return words >= 2 ? k : -1;
    if (t.text === "-" && !t.space) {
      k++;
      continue;
    }
    if (!t.cap) return -1;
    words++;
  }
  return -1;
}

/** Heads of a school's name, which the place it stands in may follow after "of". */
const SCHOOL_HEADS = new Set(["University", "College", "Institute", "Academy", "Polytechnic"]);

/** The end of a place's capitalised words after a school's head and "of" ending at `end` ("University of Hawaii"), or `end`. */
function schoolPlaceEnd(ctx: RecognizeContext, inPlace: Uint8Array, end: number): number {
  const { tokens } = ctx;
  if (!SCHOOL_HEADS.has(tokens[end - 1]?.text ?? "") || tokens[end]?.text !== "of" || inPlace[end + 1] !== 1) return end;
  let q = end + 1;
  while (q < end + 5 && inPlace[q] === 1 && tokens[q]!.cap && tokens[q]!.sent === tokens[end]!.sent) q++;
  return q;
}

/** Whether an organisation's name may start at token `i`. */
function opensOrgName(ctx: RecognizeContext, inPlace: Uint8Array, i: number): boolean {
  const { tokens, covered, headline } = ctx;
  if (!orgWord(tokens[i], covered, i) || (NOT_ORG_START.has(tokens[i]!.text) && !generalOpensBody(tokens, i)) || (inPlace[i] === 1 && !orgHeadAhead(ctx, i)) || headline[tokens[i]!.sent]) return false;
  // part of a longer capitalised name that starts with a word we do not start on ("Foreign Service Institute")
  const before = tokens[i - 1];
  return !(before && before.sent === tokens[i]!.sent && before.kind === "word" && before.cap && !covered[i - 1] && before.space !== undefined && !ORG_PRE_OK.has(before.text));
}

/**
 * A list of fields inside a body's name, from the comma at `comma`: "Digital, Culture, Media and Sport
 * Committee" (the head noun after the list) or "Department for Environment, Food and Rural Affairs"
 * (the name opened by a head noun and "for" or "of"). Each field is one to three capitalised words, the
 * last after "and"; returns the end (exclusive) of the list, or -1.
 */
function commaListInNameEnd(ctx: RecognizeContext, i: number, comma: number): number {
  const { tokens, covered } = ctx;
  const sent = tokens[comma]!.sent;
  const field = (k: number, most = 3) => {
    let e = k;
    while (e < k + most && tokens[e]?.sent === sent && orgWord(tokens[e], covered, e)) e++;
    return e;
  };
  let k = comma;
  while (tokens[k]?.text === "," && tokens[k + 1]?.text !== "and") {
    const e = field(k + 1);
    if (e === k + 1) return -1;
    k = e;
  }
  // (an Oxford comma before "and", after a field of the list: "Silvia Carrera, and Government Minister X"
  // is two items, a name and a title's field)
  if (tokens[k]?.text === "," && tokens[k + 1]?.text === "and") {
    if (k === comma) return -1;
    k++;
  }
  if (tokens[k]?.text !== "and" || k === comma) return -1;
  // (the last field runs on to the name's head: "Bakery, Confectionery, Tobacco Workers and Grain Millers
  // International Union")
  let end = field(k + 1);
  const further = field(k + 1, 5);
  if (further > end && ORG_HEADS.has(tokens[further - 1]!.text)) end = further;
  if (end === k + 1) return -1;
  const headFirst = ORG_HEADS.get(tokens[i]!.text) === "government-office" && /^(for|of|on)$/.test(tokens[i + 1]?.text ?? "");
  return headFirst || ORG_HEADS.has(tokens[end - 1]!.text) ? end : -1;
}

/** The end (exclusive) of the capitalised run of an organisation's name from token `i`. */
/** A name of portfolios: a government head noun, then "of" ("Ministry of Petroleum and Energy"). */
function portfolioOf(tokens: readonly Token[], i: number): boolean {
  return /^(Ministry|Department|Minister|Secretary|Secretariat|Office)$/.test(tokens[i]!.text) && tokens[i + 1]?.text === "of";
}

function orgNameRunEnd(ctx: RecognizeContext, kept: readonly ActorMention[], i: number): number {
  const { tokens, covered } = ctx;
  const n = tokens.length;
  const sent = tokens[i]!.sent;
  let j = i + 1;
  let lastCap = i;
  let inAt = -1;
  let forTheAt = -1;
  const foreign = FOREIGN_ORG_HEADS.has(tokens[i]!.text);
  while (j < n && tokens[j]!.sent === sent && !covered[j]) {
    const t = tokens[j]!;
    // "Women in Peacebuilding Network": "in" inside a name (kept only if a head noun ends the name)
    if (t.text === "in" && inAt < 0 && j === lastCap + 1 && orgWord(tokens[j + 1], covered, j + 1) && !NOT_ORG_START.has(tokens[j + 1]!.text)) {
      inAt = j;
      j++;
      continue;
    }
    if (orgWord(t, covered, j) && t.space) {
      lastCap = j;
      j++;
      continue;
    }
    // "National Carriers' Conference Committee": a plural possessive inside the name
    if ((t.text === "'" || t.text === "’") && !t.space && j === lastCap + 1 && /s$/.test(tokens[j - 1]!.text) && orgWord(tokens[j + 1], covered, j + 1) && tokens[j + 1]!.space) {
      j++;
      continue;
    }
    // "Donetsk People's Republic", "Scottish Fishermen's Federation": a possessive of a plural without -s
    // inside the name
    if ((t.text === "'s" || t.text === "’s") && !t.space && j === lastCap + 1 && /^(People|Children|\p{Lu}\p{Ll}*men)$/u.test(tokens[j - 1]!.text) && (orgWord(tokens[j + 1], covered, j + 1) || ORG_HEADS.has(tokens[j + 1]?.text ?? "")) && tokens[j + 1]!.space) {
      j++;
      continue;
    }
    // "Digital, Culture, Media and Sport Committee", "Ministry of Labour, Employment and Social Protection"
    const listEnd = t.text === "," && j === lastCap + 1 ? commaListInNameEnd(ctx, i, j) : -1;
    if (listEnd > 0) {
      lastCap = listEnd - 1;
      j = listEnd;
      continue;
    }
    // "Serb-majority"
    if (t.text === "-" && !t.space && tokens[j + 1] && !tokens[j + 1]!.space && tokens[j + 1]!.kind === "word") {
      j += 2;
      continue;
    }
    // "the House of Representatives and Saleh al-Makhzoum": "and" after a complete name (its head noun
    // last) joins two phrases, not two words of one name ("Peace and Democracy Party")
    // ("Ministry of Petroleum and Energy": a portfolio that is also a company's head noun goes on)
    if (t.text === "and" && j === lastCap + 1 && ORG_HEADS.has(tokens[lastCap]!.text) && lastCap > i && !portfolioOf(tokens, i)) break;
    // ("Nippon Steel Corp. and Mitsubishi Heavy Industries": the head's abbreviation ends the name)
    if (t.text === "and" && j === lastCap + 1 && lastCap > i && ORG_HEADS.has(tokens[lastCap]!.text.replace(/\.$/, "")) && !portfolioOf(tokens, i)) break;
    // ("MGM Resorts International and Wynn Resorts": a company's head noun and its corporate tail)
    if (t.text === "and" && j === lastCap + 1 && lastCap > i + 1 && CORPORATE_TAILS.has(tokens[lastCap]!.text) && ORG_HEADS.has(tokens[lastCap - 1]!.text)) break;
    if (ORG_INNER.has(t.text) && orgWord(tokens[j + 1], covered, j + 1) && !NOT_ORG_START.has(tokens[j + 1]!.text)) {
      j++;
      continue;
    }
    // "Consortium for the Protection of Pecorino Romano": "for the" right after a head noun that opens the name
    // ("Committee for the Peaceful Reunification of the Country": and "of the" after it)
    const forThe = (t.text === "for" && j === i + 1 && ORG_HEADS.has(tokens[i]!.text)) || (t.text === "of" && forTheAt > 0);
    if (forThe && tokens[j + 1]?.text === "the" && orgWord(tokens[j + 2], covered, j + 2) && !NOT_ORG_START.has(tokens[j + 2]!.text)) {
      forTheAt = j;
      j += 2;
      continue;
    }
    // "Sogo & Seibu Co.", "Seven & i Holdings": an ampersand inside a company's name
    if (t.text === "&" && j === lastCap + 1) {
      if (orgWord(tokens[j + 1], covered, j + 1)) {
        j++;
        continue;
      }
      if (/^\p{Ll}$/u.test(tokens[j + 1]?.text ?? "") && orgWord(tokens[j + 2], covered, j + 2)) {
        j += 2;
        continue;
      }
    }
    // "por la Vida", "dos Trabalhadores": one or two particles of a foreign name
    if (foreign && FOREIGN_ORG_INNER.has(t.text)) {
      const w = FOREIGN_ORG_INNER.has(tokens[j + 1]?.text ?? "") ? j + 2 : j + 1;
      if (orgWord(tokens[w], covered, w) && !NOT_ORG_START.has(tokens[w]!.text)) {
        j = w;
        continue;
      }
    }
    break;
  }
  // "Ulster Unionist Party leader": the head noun opens a title ("Party leader"); "General National
  // Congress": a head noun the gazetteer read alone ("Congress") ends a longer name
  {
    const t = tokens[j];
    const alone = kept.find((m) => m.start === j && m.end === j + 1 && m.actor.type === "Group");
    const next = j === lastCap + 1 || (j === lastCap + 2 && /^['’]s$/.test(tokens[j - 1]!.text));
    if (t && next && covered[j] && t.sent === sent && t.cap && ORG_HEADS.has(t.text) && (alone || !kept.some((m) => m.start <= j && j < m.end))) {
      lastCap = j;
      if (alone) (kept as ActorMention[]).splice(kept.indexOf(alone), 1);
    }
  }
  if (inAt >= 0 && lastCap > inAt && !ORG_HEADS.has(tokens[lastCap]!.text)) lastCap = inAt - 1;
  return lastCap + 1;
}

/** Head nouns of bodies whose name may end "of <state>" (a government, a republic or a ministry of a state is that state's). */
const OF_STATE_HEADS = new Set(["Guild", "Committee", "Party", "Association", "Union", "Front", "Movement", "Congress", "Bank", "Church", "Alliance", "League", "Brotherhood", "Chamber", "Federation", "Conference", "Confederation", "Syndicate", "Society"]);

/** The state mention (index in `kept`) and the name's new end when "of <state>" follows a body's head noun at `end`. */
function stateAfterOf(ctx: RecognizeContext, kept: readonly ActorMention[], end: number, inPlace: Uint8Array): { index: number; end: number } | undefined {
  const { tokens } = ctx;
  if (tokens[end]?.text !== "of" || !OF_STATE_HEADS.has(tokens[end - 1]?.text ?? "") || tokens[end + 1]?.sent !== tokens[end]!.sent) return undefined;
  // ("the Olympic Committee of the DPR Korea": over the article before the state's name)
  const at = tokens[end + 1]!.lower === "the" && tokens[end + 2]?.cap ? end + 2 : end + 1;
  const index = kept.findIndex((m) => m.start === at && m.actor.type === "State" && m.via === "name");
  if (index < 0) {
    // "the Union of Hong Kong Dockers": a place, then the members' plural, names the body
    let p = end + 1;
    while (inPlace[p]) p++;
    const members = membersAfter(ctx, p);
    return p > end + 1 && members > p ? { index: -1, end: members } : undefined;
  }
  // "the Communist Party of China's", "Guild of America and": the state ends the name; "the Union of
  // Kenya Teachers": the members' plural after it goes on with it
  const st = kept[index]!.end;
  return { index, end: Math.max(st, membersAfter(ctx, st)) };
}

/** The end of a capitalised plural of members right at token k ("Teachers", "Port Workers"), or -1. */
function membersAfter(ctx: RecognizeContext, k: number): number {
  const { tokens, covered } = ctx;
  let q = k;
  while (q < k + 2 && tokens[q]?.kind === "word" && tokens[q]!.cap && tokens[q]!.sent === tokens[k - 1]?.sent && !covered[q] && !ORG_HEADS.has(tokens[q]!.text)) q++;
  return q > k && /[a-z]s$/.test(tokens[q - 1]!.text) ? q : -1;
}

/**
 * "Popular Front for the Renaissance of the Central African Republic (FPRC)": a longer name, across a
 * state's name, defined by the acronym right after it; the run so far ends at `end`. Its new end, and
 * the capitalised qualifier that names it ("Communist Party of Nepal (Maoist)"), if any.
 */
function definedLongerName(ctx: RecognizeContext, end: number, sent: number): { end: number; qualifier: string | undefined } | undefined {
  const { tokens } = ctx;
  const n = tokens.length;
  if (!(tokens[end]?.text !== "(" && tokens[end]?.sent === sent && (ORG_INNER.has(tokens[end]!.text) || tokens[end]!.text === "in"))) return undefined;
  let k = end;
  while (k < end + 12 && k < n && tokens[k]!.sent === sent && tokens[k]!.text !== "and" && (ORG_INNER.has(tokens[k]!.text) || tokens[k]!.text === "in" || (tokens[k]!.kind === "word" && tokens[k]!.cap))) k++;
  // "Harsimrat Kaur Badal of the Shiromani Akali Dal (SAD)": an acronym spelling the words after "of"
  // alone names those words, not the whole run
  if (tokens[k]?.text === "(" && /^[A-Z]{2,6}$/.test(tokens[k + 1]?.text ?? "") && spelledNameStart(tokens, k, tokens[k + 1]!.text) > end) return undefined;
  // "Communist Party of Nepal (Maoist)": a capitalised qualifier names it too, like an acronym
  const qual = tokens[k + 2]?.text === ")" && /^\p{Lu}\p{Ll}{2,14}$/u.test(tokens[k + 1]?.text ?? "") && ORG_HEADS.has(tokens[end - 1]!.text);
  if (k > end + 1 && tokens[k - 1]!.cap && ((tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && (qual || /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(tokens[k + 1]?.text ?? ""))) || spelledAcronym(tokens, k)))
    return { end: k, qualifier: qual ? tokens[k + 1]!.text : undefined };
  return undefined;
}

/** Words that make a church's body of a name ("Episcopal Conference of Ecuador", "Conference of Catholic Bishops"). */
const CHURCH_BODY = /^(Episcopal|Bishops|Bishops')$/;

/**
 * The kind the head noun gives, and whether a word makes the name an agreement, event or venue (`bad`).
 * The head noun is the last organisation noun ("Islamic Freedom Fighters"), or the first word of "X of
 * Y" names ("Government of National Accord", "Council of State").
 */
/**
 * "Oakland Unified School District", "Chicago Public Schools District 299": an American school district
 * is a body (a bare "District" is a place: "Kurram District").
 */
function schoolDistrict(prev: Token, w: Token): boolean {
  return w.text === "District" && /^(School|Schools)$/.test(prev.text);
}

function orgHead(tokens: readonly Token[], words: readonly Token[], i: number): { head: OrganisationKind | undefined; bad: boolean } {
  let head: OrganisationKind | undefined;
  let bad = false;
  const firstHead = ORG_HEADS.get(words[0]?.text ?? "");
  for (const [wi, w] of words.entries()) {
    // "the self-proclaimed Luhansk People's Republic": a breakaway entity, not a state of the gazetteer;
    // "National Order of Lawyers" (not "Executive Order", nor the decoration "Order of Zayed");
    // "Episcopal Conference", "Conference of
    // Catholic Bishops": a church's body, not an event
    const h =
      ORG_HEADS.get(w.text) ??
      (w.text === "Republic" && words[wi - 1]?.text === "People" && wi >= 2 ? "government-office" : undefined) ??
      (w.text === "Order" && wi > 0 && wi < words.length - 1 ? "other" : undefined) ??
      (CHURCH_BODY.test(w.text) ? "other" : undefined) ??
      (wi > 0 && schoolDistrict(words[wi - 1]!, w) ? "government-office" : undefined);
    // ("the Antalya Diplomacy Forum", "the Libyan Political Dialogue Forum": events, not bodies)
    if (w.text === "Forum" && EVENT_FORUM.test(words[wi - 1]?.text ?? "")) bad = true;
    else if (h) {
      head = h;
      bad = false;
    } else if (NOT_ORG_WORDS.has(w.text) && !words.some((x) => CHURCH_BODY.test(x.text))) bad = true;
  }
  // "Alianza Pueblo Unido por la Vida": a foreign name's head noun comes first
  const foreignHead = FOREIGN_ORG_HEADS.get(words[0]?.text ?? "");
  if (foreignHead && tokens[i]!.text === words[0]!.text) {
    head = foreignHead;
    bad = false;
  }
  if (firstHead && tokens[i + 1]?.lower === "of") {
    head = firstHead;
    bad = false;
  }
  // "the International Conference Center": a venue, not an organisation
  if (words.length >= 2 && /^(Center|Centre|Hall)$/.test(words[words.length - 1]!.text) && /^(Conference|Convention|Exhibition|Congress|Trade|Press|Media|Shopping|Cultural|Sports|Civic|Community)$/.test(words[words.length - 2]!.text)) bad = true;
  // "at Parliament House", "Parliament Buildings", "Government House": a seat's building, not the body
  if (words.length === 2 && /^(House|Buildings|Building)$/.test(words[1]!.text) && /^(Parliament|Government|Legislative|Assembly|Senate)$/.test(words[0]!.text)) bad = true;
  return { head, bad };
}

/**
 * "United National Transport Union (Untu)", "Irish Air Line Pilots' Association (Ialpa)": an acronym
 * written as a word (South African and Irish copy), taken only when it spells the name's initials.
 */
function initialsWordAfter(tokens: readonly Token[], start: number, end: number): string | undefined {
  const w = tokens[end + 1]?.text ?? "";
  if (tokens[end]?.text !== "(" || tokens[end + 2]?.text !== ")" || !/^\p{Lu}\p{Ll}{2,7}$/u.test(w)) return undefined;
  const words: string[] = [];
  for (let k = start; k < end; k++) if (tokens[k]!.kind === "word") words.push(tokens[k]!.text);
  return initials(words.join(" ")).toLowerCase() === w.toLowerCase() ? w : undefined;
}

/** One capitalised word in brackets at `at` that no reading took (not a place or state): a body's short name. */
function shortNameInBrackets(ctx: RecognizeContext, at: number): string | undefined {
  const { tokens, covered } = ctx;
  const w = tokens[at]?.text === "(" && tokens[at + 2]?.text === ")" && !covered[at + 1] ? tokens[at + 1]!.text : undefined;
  return w && /^\p{Lu}\p{Ll}{2,11}$/u.test(w) && !NOT_NAME.has(w) ? w : undefined;
}

/** The acronym defined right after a name ending at `end`: "(FDD)", "(SMART-TD)", ", or LURD". */
/**
 * "(Sacca)", "(Numsa)" after a name: an acronym written as a word, when it spells the name's capitalised
 * words; "(HoR)", "(CoA)": one in mixed case, when its capitals do.
 */
function acronymWordAfter(tokens: readonly Token[], end: number, name: string): string | undefined {
  const w = tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" ? tokens[end + 1]!.text : undefined;
  if (!w) return undefined;
  const initials = name.split(/[\s-]+/).filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join("");
  if (/^\p{Lu}\p{Ll}{2,7}$/u.test(w)) return initials.toLowerCase() === w.toLowerCase() ? w : undefined;
  return /^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}?$/u.test(w) && w.replace(/\p{Ll}/gu, "") === initials ? w : undefined;
}

function acronymAfter(tokens: readonly Token[], end: number): string | undefined {
  return tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" && /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(tokens[end + 1]?.text ?? "") ? tokens[end + 1]!.text : (hyphenAcronym(tokens, end) ?? spelledAcronym(tokens, end));
}

/** A firm's legal form after its name, no acronym of it. */
const LEGAL_FORMS = /^(LLC|LLP|LP|PLC|INC|LTD|AG|SA|SE|NV|BV|AB|ASA|AS|OY|OYJ|SPA|SRL|PTY|BHD|KK|CO)$/;

/**
 * The acronym ending a capitalised run right after a body's head noun ("Postal and Logistics Union
 * PAU"), when the run has at least two words before it; undefined otherwise.
 */
function trailingAcronym(tokens: readonly Token[], i: number, end: number): string | undefined {
  const last = tokens[end - 1];
  // ("Fortress Investment Group LLC": a firm's legal form is part of its name)
  if (end - i < 3 || !last || !/^\p{Lu}{2,6}$/u.test(last.text) || LEGAL_FORMS.test(last.text) || !ORG_HEADS.has(tokens[end - 2]!.text)) return undefined;
  return last.text;
}

/** Kind from the head noun, else from the words around the name ("the rebel group", "opposition party"). */
function orgKind(tokens: readonly Token[], i: number, end: number, head: OrganisationKind | undefined): OrganisationKind {
  const n = tokens.length;
  const sent = tokens[i]!.sent;
  let kind: OrganisationKind = head ?? "other";
  if (kind === "other" || kind === "government-office") {
    for (let k = Math.max(0, i - 8); k < Math.min(n, end + 10); k++) {
      const t = tokens[k]!;
      if (t.sent !== sent) continue;
      if (ARMED_CONTEXT.test(t.lower)) {
        kind = "armed-group";
        break;
      }
      if (POLITICAL_CONTEXT.test(t.lower) && kind === "other") kind = "political";
    }
  }
  // "the Front for Democracy in Burundi (FRODEBU), the largest party": an armed-sounding head noun
  // ("Front", "Forces") with party words and no armed words around it names a party
  if (head === "armed-group" && (tokens[end]?.text === "(" || tokens[end]?.text === ",")) {
    let party = false;
    let armed = false;
    for (let k = Math.max(0, i - 8); k < Math.min(n, end + 10); k++) {
      const t = tokens[k]!;
      if (t.sent !== sent) continue;
      if (ARMED_CONTEXT.test(t.lower)) armed = true;
      else if (t.lower === "party" || t.lower === "parties") party = true;
    }
    if (party && !armed) kind = "political";
  }
  return kind;
}

const GROUP_NOUN_PRE = /^(the|a|relief|aid|humanitarian|charitable|non-profit|nonprofit|medical|rebel|militant|armed|former|ruling|opposition|separatist|insurgent|political|islamist|jihadist|breakaway|rival|leftist|rightist|left-wing|right-wing|far-left|far-right|banned|outlawed|proscribed|illegal|dissolved|conservative|nationalist|communist|socialist|liberal|centrist|hardline|radical|moderate|secular|governing|main|largest|pro-independence|separatist)$/;

/**
 * "the former rebel movement Renamo", "the militant group X", "the ruling Frelimo party": a capitalised
 * name next to a group noun.
 */
function findNamesNextToGroupNouns(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms, named: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const n = tokens.length;
  const found: ActorMention[] = [];
  let surnames: Set<string> | undefined;
  for (let k = 1; k < n; k++) {
    const t = tokens[k]!;
    if (!t.cap || covered[k] || headline[t.sent]) continue;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    // "the anti-immigration Freedom party (PVV)", "the Labour party (PvdA)": capitalised words and a group
    // noun before a known body's acronym in brackets are that body's name as the article writes it
    const bracketed = nameBeforeKnownAcronym(ctx, k, named);
    if (bracketed) {
      found.push(bracketed);
      covered.fill(1, k, bracketed.end);
      k = bracketed.end - 1;
      continue;
    }
    // "the Democratic Unity coalition", "the Popular Will party": two or three capitalised words before the noun
    const members = membersPluralEnd(ctx, k);
    if (members > k) {
      const name = tokens.slice(k, members).map((w) => w.text).join(" ");
      const actor: Actor = acronyms.names.get(name) ?? mkActor(nodeKey("Group", name), "Group", name, undefined, "political");
      found.push(mkMention(k, members, t.sent, actor, name, "org-noun"));
      covered.fill(1, k, members);
      if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
      k = members - 1;
      continue;
    }
    const run = wordsBeforeGroupNoun(ctx, inPlace, k);
    if (run > k + 1) {
      const name = tokens.slice(k, run).map((w) => w.text).join(" ");
      // ("the Ad Hoc group" after "the Ad Hoc Argentine Bondholder Group": the short name of a body named before)
      // (a name the article writes elsewhere as the start of a longer one that no reading took is left alone)
      const longer = named.find((m) => m.actor.type === "Group" && m.start < k && m.actor.name.startsWith(`${name} `))?.actor;
      if (!longer && opensLongerName(tokens, k, run)) {
        k = run;
        continue;
      }
      const actor: Actor = longer ?? acronyms.names.get(name) ?? mkActor(nodeKey("Group", name), "Group", name, undefined, GROUP_NOUNS.get(tokens[run]!.lower));
      found.push(mkMention(k, run, t.sent, actor, name, "org-noun"));
      covered.fill(1, k, run);
      if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
      k = run;
      continue;
    }
    // "have formed a group called Generando Movimiento": the name a group noun is given
    const called = /^(called|named|dubbed)$/.test(prev.lower) && /^(a|an)$/.test(tokens[k - 3]?.lower ?? "") ? GROUP_NOUNS.get(tokens[k - 2]?.lower ?? "") : undefined;
    if (!GROUP_NOUNS.has(prev.lower) && !(next && GROUP_NOUNS.has(next.lower)) && !called) continue;
    if (!orgWord(t, covered, k) || NOT_ORG_START.has(t.text) || inPlace[k] === 1 || (t.text === t.text.toUpperCase() && t.text.length > 5)) continue;
    const nounBefore = GROUP_NOUNS.get(prev.lower);
    const nounAfter = next && next.sent === t.sent ? GROUP_NOUNS.get(next.lower) : undefined;
    let kind: OrganisationKind | undefined;
    let end = k + 1;
    if (nounBefore && prev.sent === t.sent && groupNounOpens(tokens, k - 1)) {
      end = nameAfterGroupNounEnd(ctx, inPlace, k);
      if (end > k) kind = HUMANITARIAN_PRE.test(tokens[k - 2]?.lower ?? "") || CIVIC_PRE.test(tokens[k - 2]?.lower ?? "") ? "other" : nounBefore;
    }
    else if (called && prev.sent === t.sent) {
      end = nameAfterGroupNounEnd(ctx, inPlace, k);
      if (end > k) kind = called;
    }
    // ... but not an adjective ("the Islamist movement", "the Kurdish party", "the Catholic group")
    else if (nounAfter && /^(the|ruling|opposition|rebel|governing|main|rival|former)$/.test(prev.lower) && !NOT_NAME.has(t.text) && !ADJECTIVE_END.test(t.text)) kind = nounAfter;
    if (!kind) continue;
    // "the coalition Lapid has assembled": a surname the article gives a person ("Yair Lapid") is no body
    surnames ??= capitalisedSecondWords(tokens);
    if (end === k + 1 && surnames.has(t.text)) continue;
    const name = tokens.slice(k, end).map((w) => w.text).join(" ");
    const actor: Actor = acronyms.names.get(name) ?? mkActor(nodeKey("Group", name), "Group", name, undefined, kind);
    // ("the flight attendants' union UFO ... the union's chief negotiator": a union by its noun, which
    // "the union" may then name)
    if ((prev.lower === "union" || next?.lower === "union") && !actor.union && !acronyms.names.has(name)) actor.union = true;
    found.push(mkMention(k, end, t.sent, actor, name, "org-noun"));
    covered.fill(1, k, end);
    if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
    k = end - 1;
  }
  return found;
}

/**
 * A mention of the known body whose acronym stands in brackets right after one to three capitalised
 * words from token `k` and a group noun ("Freedom party (PVV)"), spanning the words and the noun.
 */
function nameBeforeKnownAcronym(ctx: RecognizeContext, k: number, named: readonly ActorMention[]): ActorMention | undefined {
  const { tokens, covered } = ctx;
  let j = k;
  while (j < k + 3 && tokens[j]?.cap && tokens[j]!.kind === "word" && !covered[j] && tokens[j]!.sent === tokens[k]!.sent) j++;
  if (j === k || !GROUP_NOUNS.has(tokens[j]?.lower ?? "") || tokens[j]!.cap || tokens[j + 1]?.text !== "(") return undefined;
  const acr = named.find((m) => m.start === j + 2 && tokens[m.end]?.text === ")" && m.actor.type === "Group");
  if (!acr) return undefined;
  return mkMention(k, j + 1, tokens[k]!.sent, acr.actor, ctx.a.text.slice(tokens[k]!.start, tokens[j]!.end), "org-noun");
}

/** "the militant group", "the employers' association": a group noun at `noun` after a word that lets a name follow it. */
function groupNounOpens(tokens: readonly Token[], noun: number): boolean {
  const before = tokens[noun - 1];
  if (!before) return false;
  // a plural possessive ("the employers' association", "the teachers' union")
  if (before.text === "'" && tokens[noun - 2]?.lower.endsWith("s")) return true;
  // ("the campaign group Avaaz", "business group X": a civic or business body's kind opens a name too)
  return GROUP_NOUN_PRE.test(before.lower) || CIVIC_PRE.test(before.lower);
}

/**
 * The end of the name right after a group noun, from token `k`: one capitalised word ("the militant group
 * Hamas"), or two or three that no given name opens ("the employers' association Offshore Norge"); `k` when
 * the run runs on into more capitalised words or holds a place.
 */
function nameAfterGroupNounEnd(ctx: RecognizeContext, inPlace: Uint8Array, k: number): number {
  const { tokens, covered } = ctx;
  let r = k + 1;
  while (r < k + 3 && tokens[r]?.sent === tokens[k]!.sent && orgWord(tokens[r], covered, r) && !inPlace[r] && !NOT_NAME.has(tokens[r]!.text) && !NOT_ORG_START.has(tokens[r]!.text)) r++;
  // ("the relief agency Gift of the Givers": the name goes on over "of (the)" to capitalised words, not a place's)
  const of = tokens[r]?.lower === "of" ? (tokens[r + 1]?.lower === "the" ? r + 2 : r + 1) : -1;
  if (of > 0 && tokens[of]?.sent === tokens[k]!.sent && orgWord(tokens[of], covered, of) && !inPlace[of] && !NOT_NAME.has(tokens[of]!.text)) {
    let e = of + 1;
    while (e < of + 2 && orgWord(tokens[e], covered, e) && !inPlace[e] && tokens[e]!.sent === tokens[k]!.sent) e++;
    if (!(tokens[e]?.kind === "word" && tokens[e]!.cap)) return e;
  }
  const next = tokens[r];
  if (next?.kind === "word" && next.cap) return k;
  // ("the environmental group Global 2000": a number ends the name)
  if (next?.kind === "number" && next.sent === tokens[k]!.sent && /^\d{1,4}$/.test(next.text) && !(tokens[r + 1]?.kind === "word" && tokens[r + 1]!.cap)) r++;
  return r === k + 1 || !GIVEN_NAMES.has(tokens[k]!.text) ? r : k;
}

/** Whether the words from `k` to `end` also stand elsewhere in the article right before another capitalised word. */
function opensLongerName(tokens: readonly Token[], k: number, end: number): boolean {
  const len = end - k;
  for (let q = 0; q + len < tokens.length; q++) {
    if (q === k || !tokens[q + len]!.cap || tokens[q + len]!.kind !== "word") continue;
    let same = true;
    for (let w = 0; w < len && same; w++) same = tokens[q + w]!.text === tokens[k + w]!.text;
    if (same) return true;
  }
  return false;
}

/** The plural of a party member's word: "Unionists", "Democrats", "Conservatives", "Liberals", "Republicans", "Greens". */
const MEMBERS_PLURAL = /^\p{Lu}\p{Ll}+(ists|istas|crats|atives|als|icans|Greens)$/u;

/**
 * "the Ulster Unionists", "the Free Democrats", "the Scottish Nationalists": after "the", one or two
 * capitalised words and a party members' plural name a party (a person's name never ends in a plural).
 * Returns the run's end, or `k` when there is none.
 */
function membersPluralEnd(ctx: RecognizeContext, k: number): number {
  const { tokens, covered } = ctx;
  if (tokens[k - 1]?.lower !== "the" || GIVEN_NAMES.has(tokens[k]!.text) || NOT_ORG_START.has(tokens[k]!.text)) return k;
  for (let r = k + 1; r <= k + 2; r++) {
    const last = tokens[r];
    if (!last || last.sent !== tokens[k]!.sent || covered[r - 1] || !orgWordShape(tokens[r - 1])) return k;
    if (!MEMBERS_PLURAL.test(last.text) || covered[r]) continue;
    const after = tokens[r + 1];
    // ("the Free Democrats", "the Scottish Conservatives": names the generic-party pass reads by the article's state)
    const singular = last.lower.slice(0, -1);
    if (GENERIC_PARTIES[singular] || GENERIC_PARTIES[`${tokens.slice(k, r).map((w) => w.lower).join(" ")} ${singular}`]) return k;
    return after?.kind === "word" && after.cap ? k : r + 1;
  }
  return k;
}

/**
 * The end of a run of two or three capitalised words from token `k`, after "the" (or "ruling", "opposition"
 * ...), that a lower-case group noun ends ("the Democratic Unity coalition"), or -1. Not a person's name
 * ("the Benny Gantz party") nor a place's.
 */
function wordsBeforeGroupNoun(ctx: RecognizeContext, inPlace: Uint8Array, k: number): number {
  const { tokens, covered } = ctx;
  if (!/^(the|ruling|opposition|governing|main|rival|former)$/.test(tokens[k - 1]?.lower ?? "") || GIVEN_NAMES.has(tokens[k]!.text)) return -1;
  let r = k;
  while (r < k + 3 && tokens[r]?.sent === tokens[k]!.sent && orgWord(tokens[r], covered, r) && !inPlace[r] && !NOT_NAME.has(tokens[r]!.text) && !NOT_ORG_START.has(tokens[r]!.text)) r++;
  const noun = tokens[r];
  return r > k + 1 && noun?.sent === tokens[k]!.sent && !noun.cap && GROUP_NOUNS.has(noun.lower) && !ADJECTIVE_END.test(tokens[r - 1]!.text) ? r : -1;
}

/**
 * "Tehreek-e-Labbaik", "Hezb-i-Islami Gulbuddin": a Persian or Urdu ezafe compound (and the capitalised
 * words after it) names a party or movement, never a person.
 */
function findEzafeNames(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const last = ezafeEnd(tokens, k);
    if (last < 0 || covered.subarray(k, last).some((c) => c === 1) || inPlace.subarray(k, last).some((c) => c === 1)) continue;
    // "Jamiat Ulema-i-Islam": a capitalised word before the compound opens the name
    const start = k > 0 && tokens[k - 1]!.sent === tokens[k]!.sent && orgWord(tokens[k - 1], covered, k - 1) && !inPlace[k - 1] && !NOT_ORG_START.has(tokens[k - 1]!.text) ? k - 1 : k;
    let end = last;
    while (end < last + 2 && tokens[end]?.sent === tokens[k]!.sent && orgWord(tokens[end], covered, end) && !inPlace[end] && !NOT_ORG_START.has(tokens[end]!.text)) end++;
    const name = tokens.slice(start, end).map((w, q) => (q > 0 && w.text !== "-" && tokens[start + q - 1]!.text !== "-" ? " " : "") + w.text).join("");
    const armed = [tokens[start - 1], tokens[end]].some((w) => ARMED_CONTEXT.test(w?.lower ?? ""));
    const actor = acronyms.names.get(name) ?? mkActor(nodeKey("Group", name), "Group", name, undefined, armed ? "armed-group" : "political");
    found.push(mkMention(start, end, tokens[k]!.sent, actor, name, "org-name"));
    covered.fill(1, start, end);
    if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
    k = end - 1;
  }
  return found;
}

/** The end of "Tehreek - e - Labbaik" (five tokens written as one word) at k, or -1. */
function ezafeEnd(tokens: readonly Token[], k: number): number {
  const w = tokens.slice(k, k + 5);
  if (w.length < 5 || w.slice(1).some((t) => t.space)) return -1;
  return EZAFE_COMPOUND.test(w.map((t) => t.text).join("")) && w[1]!.text === "-" && w[3]!.text === "-" ? k + 5 : -1;
}

/** All-capitals words after "the" that are no organisation ("the CEO", "the GDP"). */
const NOT_ORG_ACRONYMS = new Set([..."CEO CFO COO CTO GDP TV PM AM AI ID DNA HIV AIDS COVID GMT UTC BST EST EDT CET PDF FAQ OK MP MPS VIP PR HQ ICU SUV USD EUR GBP LNG OPEC NATO".split(" "), ...SHIP_PREFIXES]);
/** Words of an organisation's offices and people: an unknown acronym before one names an organisation ("ILA President X"). */
const ORG_OFFICE_WORDS = new Set("president director chairman chairwoman chair chairperson leader leaders chief spokesman spokeswoman spokesperson secretary-general negotiator negotiators official officials member members delegation delegates boss head vice-president vice-chair vice-chairman deputy general parliamentary executive convenor convener organiser organizer founder co-founder coordinator treasurer lawmaker lawmakers co-leader co-leaders co-chair co-chairman co-chairwoman legislator legislators".split(" "));
const ACRONYM = /^[A-Z]{2,7}$/;
/** Words that qualify an office between a body's acronym and the office ("acting chairman", "interim president"). */
const OFFICE_QUALIFIERS = /^(acting|interim|caretaker|incoming|outgoing|new|former|deputy|vice|executive|general)$/;

/**
 * "ILA President Harold Daggett", "RMT members", "BMA chair X", "a member of the UUP": an all-capitals
 * word the gazetteer does not know, right before an office word or right after "the", is an
 * organisation's acronym; its other uses in the article name it too.
 */
/** Lower-case nouns for a body that an acronym in apposition names ("the largest union, CUT,"). */
const BODY_NOUNS_BEFORE_ACRONYM = new Set(["association", "union", "federation", "confederation", "group", "party", "movement", "alliance", "coalition", "council", "chamber", "syndicate", "organisation", "organization", "body", "front", "militia", "guild", "lobby", "umbrella", "bloc", "network", "committee", "agency", "company", "firm", "operator", "regulator", "watchdog"]);

function findAcronymsBeforeOfficeWords(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms, groups: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const found: ActorMention[] = [];
  // "the British Medical Association ... the BMA": an acronym of the initials of a body already named is that body
  const byInitials = new Map<string, Actor>();
  for (const g of groups) if (g.actor.type === "Group") byInitials.set(initials(g.actor.name), g.actor);
  // an acronym the article defines in parentheses ("the Royal Norwegian Government (RNG)") belongs to
  // what it defines, which other passes read
  const defined = new Set<string>();
  for (let k = 1; k + 1 < tokens.length; k++) if (tokens[k - 1]!.text === "(" && tokens[k + 1]!.text === ")" && ACRONYM.test(tokens[k]!.text)) defined.add(tokens[k]!.text);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || headline[t.sent] || inPlace[k] === 1 || !ACRONYM.test(t.text) || FUNCTION_UPPER.has(t.text) || NOT_NAME.has(t.text) || defined.has(t.text)) continue;
    const next = tokens[k + 1]!;
    // "ILA President X", or "the UUP", "of the NDFP": a definite acronym names a body
    // ("PSSI acting chairman X": over a word that qualifies the office)
    const office = OFFICE_QUALIFIERS.test(next.lower) && tokens[k + 2]?.sent === t.sent ? tokens[k + 2]! : next;
    const beforeOffice = next.sent === t.sent && ORG_OFFICE_WORDS.has(office.lower);
    const definite = tokens[k - 1]?.lower === "the" && tokens[k - 1]!.sent === t.sent && !NOT_ORG_ACRONYMS.has(t.text);
    // "Colombia's main business association, ANDI, urged ...": an acronym in apposition to a body noun
    const appositive = tokens[k - 1]?.text === "," && BODY_NOUNS_BEFORE_ACRONYM.has(tokens[k - 2]?.lower ?? "") && /^[,)]$/.test(next.text) && !NOT_ORG_ACRONYMS.has(t.text);
    // "Major League Baseball ... MLB had insisted": the initials of a body the article names name it anywhere
    // (not inside a definition in parentheses, nor the first part of an acronym defined hyphenated: "MWF-SU")
    const hyphenDefined = next.text === "-" && !next.space && acronyms.names.has(`${t.text}-${tokens[k + 2]?.text ?? ""}`);
    const ofNamed = tokens[k - 1]?.text === "(" || hyphenDefined ? undefined : byInitials.get(t.text);
    // "the Director General of NITDA, X": an office's acronym after "<office> of"
    const ofOffice = tokens[k - 1]?.lower === "of" && ORG_OFFICE_WORDS.has(tokens[k - 2]?.lower ?? "") && !NOT_ORG_ACRONYMS.has(t.text);
    if (!beforeOffice && !definite && !appositive && !ofNamed && !ofOffice) continue;
    // "the US President": a state's abbreviation is no organisation (states are covered before this runs)
    const prev = tokens[k - 1];
    if (prev && prev.sent === t.sent && prev.kind === "word" && prev.cap && !covered[k - 1]) continue;
    // "SMART-TD President": the end of a hyphenated name, not an acronym of its own
    if (!t.space && prev && (prev.text === "-" || prev.text === "/")) continue;
    const actor = acronyms.names.get(t.text) ?? byInitials.get(t.text) ?? mkActor(nodeKey("Group", t.text), "Group", t.text, undefined, "other");
    found.push(mkMention(k, k + 1, t.sent, actor, t.text, "org-acronym"));
    covered[k] = 1;
    if (!acronyms.names.has(t.text)) acronyms.names.set(t.text, actor);
  }
  return found;
}

/** Lower-case words for whoever leads or speaks for a body, between its name and a person's ("Vooruit leader Conner Rousseau"). */
const LEADER_WORDS = new Set("leader co-leader president chairman chairwoman chair chairperson chief ceo spokesman spokeswoman spokesperson boss head founder secretary-general general".split(" "));
/** Second words of such an office ("chief executive", "general secretary"). */
const LEADER_SECOND = new Set("executive officer director secretary negotiator".split(" "));

/**
 * "Vooruit leader Conner Rousseau", "Wagner chief Yevgeny Prigozhin": one capitalised word the gazetteer
 * does not know, right before a leader's word and a two-word name, is the body that person leads. Not a
 * word the article uses as a person's surname ("Joe Biden ... Biden spokesman John Kirby").
 */
function findNamesBeforeLeaderWords(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms, named: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const found: ActorMention[] = [];
  let surnames: Set<string> | undefined;
  for (let k = 0; k + 3 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    // ("DirecTV CEO Bill Morrow", "TikTok CEO Shou Zi Chew": the executive's initials, a name in camel case)
    if (!LEADER_WORDS.has(next.lower) || (next.cap && next.text !== "CEO") || covered[k] || inPlace[k] === 1 || headline[t.sent] || next.sent !== t.sent) continue;
    if (!/^\p{Lu}(?=[\p{L}\d]*\p{Ll})[\p{L}\d]{3,}$/u.test(t.text) || NOT_NAME.has(t.text) || FUNCTION_CAPS.has(t.text) || GIVEN_NAMES.has(t.text) || INSTITUTION_WORDS.has(t.text) || ORG_HEADS.has(t.text)) continue;
    const prev = tokens[k - 1];
    if (prev && prev.sent === t.sent && prev.kind === "word" && prev.cap) continue;
    // "the Left-Green Movement ... Left-Green leader Katrín Jakobsdóttir": the hyphened start of a body named before
    const hyphened = hyphenedStart(tokens, k);
    if (hyphened >= 0) {
      const short = tokens.slice(hyphened, k + 1).map((w) => w.text).join("");
      const body = named.find((m) => m.actor.type === "Group" && m.actor.name.startsWith(`${short} `))?.actor;
      if (body && !covered[hyphened]) {
        found.push(mkMention(hyphened, k + 1, t.sent, body, short, "short-name"));
        covered.fill(1, hyphened, k + 1);
      }
      continue;
    }
    // "Maoist chairman", "Catalan leader": an adjective; "Gang leader X" opening a sentence: a common
    // noun, unless the article writes the word capitalised inside a sentence too
    if (ADJECTIVE_END.test(t.text) || NOT_ORG_START.has(t.text) || TITLE_MODIFIERS.has(t.lower) || ((!prev || prev.sent !== t.sent) && !capitalisedInside(tokens, t.text))) continue;
    // "Gazprom chief executive Alexei Miller": a second word of the office
    const at = LEADER_SECOND.has(tokens[k + 2]?.lower ?? "") && !tokens[k + 2]!.cap ? k + 3 : k + 2;
    // ("general" only as the first word of "general secretary")
    if (next.lower === "general" && at === k + 2) continue;
    const n1 = tokens[at];
    const n2 = tokens[at + 1];
    if (!(n1?.cap && n2?.cap && n1.kind === "word" && n2.kind === "word" && n2.sent === t.sent && !NOT_NAME.has(n1.text) && !NOT_NAME.has(n2.text))) continue;
    // (an acronym the article defined, "Untu", is read with the other uses of the acronym)
    if (acronyms.names.has(t.text)) continue;
    // ("Charter CEO Chris Winfrey" after "Charter Communications": the short name of a body already named)
    if (named.some((m) => m.actor.type === "Group" && m.actor.name.startsWith(`${t.text} `))) continue;
    surnames ??= capitalisedSecondWords(tokens);
    if (surnames.has(t.text)) continue;
    const actor = mkActor(nodeKey("Group", t.text), "Group", t.text, undefined, "other");
    found.push(mkMention(k, k + 1, t.sent, actor, t.text, "org-before-leader"));
    covered[k] = 1;
  }
  return found;
}

/** Capitalised words after "head of", "chief of" that name an office, not a body ("head of State", "chief of Staff"). */
const OFFICE_OBJECTS = new Set(["State", "States", "Government", "Governments", "Staff", "Mission", "Delegation", "Cabinet", "Security", "Defence", "Defense", "Operations", "Communications", "Protocol", "Police", "Intelligence"]);

/**
 * "Francisco Chahuán, president of National Renewal": capitalised words no other reading took, right
 * after a lower-case leader's word and "of", name the body the person leads (a person is never the
 * "president of" anyone). Not a place, nor an office ("head of State").
 */
function findNamesAfterLeaderOf(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const found: ActorMention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const leader = tokens[k - 2]!;
    if (tokens[k - 1]!.lower !== "of" || !LEADER_WORDS.has(leader.lower) || leader.cap || leader.sent !== t.sent || headline[t.sent]) continue;
    if (GIVEN_NAMES.has(t.text) || NOT_ORG_START.has(t.text)) continue;
    let end = k;
    while (end < k + 4 && tokens[end]?.sent === t.sent && orgWord(tokens[end], covered, end) && !inPlace[end] && !NOT_NAME.has(tokens[end]!.text) && !OFFICE_OBJECTS.has(tokens[end]!.text) && !INSTITUTION_WORDS.has(tokens[end]!.text)) end++;
    const after = tokens[end];
    // ("head of Manufacturiers et Exportateurs du Québec": a foreign name runs on through its connectors)
    if (end === k || (after?.sent === t.sent && after.kind === "word" && (after.cap || after.lower === "of" || FOREIGN_ORG_INNER.has(after.lower)))) continue;
    const name = tokens.slice(k, end).map((w) => w.text).join(" ");
    const actor: Actor = acronyms.names.get(name) ?? mkActor(nodeKey("Group", name), "Group", name, undefined, "other");
    found.push(mkMention(k, end, t.sent, actor, name, "org-after-leader"));
    covered.fill(1, k, end);
    if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
    k = end;
  }
  return found;
}

/** The start of "Left-Green" when token `k` ends a capitalised word joined by a hyphen with no spaces, else -1. */
function hyphenedStart(tokens: readonly Token[], k: number): number {
  const dash = tokens[k - 1];
  const first = tokens[k - 2];
  return dash?.text === "-" && !dash.space && !tokens[k]!.space && first?.cap && first.kind === "word" && first.sent === tokens[k]!.sent ? k - 2 : -1;
}

/** Whether `word` stands capitalised somewhere other than at a sentence's start. */
function capitalisedInside(tokens: readonly Token[], word: string): boolean {
  for (let k = 1; k < tokens.length; k++) if (tokens[k]!.text === word && tokens[k - 1]!.sent === tokens[k]!.sent) return true;
  return false;
}

/** Words that follow another capitalised word anywhere in the article (the surnames of "Joe Biden"). */
function capitalisedSecondWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const p = tokens[k - 1]!;
    if (t.cap && t.kind === "word" && p.cap && p.kind === "word" && p.sent === t.sent && !NOT_NAME.has(p.text)) out.add(t.text);
  }
  return out;
}

const INITIALS_SKIP = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "al", "&"]);
/** "British Medical Association" -> "BMA". */
function initials(name: string): string {
  let out = "";
  // ("B.C. Teachers' Federation" is the BCTF: a dotted abbreviation gives each of its letters)
  for (const w of name.split(/[\s-]+/)) if (w && !INITIALS_SKIP.has(w.toLowerCase())) out += /^(\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, "") : w[0]!.toUpperCase();
  return out;
}

const APPOSITIVE_ORG_AFTER = /^(that|which|who|based|in|of|for|with|close|linked|founded|backed|campaigning|working|representing|fighting|seeking|from|and|whose|behind|owned|listed|known|headquartered|operating|running)$/;

/**
 * "70,000 AMCU members at Anglo American Platinum (Amplats), Impala Platinum (Implats) and Lonmin": the
 * capitalised names listed after a noun of workers and "at" are employers (companies, hospitals,
 * ports), each with the short name it is given in brackets when that is a clipping of it.
 */
function findWorkplaces(ctx: RecognizeContext, kept: ActorMention[], named: readonly ActorMention[], inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { a, tokens, covered, headline } = ctx;
  const found: ActorMention[] = [];
  // a demonym or state name inside a company's name ("Anglo American Platinum") is part of the name
  const stateWord = (e: number) => kept.find((m) => m.start === e && m.end === e + 1 && m.actor.type === "State" && m.via !== "capital");
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!WORKER_NOUNS.has(tokens[k]!.lower) || headline[tokens[k]!.sent]) continue;
    const sent = tokens[k]!.sent;
    const at = workplaceAt(ctx, [...kept, ...named], k);
    if (at < 0) continue;
    let q = at + 1;
    for (;;) {
      let e = q;
      const inner: ActorMention[] = [];
      for (; e < tokens.length && tokens[e]!.sent === sent && !NOT_ORG_START.has(tokens[e]!.text) && !NOT_ORG_WORDS.has(tokens[e]!.text); e++) {
        const sw = covered[e] && tokens[e]!.cap ? stateWord(e) : undefined;
        if (sw) inner.push(sw);
        // a word some reading covered and then gave up (a demonym inside a capitalised run) is free
        else if (!((!covered[e] || !kept.some((m) => m.start <= e && e < m.end)) && inPlace[e] !== 1 && orgWordShape(tokens[e]))) break;
      }
      // a state alone is no workplace's name ("workers at Qatar's ports")
      if (e - q === inner.length) break;
      for (const m of inner) kept.splice(kept.indexOf(m), 1);
      const name = a.text.slice(tokens[q]!.start, tokens[e - 1]!.end).replace(/\s+/g, " ");
      const actor = mkActor(nodeKey("Group", name), "Group", name, undefined, "other");
      // where union members work is an employer ("the companies" may stand for it)
      actor.employer = true;
      found.push(mkMention(q, e, sent, actor, name, "org-workplace"));
      for (let x = q; x < e; x++) covered[x] = 1;
      if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
      let next = e;
      const alias = tokens[e]?.text === "(" && tokens[e + 2]?.text === ")" ? tokens[e + 1]!.text : undefined;
      if (alias && isClipping(alias, name)) {
        if (!acronyms.names.has(alias)) acronyms.names.set(alias, actor);
        next = e + 3;
      }
      // the list goes on after a comma or "and"
      while (tokens[next]?.sent === sent && (tokens[next]!.text === "," || tokens[next]!.lower === "and")) next++;
      if (next === e || next === e + 3 || !tokens[next]?.cap) break;
      q = next;
    }
  }
  return found;
}

/** The "at" after the worker noun at `k`, over the union they belong to ("members of the AMCU at"), or -1. */
function workplaceAt(ctx: RecognizeContext, kept: readonly ActorMention[], k: number): number {
  const { tokens } = ctx;
  if (tokens[k + 1]?.lower === "at") return k + 1;
  // "security staff employed by the contractor Eulen": the employer after "employed by" and its kind's words
  if (/^(employed|hired|contracted)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "by") {
    let q = k + 3;
    while (q < k + 7 && tokens[q]?.sent === tokens[k]!.sent && !tokens[q]!.cap && /^(the|a|private|security|cleaning|catering|contractor|subcontractor|company|firm|operator|outsourcing|services)$/.test(tokens[q]!.lower)) q++;
    return tokens[q]?.cap && tokens[q]!.sent === tokens[k]!.sent ? q - 1 : -1;
  }
  if (tokens[k + 1]?.lower !== "of") return -1;
  for (let q = k + 2; q < k + 16 && tokens[q]?.sent === tokens[k]!.sent; q++) {
    const t = tokens[q]!;
    if (t.lower === "at") return q;
    const m = kept.find((x) => x.start === q && x.actor.type === "Group");
    if (m) q = m.end - 1;
    else if (!/^(the|\(|\))$/.test(t.lower) && !/^[A-Z]{2,6}$/.test(t.text)) return -1;
  }
  return -1;
}

/** Words for a company's own staff before their committee's noun ("the Eulen workers' committee"). */
const STAFF_WORDS = /^(workers|employees|staff)$/;

/**
 * The mentions, with a company's name before its staff's committee read as that committee ("The Eulen
 * workers' committee", "the Renault works council"): a body of its own, a union-like side facing the company.
 */
function withWorkersCommittees(ctx: RecognizeContext, actors: ActorMention[]): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const made = new Map<string, Actor>();
  return actors.map((m) => {
    if (m.actor.type !== "Group" || m.actor.orgKind === "international") return m;
    const staff = STAFF_WORDS.test(tokens[m.end]?.lower ?? "") || tokens[m.end]?.lower === "works";
    const q = staff ? m.end + (/^['’]$/.test(tokens[m.end + 1]?.text ?? "") ? 2 : 1) : -1;
    const noun = tokens[q];
    if (!noun || noun.sent !== m.sent || covered[q] || !/^(committee|council)$/.test(noun.lower)) return m;
    const name = a.text.slice(tokens[m.start]!.start, noun.end);
    let actor = made.get(name);
    if (!actor) {
      actor = mkActor(nodeKey("Group", name), "Group", name, m.actor.state, "other");
      actor.union = true;
      made.set(name, actor);
    }
    covered.fill(1, m.end, q + 1);
    return mkMention(m.start, q + 1, m.sent, actor, name, "org-noun");
  });
}

/** Whether `short` is a clipping of `name`: its letters, in order, from the name's own ("Amplats" of "Anglo American Platinum", a final "s" aside). */
function isClipping(short: string, name: string): boolean {
  if (short.length < 3 || short[0] !== name[0] || !/^\p{Lu}\p{Ll}+$/u.test(short)) return false;
  const s = short.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < s.length; j++) if (n[j] === s[i]) i++;
  // "Amplats", "Implats": a clipping may end in a plural "s" of its own
  return i === s.length || (i === s.length - 1 && s.endsWith("s"));
}

/** Nouns of a person's role that an appositive may open with before naming a body ("a senior leader of the movement"). */
const APPOSITIVE_PERSON_NOUNS = new Set("leader leaders member commander founder co-founder official spokesman spokeswoman spokesperson head chief activist prisoner detainee figure cleric lawyer director president chairman chairwoman secretary minister negotiator envoy representative adviser advisor veteran organiser organizer".split(" "));

/**
 * The first token of a company's name of up to three capitalised words or hyphen-joined parts ending at
 * token `k` ("Alimentation Couche-Tard"), not one a given name opens (a person's); `k` when there is none.
 */
function companyNameStart(ctx: RecognizeContext, k: number): number {
  const { tokens, covered } = ctx;
  const sent = tokens[k]!.sent;
  let start = k;
  let words = 1;
  for (let q = k - 1; q >= 0 && tokens[q]!.sent === sent && !covered[q]; q--) {
    const t = tokens[q]!;
    if (t.text === "-" && !t.space && tokens[q - 1]?.cap && !covered[q - 1]) continue;
    if (t.kind !== "word" || !t.cap || NOT_NAME.has(t.text) || NOT_ORG_START.has(t.text) || FUNCTION_CAPS.has(t.text)) break;
    if (tokens[q + 1]!.text !== "-" && ++words > 3) break;
    start = q;
  }
  return start < k && !GIVEN_NAMES.has(tokens[start]!.text) && !HONORIFICS.has(tokens[start - 1]?.text ?? "") ? start : k;
}

/** "Lokarri, a Basque citizens' network that ...": a name defined by an appositive naming an organisation. */
function findNamesByAppositive(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const n = tokens.length;
  const found: ActorMention[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    // ("Antram, the hauliers' association": the definite article too)
    if (!t.cap || covered[k] || headline[t.sent] || tokens[k + 1]?.text !== "," || !/^(a|an|the)$/.test(tokens[k + 2]?.lower ?? "")) continue;
    if (!orgWord(t, covered, k) || NOT_NAME.has(t.text) || NOT_ORG_START.has(t.text) || inPlace[k] === 1 || (t.text === t.text.toUpperCase() && t.text.length > 5)) continue;
    // a single capitalised word, not the end of a longer name (a company's name may be longer:
    // "Alimentation Couche-Tard, the Quebec company")
    const start = companyNameStart(ctx, k);
    const prev = tokens[start - 1];
    // (nor the end of a hyphen-joined one: "the CGT-Cheminots, the biggest rail union")
    // ("The FFKM, the council of Madagascar's main churches": a capitalised "The" opens no longer name)
    if (prev && prev.sent === t.sent && ((prev.kind === "word" && prev.cap && !NOT_NAME.has(prev.text)) || (prev.text === "-" && !prev.space))) continue;
    let kind: OrganisationKind | undefined;
    let companyNoun = false;
    for (let q = k + 3; q < k + 8 && q < n && tokens[q]!.sent === t.sent; q++) {
      const w = tokens[q]!;
      if (w.text === "'" || w.text === "’" || w.text === "-") continue;
      if (w.kind !== "word") break;
      // "Bassem al-Saadi, a senior leader of the movement": the appositive describes a person
      if (APPOSITIVE_PERSON_NOUNS.has(w.lower)) break;
      const noun = APPOSITIVE_ORG_NOUNS.get(w.lower);
      if (noun) {
        const after = tokens[q + 1];
        // ("Abu Hafez al-Hakim, the group's spokesman": a possessive noun names the person's body, not the name)
        if (!after || after.sent !== t.sent || (after.kind !== "word" && !/^['’]s?$/.test(after.text)) || APPOSITIVE_ORG_AFTER.test(after.lower)) kind = noun;
        companyNoun = COMPANY_NOUNS.includes(w.lower);
        break;
      }
    }
    if (!kind || (start < k && !companyNoun)) continue;
    const name = ctx.a.text.slice(tokens[start]!.start, t.end);
    const actor: Actor = mkActor(nodeKey("Group", name), "Group", name, undefined, kind);
    found.push(mkMention(start, k + 1, t.sent, actor, name, "org-appositive"));
    covered.fill(1, start, k + 1);
    if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
  }
  return found;
}

/**
 * "Japan's farm lobby, JA-Zenchu, had urged", "the country's biggest miners' union, Amcu,": a name of
 * up to four capitalised words or hyphen-joined parts set off by commas right after a body's lower-case
 * noun that a possessive or "the" opens. Not a name that opens with a listed given name (a person's).
 */
function findNamesAfterBodyNouns(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const found: ActorMention[] = [];
  for (let k = 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    const noun = tokens[k - 2]!;
    if (!t.cap || covered[k] || headline[t.sent] || tokens[k - 1]!.text !== "," || !BODY_NOUNS_BEFORE_ACRONYM.has(noun.text) || noun.sent !== t.sent) continue;
    if (GIVEN_NAMES.has(t.text) || NOT_NAME.has(t.text) || NOT_ORG_START.has(t.text) || FUNCTION_CAPS.has(t.text)) continue;
    // the noun's phrase opens with a possessive or "the" a few words before it
    let q = k - 3;
    while (q > k - 7 && q >= 0 && tokens[q]!.sent === t.sent && tokens[q]!.kind === "word" && !tokens[q]!.cap && !/^(the|a|an)$/.test(tokens[q]!.lower)) q--;
    if (!(/^['’]s?$/.test(tokens[q]?.text ?? "") || /^(the|its|their)$/.test(tokens[q]?.lower ?? ""))) continue;
    let e = k;
    while (e < k + 5 && !covered[e] && inPlace[e] !== 1 && tokens[e]!.sent === t.sent && ((tokens[e]!.kind === "word" && tokens[e]!.cap) || (tokens[e]!.text === "-" && !tokens[e]!.space && tokens[e + 1]?.cap))) e++;
    // (", or Pemex,": the name the article goes on with is read on its own)
    if (e === k || e - k > 4 || tokens[e]?.text !== "," || tokens[e + 1]?.lower === "or") continue;
    const name = ctx.a.text.slice(t.start, tokens[e - 1]!.end);
    const kind: OrganisationKind = POLITICAL_CONTEXT.test(noun.lower) ? "political" : "other";
    const actor = acronyms.names.get(name) ?? mkActor(nodeKey("Group", name), "Group", name, undefined, kind);
    found.push(mkMention(k, e, t.sent, actor, name, "org-appositive"));
    covered.fill(1, k, e);
    if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
  }
  return found;
}

/** Nouns for a kind of company that news writes right before its name ("the utility PacifiCorp", "the miner Vale"). */
const COMPANY_KIND_NOUNS = new Set(["utility", "company", "firm", "carmaker", "automaker", "miner", "airline", "carrier", "insurer", "lender", "retailer", "broadcaster", "shipbuilder", "steelmaker", "chipmaker", "conglomerate", "manufacturer", "supermarket", "startup", "start-up", "developer", "shipowner", "shipper", "refiner", "operator"]);

/**
 * "the utility PacifiCorp on Wednesday signed", "the state-owned miner Gecamines": a company's name of up
 * to three capitalised words right after a noun for its kind, in a phrase that "the", "a" or a
 * possessive opens. Not a name that opens with a listed given name (a person's: "the company's founder").
 */
function findCompaniesAfterTheirKind(ctx: RecognizeContext, inPlace: Uint8Array, acronyms: Acronyms): ActorMention[] {
  const { tokens, covered, headline } = ctx;
  const found: ActorMention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const noun = tokens[k - 1]!;
    if (!t.cap || t.kind !== "word" || covered[k] || headline[t.sent] || !COMPANY_KIND_NOUNS.has(noun.text) || noun.sent !== t.sent) continue;
    if (GIVEN_NAMES.has(t.text) || NOT_NAME.has(t.text) || NOT_ORG_START.has(t.text) || FUNCTION_CAPS.has(t.text)) continue;
    let q = k - 2;
    while (q > k - 6 && q >= 0 && tokens[q]!.sent === t.sent && !tokens[q]!.cap && !/^(the|a|an)$/.test(tokens[q]!.lower) && (tokens[q]!.kind === "word" || tokens[q]!.text === "-")) q--;
    if (!(/^['’]s?$/.test(tokens[q]?.text ?? "") || /^(the|a|an)$/.test(tokens[q]?.lower ?? ""))) continue;
    let e = k;
    while (e < k + 3 && !covered[e] && inPlace[e] !== 1 && tokens[e]!.sent === t.sent && tokens[e]!.kind === "word" && tokens[e]!.cap) e++;
    // (not a longer name read only in part: "the broadcaster UA:PBC")
    if ((tokens[e]?.cap && tokens[e]!.kind === "word" && tokens[e]!.sent === t.sent) || (tokens[e] && !tokens[e]!.space && !/^([,.;!?)]|['’]s?)$/.test(tokens[e]!.text))) continue;
    const name = ctx.a.text.slice(t.start, tokens[e - 1]!.end);
    // (a company, which "the company" and "the utility" may stand for later)
    const actor = acronyms.names.get(name) ?? { ...mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), employer: true };
    found.push(mkMention(k, e, t.sent, actor, name, "org-appositive"));
    covered.fill(1, k, e);
    if (!acronyms.names.has(name)) acronyms.names.set(name, actor);
  }
  return found;
}

/**
 * An acronym the article defines for a name the gazetteer does not know wins over a gazetteer entry
 * with the same acronym ("FDD" defined as the Forces for the Defence of Democracy is not the
 * Foundation for Defense of Democracies), unless both names open alike (a spelling variant). Replaces
 * such gazetteer mentions in `actors` by mentions of the defined name.
 */
function preferDefinedAcronyms(actors: ActorMention[], defined: ReadonlyMap<string, Actor>): void {
  for (let x = 0; x < actors.length; x++) {
    const m = actors[x]!;
    if (m.via !== "name" || m.actor.type !== "Group") continue;
    const own = defined.get(m.surface);
    if (own && own.key !== m.actor.key && openingStem(own.name) !== openingStem(m.actor.name)) actors[x] = mkMention(m.start, m.end, m.sent, own, m.surface, m.via);
  }
}

/** Later uses of the acronyms (and one-word names) found: "the FDD", "SMART-TD". */
/** First words that many bodies' names share, which alone name none of them. */
const SHARED_FIRST_WORDS = new Set("National International United General Central Democratic Republican Popular Royal Federal Union New Great Grand Global World First Pacific Atlantic Northern Southern Eastern Western North South East West Mount Saint St Left Right Free Public Private Social Independent Professional Workers Islamic Christian Catholic Arab African Asian European American Continental Standard Premier Anglo".split(" "));

/** Heads of bodies of members, whose first word names the members' field ("Garda Representative Association"). */
const MEMBERS_BODY_HEADS = /^(Association|Federation|Confederation|Society|League|Guild|Chamber|Council|Institute)$/;

/**
 * "Kaiser Permanente ... Kaiser executives", "Barrick Gold Corporation ... Barrick had asked": a
 * company's distinctive first word, alone later in the article, names the company (not when another
 * capitalised word follows, which makes it part of another name).
 */
function findShortNameUses(ctx: RecognizeContext, actors: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered } = ctx;
  const names = new Map<string, Actor | null>();
  for (const m of actors) {
    if (m.actor.type !== "Group" || !(m.actor.employer || m.actor.orgKind === "other")) continue;
    const words = m.actor.name.split(/\s+/);
    const first = words[0]!;
    // ("the Garda Representative Association ... Garda Commissioner X": an association's first word names
    // its field or its members, not the association; so does a sport's name, "Rugby League Central")
    if (words.length < 2 || words.length > 4 || !/^\p{Lu}\p{Ll}{3,}$/u.test(first) || SHARED_FIRST_WORDS.has(first) || NOT_NAME.has(first) || GIVEN_NAMES.has(first) || SPORT_NAMES.has(first) || MEMBERS_BODY_HEADS.test(words[words.length - 1]!)) continue;
    const had = names.get(first);
    names.set(first, had === undefined || had?.key === m.actor.key ? m.actor : null);
  }
  // a word another actor's name opens with is that actor's too: ambiguous
  for (const m of actors) {
    const first = m.actor.name.split(/\s+/)[0]!;
    if (m.actor.type !== "Group" && names.has(first)) names.set(first, null);
  }
  const found: ActorMention[] = [];
  if (!names.size) return found;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const actor = covered[k] || t.kind !== "word" ? undefined : names.get(t.text);
    const inName = (q: number) => tokens[q]?.cap && tokens[q]!.kind === "word" && tokens[q]!.sent === t.sent;
    // ("United World Wrestling": the last word of a name no reading took)
    // ("Charter CEO Chris Winfrey": an officer's title after the short name)
    const officer = tokens[k + 1]?.text === "CEO" || LEADER_WORDS.has(tokens[k + 1]?.lower ?? "");
    if (!actor || (inName(k + 1) && !officer) || inName(k - 1)) continue;
    // ("Gift of the Givers" again: the whole name, which a later pass reads)
    if (wordsAt(ctx, k, actor.name.split(" "))) continue;
    found.push(mkMention(k, k + 1, t.sent, actor, t.text, "short-name"));
    covered[k] = 1;
  }
  return found;
}

/** A company's name's last word that its later mentions drop ("Yue Yuen Industrial ... Yue Yuen said"). */
const COMPANY_TAILS = new Set(["Industrial", "Industries", "Holdings", "Group", "Corporation", "Corp", "Corp.", "Company", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "plc", "PLC"]);

/**
 * "Yue Yuen Industrial's shoe factories ... Yue Yuen said": a company's name of three or four words
 * without its tail word, written again as two or three capitalised words (not inside a longer name).
 */
function findCompanyNamesWithoutTail(ctx: RecognizeContext, actors: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered } = ctx;
  const short = new Map<string, Actor>();
  for (const m of actors) {
    const words = m.actor.name.split(/\s+/);
    if (m.actor.type !== "Group" || m.actor.orgKind !== "other" || words.length < 3 || words.length > 4 || !COMPANY_TAILS.has(words[words.length - 1]!)) continue;
    short.set(words.slice(0, -1).join(" "), m.actor);
  }
  const found: ActorMention[] = [];
  for (const [name, actor] of short) {
    const words = name.split(" ");
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.text !== words[0] || !wordsAt(ctx, k, words) || (tokens[k - 1]?.cap && tokens[k - 1]!.kind === "word" && tokens[k - 1]!.sent === tokens[k]!.sent)) continue;
      found.push(mkMention(k, k + words.length, tokens[k]!.sent, actor, name, "short-name"));
      covered.fill(1, k, k + words.length);
    }
  }
  return found;
}

/**
 * "Alimentation Couche-Tard, the Quebec company ... Couche-Tard complained": a company an appositive
 * defined, written later without its first word.
 */
function findCompanyNamesWithoutFirstWord(ctx: RecognizeContext, actors: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (const m of actors) {
    if (m.via !== "org-appositive" || m.end - m.start < 2) continue;
    const words = tokens.slice(m.start + 1, m.end).map((t) => t.text);
    if (words.length === 1 && (ORG_HEADS.has(words[0]!) || COMPANY_TAILS.has(words[0]!))) continue;
    for (let k = 0; k < tokens.length; k++) {
      if (k === m.start + 1 || tokens[k]!.text !== words[0] || !wordsAt(ctx, k, words) || (tokens[k - 1]?.cap && tokens[k - 1]!.kind === "word" && tokens[k - 1]!.sent === tokens[k]!.sent)) continue;
      found.push(mkMention(k, k + words.length, tokens[k]!.sent, m.actor, ctx.a.text.slice(tokens[k]!.start, tokens[k + words.length - 1]!.end), "short-name"));
      covered.fill(1, k, k + words.length);
    }
  }
  return found;
}

/**
 * "the Palang Pracharat Party ... Palang Pracharat leader Uttama Savanayon": a party's name of two or
 * three words before "Party", written without it elsewhere in the article.
 */
function findPartyNamesWithoutHead(ctx: RecognizeContext, actors: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered } = ctx;
  const names = new Map<string, { words: string[]; actor: Actor }>();
  for (const m of actors) {
    if (m.actor.type !== "Group" || m.actor.orgKind !== "political" || !m.surface.endsWith(" Party")) continue;
    const words = m.surface.split(/\s+/).slice(0, -1);
    if (words[0] === "the" || words[0] === "The") words.shift();
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || NOT_NAME.has(words[0]!)) continue;
    names.set(words[0]!, { words, actor: m.actor });
  }
  const found: ActorMention[] = [];
  if (!names.size) return found;
  for (let k = 0; k < tokens.length; k++) {
    const name = covered[k] ? undefined : names.get(tokens[k]!.text);
    if (!name || tokens[k - 1]?.cap || !wordsAt(ctx, k, name.words)) continue;
    const end = k + name.words.length;
    found.push(mkMention(k, end, tokens[k]!.sent, name.actor, name.words.join(" "), "short-name"));
    covered.fill(1, k, end);
  }
  return found;
}

/** Later uses of a body's acronym ("CN", "SMART-TD") and of a name of several words read once ("Offshore Norge"). */
function findAcronymAndNameUses(ctx: RecognizeContext, names: ReadonlyMap<string, Actor>): ActorMention[] {
  const { tokens, covered } = ctx;
  const n = tokens.length;
  const found: ActorMention[] = [];
  const longNames = namesByFirstWord(names);
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (covered[k] || t.kind !== "word") continue;
    // "the employers' association Offshore Norge ... Offshore Norge said": a name of several words read once
    const long = longNames.get(t.text)?.find((w) => wordsAt(ctx, k, w.words));
    if (long) {
      const end = k + long.words.length;
      found.push(mkMention(k, end, t.sent, long.actor, long.words.join(" "), "name-use"));
      covered.fill(1, k, end);
      k = end - 1;
      continue;
    }
    // "SMART-TD": a hyphenated acronym is three tokens
    if (tokens[k + 1]?.text === "-" && !tokens[k + 1]!.space && tokens[k + 2] && !tokens[k + 2]!.space && !covered[k + 2]) {
      const hy = names.get(`${t.text}-${tokens[k + 2]!.text}`);
      if (hy) {
        found.push(mkMention(k, k + 3, t.sent, hy, `${t.text}-${tokens[k + 2]!.text}`, "acronym"));
        covered[k] = covered[k + 1] = covered[k + 2] = 1;
        k += 2;
        continue;
      }
    }
    const actor = names.get(t.text);
    if (!actor) continue;
    found.push(mkMention(k, k + 1, t.sent, actor, t.text, "acronym"));
    covered[k] = 1;
  }
  return found;
}

/** The names of several words among `names`, by their first word. */
function namesByFirstWord(names: ReadonlyMap<string, Actor>): Map<string, { words: string[]; actor: Actor }[]> {
  const out = new Map<string, { words: string[]; actor: Actor }[]>();
  for (const [name, actor] of names) {
    const words = name.split(" ");
    if (words.length < 2) continue;
    const list = out.get(words[0]!) ?? [];
    list.push({ words, actor });
    out.set(words[0]!, list);
  }
  return out;
}

/** Whether `words` stand uncovered from token `k`, in one sentence, with no capitalised word right after. */
function wordsAt(ctx: RecognizeContext, k: number, words: readonly string[]): boolean {
  const { tokens, covered } = ctx;
  const sent = tokens[k]!.sent;
  for (let w = 0; w < words.length; w++) {
    const t = tokens[k + w];
    if (!t || t.sent !== sent || covered[k + w] || t.text !== words[w]) return false;
  }
  const after = tokens[k + words.length];
  return !(after?.kind === "word" && after.cap && after.sent === sent);
}

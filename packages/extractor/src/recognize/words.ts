// Small closed word lists shared by the recognisers and the relation rules.
import { GIVEN_NAMES as GIVEN_NAME_LIST } from "../gazetteer/data/given-names.js";

/** The given-names gazetteer as a set: a word that opens a person's name. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN_NAME_LIST);

export const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Capitalised words that never start or form a person name. */
/** Prefixes of a ship's name ("the BRP Gregorio del Pilar", "USS Carl Vinson"): what follows names a ship, not a person or body. */
export const SHIP_PREFIXES = new Set(["BRP", "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "ROKS", "RFS", "PLANS", "MV", "RV"]);

/** A Persian or Urdu ezafe compound ("Tehreek-e-Insaf", "Hezb-i-Islami"): a movement's name, not a person's. */
export const EZAFE_COMPOUND = /^\p{Lu}\p{Ll}+-[ei]-\p{Lu}/u;

export const NOT_NAME = set(`
  The A An In On At For From To Of By With Without But And Or Nor If As After Before While When Whenever Since During
  According However Meanwhile Despite Although Though Because Earlier Later Last Next This That These Those There Here
  It Its He She They We I You His Her Their Our My Your Him Them Us Who Whom Whose What Which Where Why How Both Each
  Every Some Many Most Several Other Another Such No Not Yes All Any Also Still Yet Even Only Just Then Now Today
  Tonight Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
  July August September October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr
  Mr. Mrs. Ms. Dr. Rev Rev. Sen. Rep. Gen. Col. Lt. Capt. Maj. Prof. Prof Engr Engr. Justices Sheikh Sheik Emir King Queen Prince Pope Saint St. Sir
  Father Monsignor Msgr Msgr. Mgr Archbishop Cardinal Rabbi Reverend Councillor Councilor Alderman Presenter
  Gov. Gov Amb. Pres. PM MK Sr. Snr. MP MPs MEP MSP MLA KC QC KCB KBE OBE MBE CBE GCB GCMG KCMG CMG GBE DBE EDT EST CDT CST PDT PST GMT UTC BST CET CEST EET EEST MSK IST
  Tk Rs Ksh KSh Sh Rp Govt Gov't Africa Asia Europe Oceania Antarctica
  Was Were Is Are Did Does Has Have Had Should Would Could Shall No.
  Summary Highlights Background Timeline Update Updates Breaking Factbox Explainer Speaking Asked Visiting Joining Attending Accompanying Calls Urges Says Warns Meets Asks Demands Seeks Agrees Rejects Welcomes Worse Under Over Upon Into Within Across Against Among Between Amid Following Including
  Ahead Around Along Beyond Throughout Toward Towards Via Per Than Once Twice Instead Neither Either Whether Unless
  Afterwards Afterward Separately Nevertheless Nonetheless Finally Initially Eventually Previously Subsequently Overall
  Until Please Thanks Reuters Photo Video Listen Read Watch Click Share Advertisement Updated Published Posted Breaking News
  Live Analysis Opinion Editorial Comment Exclusive Report Reporting Editing Writing Additional Source Sources Image
  Images Credit Copyright Gaza Strip Bank Red Sea Middle East Islamist Western Eastern Northern Southern
  Oct. Nov. Dec. Jan. Feb. Aug. Sept. Sep. Mar. Apr. Jun. Jul. God Allah Christmas Ramadan Eid Easter COVID
  Government Ministry Parliament Congress Senate Council Assembly Army Forces Police Court Party Front Movement
  Agreement Accord Deal Plan Talks Summit Conference Ceasefire Truce Peace War Operation Initiative Process Declaration
  MoU MoUs MOU MOUs Memorandum Treaty Pact Communique Communiqué
  Protocol Framework Roadmap Program Programme Force Mission Group Brigade Brigades Committee Commission Office Agency
  Board Directors Trustees Bureau Secretariat Cabinet Directorate Dialogue Negotiations Consultations Forum Session Plenary
  Lt Gen Maj Brig Brig. Col Capt Adm Adm. Cdr Cmdr. Sgt. Rtd Retd H.E. H.H. H.R.H. H.M. Excellency Highness Majesty Eminence Holiness
  Opposition Majority Minority Election Elections Referendum Constitution Amendment
  Issued Press Release Sides Envoys Troika Organ Ministers Leaders Delegates Representatives Mediators Facilitators Negotiators Parties
`);

/** Words of a ministry's, an office's or a venue's name, never of a person's ("Foreign Affairs", "Conflict Resolution", "State House"). */
export const INSTITUTION_WORDS = set(`Affairs Relations Resolution Cooperation Counterterrorism Mediation Reconciliation Development Affaires House Palace Lodge Residence Hotel Villa Mansion Airport Transition Integration Trade Republic Presidency Region Community`);

/** Head nouns of a venue, where a meeting is held inside its place ("at his official residence in Putrajaya", "at the Capella hotel"). */
export const VENUE_NOUNS = set(`hotel residence office offices palace headquarters home villa compound lodge estate house resort club centre center hall building embassy base castle farm ranch retreat room complex representation mission chancellery ministry secretariat premises airport airbase school university church cathedral monastery stadium parliament senate barracks mansion pavilion auditorium`);

/** Plural nouns for the people who work somewhere or for a side of a labour dispute ("members at X", "urged the pilots to"). */
export const WORKER_NOUNS = set(`players pilots workers members staff employees nurses doctors teachers drivers truckers miners dockworkers strikers machinists mechanics crews engineers`);

/** Lower-case particles allowed inside a person name ("Majed al-Ansari", "Lula da Silva"). */
/** "Jr.", "Sr": a generational suffix after a surname ("Joseph R. Biden, Jr."). */
export const GENERATION_SUFFIX = /^(Jr|Sr|Jnr|Snr)\.?$/;
/** A name's generational suffix at its end, with the comma or space before it ("Biden, Jr.", "Biden Jr."). */
export const GENERATION_SUFFIX_AT_END = /,?\s+(?:Jr|Sr|Jnr|Snr)\.?$/;
export const NAME_PARTICLES = set(`al el bin ibn bint ben de da del della di du van von der den la le dos das do ter abu arap ould dela delos`);

/**
 * Family names written first (Chinese, Korean, Taiwanese, Hong Kong and Singaporean usage): "Kim Jong Un"
 * and "Moon Jae-in" go by "Kim" and "Moon", "Wang Yi" by "Wang". Read so only when the rest of the name
 * has the shape of an East Asian given name (see persons/surnames.ts).
 */
export const FAMILY_FIRST_NAMES = set(`Kim Lee Yi Park Pak Choi Choe Moon Mun Yoon Yun Jung Chung Kang Cho Jo Han Ri Ban Shin Kwon Hwang Ahn Song Oh Ko Noh Roh
  Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Gao Xi Qin Wen Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Jin Cui Tan Lam Leung Chan Wong Tsai Lai Hou Chiang Lien Soong Yu Bai Meng Qiu Geng Hua Mao`);

/**
 * Forms of address written as capitalised words before a full name ("Alhaji Aminu Ado Bayero", "Shri
 * Narendra Modi"); before one word they may be part of how a person is known ("Mullah Omar").
 */
export const ADDRESS_FORMS = set(`Honourable Honorable Hon Hon. Rt Rt. Monsignor Msgr Maulana Mufti Barrister Excellency Highness Majesty Eminence Holiness Shri Shree Sri Smt Shrimati Thiru Professor Justice Alhaji Alhaja Hajia Mallam Malam Mullah Sayyed Sayyid Sayed Mahant Swami Pandit Acharya Daw`);
/** Honorifics that mark the next capitalised token(s) as a person. */
export const HONORIFICS = set(`Brig. Adm. Cmdr. Sgt. H.E. H.H. H.R.H. H.M. Excellency Highness Majesty Eminence Holiness Prince Princess Crown Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sen. Rep. Gen. Lt. Col. Capt. Maj. Prof. Prof Engr Engr. Sheikh Sheik Sir Madam Dame Archbishop Cardinal Rev. Rev Father Imam Lt Gen Maj Brig Col Capt Adm Cdr Honourable Honorable Hon. Monsignor Msgr. Msgr Bishop Mufti Maulana Mullah Barrister Gov. Gov Amb. Pres. PM MK MP Sr. Snr. Shri Shree Sri Smt Smt. Shrimati Thiru Datuk Dato Datin Seri Tun Alhaji Alhaja Hajia Mallam Malam Sayyed Sayyid Sayed Mahant Swami Pandit Acharya Daw Snr`);

/** Rank abbreviations and retirement markers of "Lt-Gen (Rtd) X", "Maj Gen (retd) X": a title run before a name. */
export const RANK_WORDS = set(`lt lt. gen gen. maj maj. brig brig. col col. capt capt. adm adm. cdr cdr. snr snr. rtd retd ret ret. - ( )`);

/** Verbs that, right after a capitalised sequence, show it is a person speaking or acting. */
export const PERSON_VERBS = set(`
  said says told tells added adds noted notes warned warns stated states explained explains argued argues insisted
  insists stressed stresses emphasized emphasised emphasizes emphasises acknowledged acknowledges announced announces
  wrote writes tweeted posted urged urges met meets visited visits called calls asked asks replied replies recalled
  confirmed confirms denied denies declined declines expressed expresses reiterated reiterates vowed vows pledged
  pledges promised promises welcomed welcomes praised praises criticised criticized accused accuses suggested suggests
  hopes hoped believes believed thinks thought spoke speaks travelled traveled arrived arrives returned returns
  held holds signed signs proposed proposes demanded demands rejected rejects agreed agrees
  pressed presses pushed pushes appealed appeals negotiated negotiates mediated mediates brokered brokers
  refused refuses threatened threatens
`);

/** Words between a state/organisation and a title that still belong to the title phrase. */
/**
 * Names of states and places that are also given names ("Israel Katz", "Jordan Bardella", "Santiago Peña",
 * "Victoria Nuland"): read as a given name right after a title (recognize/gazetteer.ts).
 */
export const PLACE_GIVEN_NAMES = set(`
  Israel Jordan Chad Georgia India Kenya Santiago Victoria Florence Paris Sofia Salvador Asunción Regina Dolores
  Mercedes Lourdes Montserrat Trinidad Guadalupe Carmen Charlotte Austin Madison Sydney Adelaide Lincoln Jackson
  Dallas Eugene Orlando Chelsea Savannah Aurora Troy Tyler Alexandria
`);

export const TITLE_MODIFIERS = set(`
  national security special deputy senior chief top foreign former acting interim vice political military presidential
  personal affairs general assistant regional humanitarian peace principal lead leading executive permanent
  high-level highest defence defense intelligence economic state supreme joint first second government federal
  council board union bureau committee office transitional negotiating panel delegation shadow outgoing incoming caretaker
  parliamentary party congressional legislative legislature founding longtime long-time
  central politburo steering leadership presidium secretariat
`);

/** Descriptor nouns that may sit inside an actor phrase ("the head of Israel's Mossad intelligence service"). */
export const DESCRIPTORS = set(`
  intelligence service services agency delegation delegations officials official head heads chief chiefs leader
  leaders leadership counterpart counterparts representative representatives envoy envoys team teams negotiator
  negotiators negotiating technical government governments administration authorities side camp forces military army
  spokesman spokeswoman spokesperson minister ministers ministry president prime premier foreign secretary director
  commander commanders movement group militants fighters rebels members member senior top security national
  political bureau office people paramilitary rebel militant armed main rival warring opposition federal faction factions
  transitional interim islamist separatist jihadist allied council mediators mediator facilitators facilitator
  regional continental bloc body organisation organization grouping union unions company employer employers
  coalition alliance militia militias protest student strike campaign embassy consulate
`);

/** Words that, in front of a capital, make it a place rather than an actor. */
export const LOCATIVE = set(`in at to from near into toward towards via visiting visited visit outside inside around across through over reached arrived left leaving`);

/** Nouns that name a meeting. */
export const MEETING_NOUNS = set(`talks negotiations meeting meetings summit conference consultations round visit signing`);
/**
 * Nouns that name a meeting only with an explicit place: "a 16-hour session at a Manhattan hotel", "the
 * dialogue ... opened at a building in Quito", "the ceremony at the Planalto Palace", "over dinner at
 * Downing Street". Without one they are too often no event ("called for dialogue", "a session of talks").
 */
export const PLACED_MEETING_NOUNS = set(`session sessions dialogue ceremony dinner lunch`);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
/** The same as a Map (no prototype keys such as "constructor"). */
export const WEEKDAY: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAYS));

/** Role nouns that validate a following name without being gazetteer titles. */
export const ROLE_NOUNS = new Set(["counterpart", "counterparts", "deputy", "negotiator", "negotiators", "mediator", "mediators", "envoy", "envoys", "representative", "delegate", "chief", "leader", "head", "commander", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "ambassador", "facilitator", "member"]);
/** Lower-case nouns for what a person does, right before the name ("pilot Phillip Mehrtens", "teacher Marc Fogel"). */
export const OCCUPATION_NOUNS = new Set(
  "pilot worker artist painter sculptor architect designer chef dancer comedian teacher principal headmaster headteacher lecturer counsel advocate solicitor barrister superintendent journalist reporter correspondent photographer lawyer attorney activist campaigner pitcher player striker goalkeeper captain coach plaintiff defendant prisoner detainee hostage captive nurse doctor surgeon professor scholar researcher academic cleric priest bishop pastor imam rabbi businessman businesswoman tycoon billionaire entrepreneur blogger dissident poet writer novelist singer actor actress footballer athlete economist banker analyst student soldier aid humanitarian volunteer historian sociologist anthropologist scientist commentator columnist author editor filmmaker musician composer farmer fisherman miner".split(" "),
);

/** Nouns for a relative ("Woodke's wife, Els Woodke,"; "Goto's wife ... She appealed": not Goto). */
export const KIN_NOUNS = set(`wife husband son daughter brother sister mother father widow widower fiancee fiancée partner cousin uncle aunt
  nephew niece grandson granddaughter grandmother grandfather`);
/** Nouns of a person's relation to another, written right before a full name ("chief rival X", "his predecessor X"). */
export const RELATION_NOUNS = new Set(["rival", "ally", "successor", "predecessor", "opponent", "challenger", "confidant", "loyalist"]);
export const LED_BY = new Set(["led", "headed", "commanded", "chaired", "founded", "run", "represented"]);
/** Nouns of a side's negotiators that a person leads ("the Bhutanese delegation", "the PML-N committee"). */
export const SIDE_NOUNS = new Set(["delegation", "team", "side", "negotiators", "panel", "committee", "mission", "contingent", "camp"]);

/** Capitalised function words: a sentence may open with them, a name does not. */
export const FUNCTION_CAPS = new Set("The A An In On At For From To Of By With But And Or If As After Before While When Since During According However Meanwhile Despite This That It He She They We".split(" "));

/**
 * Function words in capitals ("BROKERED BY MOSSAD FOR THE"): all-caps text is headlines and shouting,
 * and short all-caps words otherwise pass as acronyms. Generated from FUNCTION_CAPS; "US", "IT" and
 * "AS" are left out, they are also acronyms.
 */
export const FUNCTION_UPPER: ReadonlySet<string> = new Set([...FUNCTION_CAPS].map((w) => w.toUpperCase()).filter((w) => w.length > 1 && !["IT", "AS", "US"].includes(w)));

/** Plural titles of persons ("the foreign ministers of A and B", "two former presidents, A and B"). */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(["ministers", "leaders", "presidents", "envoys", "negotiators", "chiefs", "heads", "representatives", "ambassadors", "spokesmen", "commanders", "counterparts", "premiers"]);

/** Capitalised names of the days and months (never the name of a place or an organisation). */
export const WEEKDAY_NAMES: readonly string[] = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
export const MONTH_NAMES: readonly string[] = "January February March April May June July August September October November December".split(" ");

/**
 * Letters after a name for a seat, a rank of counsel or an honour ("David Lammy MP", "Mark Drakeford MS",
 * "Femi Falana SAN"): they end the name and are no part of it.
 */
export const POST_NOMINALS = new Set(["MP", "MPs", "MEP", "MSP", "MLA", "MS", "MPP", "MNA", "MHA", "MLC", "MHK", "TD", "KC", "QC", "SC", "SAN", "OBE", "CBE", "MBE", "KBE", "DBE"]);

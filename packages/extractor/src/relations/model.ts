// Types of the relation stage: the rules (data), what a rule match carries, the facts it yields, and
// the per-article context every step reads. Implementation files import these; they define none.
import type { RelationType } from "@backchannel/schema";
import type { Analysis, Sentence, Token } from "../nlp/wink.js";
import type { Lexicon } from "../recognize/lexicon.js";
import type { Actor, ActorMention, Mentions } from "../recognize/model.js";
import type { ArticleMeeting, MeetingMention } from "../recognize/meetings.js";

// ------------------------------------------------------------------ rules

/**
 * Where a pattern rule reads its actors:
 *   subj-obj   the coordinated actors before the trigger, and those right after it
 *   subj       only the actors before the trigger
 *   obj        only the actors right after the trigger ("mediators Qatar, Egypt and the US")
 *   between    the actors after the trigger, paired among themselves ("talks between A and B")
 *   possessor  the actor right before "'s" in the trigger ("Hamas' demand for")
 *   prefix     the actor glued to the trigger by a hyphen ("U.S.-brokered")
 *   hyphen-pair  the two actors joined by a hyphen right before the trigger ("U.S.-Taliban talks")
 */
export type ArgShape = "subj-obj" | "subj" | "obj" | "between" | "possessor" | "prefix" | "hyphen-pair";

/** The relation types a pattern rule can produce (AFFILIATED_WITH comes from mention recognition). */
export type PatternRelation = Exclude<RelationType, "AFFILIATED_WITH" | "PART_OF" | "MENTIONED_IN">;

/** A text a rule must fire on, and one edge (by node names) whose evidence must name the rule. */
export interface FiringExample {
  text: string;
  /** The relation produced when it is not the rule's own type (a hook's MEETS, a MEETS rule's ATTENDS). */
  type?: RelationType;
  source: string;
  /** A node name, or "meeting" for any Meeting node. */
  target: string;
}

/** A rule's own examples: texts it must fire on, and texts it must stay silent on. */
export interface RuleExamples {
  fires: FiringExample[];
  silent: string[];
}

/**
 * A trigger pattern and how to read its arguments. A pattern is a sequence of steps; a step lists the
 * lower-case words it accepts ("met|meets") or names a word class ("@talk-noun"); a trailing "?"
 * makes the step optional and "*" lets it repeat (up to 4 words). "~N" stands for up to N words of a
 * noun phrase ("hosted ~6 talks": "hosted a new round of direct talks"); "lemma+" for a verb's forms
 * ("mediate+": mediate, mediates, mediated, mediating; ./rules/inflect.ts).
 */
export interface PatternRule {
  id: string;
  type: PatternRelation;
  cameo: string;
  pattern: string;
  args: ArgShape;
  confidence: number;
  /** One of these words must follow within 5 tokens ("brokered a ceasefire", not "facilitated the release"). */
  requiresAfter?: string;
  /** How many tokens after the pattern `requiresAfter` looks at, when not 5 ("brought X and Y together"). */
  requiresWithin?: number;
  /** Objects may be places standing for their state ("visited Kigali"). */
  placesAsActors?: boolean;
  /** Actors right after the trigger joined by "alongside"/"with" share the role ("as a mediator alongside Egypt"). */
  alsoAfter?: boolean;
  /** MEDIATES only when the sentence names a meeting or talks ("talks hosted by Norway"). */
  needsMeeting?: boolean;
  /**
   * The rules after it may still read the same trigger: a meeting read off a verb of saying ("told the
   * minister at a meeting that ...") leaves the verb's demand to the demand rules.
   */
  sharesTrigger?: boolean;
  /** The left neighbour must not be one of these ("demands were met"). */
  notAfter?: string;
  /** The word right after the match must not be one of these ("after talks", not "after talks with"). */
  notBefore?: string;
  /** The object must be followed by "to" ("urged Iran to", "pressed Riyadh to"). */
  objThenTo?: boolean;
  /** The object must be followed by "for"; what follows is the demand ("asked Qatar's emir for assurances"). */
  objThenFor?: boolean;
  /** The object must be followed right away by "on" or "over"; what follows is what is pressed for ("pressed Netanyahu on humanitarian aid"). */
  objThenOn?: boolean;
  /** A demand only when "unless"/"until" follows in the clause; what follows it is the demand ("refused to sign unless the rebels ..."). */
  unlessAfter?: boolean;
  /** The object is one or more persons that no "to" or "for" follows: a courtesy call ("called on Vice President Han Zheng"), not a demand. */
  courtesyCall?: boolean;
  /** The object must be followed by "must" or "should" ("said the government must"). */
  objThenMust?: boolean;
  /** The object is read strictly, with no descriptive words before it ("mediators Qatar and Egypt"). */
  strictObject?: boolean;
  /** The subject is the list that opens the sentence ("X arrived in Doha for talks with Y"). */
  subjectFromSentenceStart?: boolean;
  /** The trigger opens the sentence in a phrase; the subject is the list after the phrase's comma ("In a call with Y on Monday, X said"). */
  subjectAfterPhrase?: boolean;
  /** Subjects named together do not meet one another by this rule alone ("X and Y visited Cairo"). */
  subjectsApart?: boolean;
  /** Actors of this rule attend no meeting of the sentence but the one its trigger names ("visited Kigali, where talks ..."; "visited Phnom Penh in February"). */
  noAttends?: boolean;
  /** The demand has no addressee ("of adding new demands to a proposal"). */
  noAddressee?: boolean;
  /** The subject must be a quotation's speaker ("'We want direct talks,' X said"). */
  speakerSubject?: boolean;
  /** The demand is the trigger's own noun phrase ("adding new demands"), its content unsaid. */
  whatInTrigger?: boolean;
}

/** A rule with no pattern of its own: its facts come from a hook of another rule or an article pass. */
export interface DerivedRule {
  id: string;
  type: RelationType;
  cameo?: string;
  /** Absent: the confidence of the pattern rule whose hook emits it. */
  confidence?: number;
  /** What produces it: "hook:<rule id>", "pass:<pass id>" or "recognize:<where>". */
  producedBy: string;
}

export type Rule = PatternRule | DerivedRule;

export interface PatternStep {
  words: ReadonlySet<string>;
  optional: boolean;
  repeat: boolean;
  /** "~N": up to N words of a noun phrase, matched lazily (as few as the next steps allow). */
  gap: number;
}

export interface CompiledRule {
  rule: PatternRule;
  steps: PatternStep[];
  requiresAfter?: ReadonlySet<string>;
  notAfter?: ReadonlySet<string>;
  notBefore?: ReadonlySet<string>;
}

// ------------------------------------------------------------------ facts

/** A fact's target: an actor, one of the article's meetings, or the article itself (a demand of no one named). */
export type FactTarget = { actor: Actor } | { meeting: number } | { article: true };

export interface Fact {
  type: RelationType;
  source: Actor;
  target: FactTarget;
  rule: string;
  confidence: number;
  sent: number;
  /** The token of the trigger that read it (for the event's day); absent for facts of article passes. */
  at?: number;
  cameo?: string;
  what?: string;
  role?: string;
}

/** A demand read from a sentence whose addressee may be settled only once the article is read. */
export interface PendingDemand {
  source: Actor;
  target?: Actor;
  rule: PatternRule;
  sent: number;
  /** The trigger's token. */
  at: number | undefined;
  cameo: string;
  what?: string;
  /** Addressed to people no actor names: the demand is of no one in the article ("urged lawmakers to"). */
  unnamed?: boolean;
  /** Addressed to the parties that held out: the other side among those that signed nothing. */
  holdouts?: boolean;
}

// ------------------------------------------------------------------ chunks and matches

export interface Chunk {
  start: number;
  end: number;
  sent: number;
  head: ActorMention;
  /** "the two sides", "both parties": the article's two opposing parties, resolved when read. */
  pair?: boolean;
  /** "the two men": the two persons named last, resolved when the chunk is made. */
  members?: Actor[];
  /** The persons named before those two, latest first: stand in for members on the clause's subject's own side ("Kobler urged both men"). */
  reserve?: readonly Actor[];
  /** "we", "I", "us" in a quotation: its head is the quotation's speaker (./quotes.ts). */
  speaker?: boolean;
  /** A title phrase opens it and the person's name, set off by a comma, ends it ("the Premier of Greenland, Múte B. Egede"). */
  titledName?: boolean;
}

/** A quotation whose speaker is known: tokens (open, close) and who says it. */
export interface Quotation {
  open: number;
  close: number;
  speaker: Actor;
}

/** One rule match with its arguments read: chunk indexes and the actors they stand for. */
export interface RuleMatch {
  rule: PatternRule;
  /** Sentence index, and the trigger's first and past-last token. */
  s: number;
  ts: number;
  te: number;
  sen: Sentence;
  subj: number[];
  obj: number[];
  S: Actor[];
  O: Actor[];
  /** Subjects named together meet one another when the rule has no object (a hook may say no). */
  subjectsMeet: boolean;
  /** The "to" right after the object ("urged Iran to accept"), or -1. */
  toAt: number;
  /** The object is people no actor names ("urged lawmakers to", "called on all parties to"). */
  unnamedAddressee?: boolean;
  /** The object is the parties that held out ("urged the protest leaders who had not signed to"). */
  holdouts?: boolean;
  /** The that-clause is passive ("insisted that Morsi be reinstated"): its subject is what the demand is
   * about, not who is to act, and the demand names no addressee. */
  passiveClause?: boolean;
  /** Actors the sentence names for one side each ("signed by A and B for the government and by C for the rebels"): no two of one side meet. */
  sides?: readonly (readonly Actor[])[];
}

export interface RelationInput {
  analysis: Analysis;
  mentions: Mentions;
  meetings: ArticleMeeting[];
  meetingMentions: MeetingMention[];
  lex: Lexicon;
}

/** What the relation stage knows of one article: read-only views, then the state the passes build. */
export interface ArticleContext {
  a: Analysis;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  n: number;
  m: Mentions;
  lex: Lexicon;
  meetings: ArticleMeeting[];
  chunks: Chunk[];
  /** Token -> chunk index, or -1. */
  chunkAt: Int32Array;
  /** Quotations whose speaker is known, in text order. */
  quotations: Quotation[];
  /** Sentence -> merged meeting named (or referred back to) in it. */
  meetingsIn: Map<number, number>;
  /** Sentence -> merged meeting named with its place. */
  placedIn: Map<number, number>;
  /** Sentences with any meeting noun. */
  meetingNounIn: Set<number>;
  /** Meeting noun token -> merged meeting. */
  meetingAtNoun: Map<number, number>;
  /** Actor counts in the article, for "the other side" and fallback parties. */
  freq: Map<string, { actor: Actor; n: number; first: number }>;
  /** Non-person actors, most mentioned first. */
  ranked: Actor[];
  /** A person's state, from the title or appositive affiliation (a mediating envoy's state mediates too). */
  personState: Map<string, Actor>;
  /** A person's international organisation. */
  personIntl: Map<string, Actor>;
  personAffil: Map<string, Set<string>>;
  /** The organisations (no state nor organ of one) a person speaks for: colleagues share one. */
  personBodies: Map<string, Set<string>>;
  /** "former Nigerian President X" no longer acts for Nigeria. */
  formerRole: Set<string>;

  // state built while the sentences are read, in order
  facts: Fact[];
  mediatorKeys: Map<string, Actor>;
  /** The first "talks between A and B" of two opposing non-mediators. */
  betweenPair: Actor[] | undefined;
  subjectLists: { sent: number; actors: Actor[] }[];
  consumedMediatorNoun: Set<number>;
  demands: PendingDemand[];
  /**
   * The subject of the last verb read, for a coordinated verb after it; `speaker` when that subject opens
   * a reported clause with a modal ("X said Israel must ..."): the subject before it, the speaker's.
   */
  lastSubj: { sent: number; idx: number[]; speaker?: number[] } | undefined;
  /** The token of the trigger being applied; undefined while the article passes run. */
  at: number | undefined;
}

/** A rule-specific refinement, run by the relation type's apply step (spaCy's `on_match`). */
export type MatchHook = (ctx: ArticleContext, match: RuleMatch) => HookResult;

/**
 * "stop": the hook handled the match (or dropped it); "continue": the generic step goes on; "decline": the
 * hook's guard found the match is not its rule's ("said any deal must" needs a settlement noun), so the
 * trigger stays free for the next rule matching it ("warned Israel it must").
 */
export type HookResult = "stop" | "continue" | "decline";

/** What an apply step did with a match: "declined" (by its rule's hook) leaves the trigger to the next rule. */
export type ApplyResult = "declined" | undefined;

/** An article-level pass run after every sentence is read, in a visible order. */
export interface ArticlePass {
  id: string;
  run: (ctx: ArticleContext) => void;
}

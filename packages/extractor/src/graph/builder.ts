// Accumulates article results into one graph: one node per entity (aliases, articles, roles
// merged), one relationship per (type, source, target) with one evidence entry per sighting.
// Memory holds the graph and nothing per article beyond it.
import { articleKey, type Evidence, type GraphJson, type NodeType, type RelationType } from "@backchannel/schema";
import { nodeKey } from "../util/keys.js";
import type { ArticleResult } from "../resolve/article.js";
import type { FactTarget } from "../relations/model.js";
import { mergeSurnames } from "../resolve/merge.js";
import type { ArticleCopy, EdgeRec, NodeRec } from "./types.js";
import { getOrCreate } from "../util/maps.js";
import { detach } from "../util/strings.js";

export type { EdgeRec, NodeRec } from "./types.js";

/** An evidence sentence of the article being added, copied once however many entries cite it. */
interface SentenceRef {
  sentence: string;
  start: number;
  end: number;
}

/** Adds a distinct value to a relationship's list of wordings or roles, up to 20. */
function addCapped(list: string[], value: string): void {
  if (list.length < 20 && !list.includes(value)) list.push(value);
}

/** Evidence entries kept per relationship (the first ones); the count of all is kept too. */
const MAX_EVIDENCE = 200;

/** A state named by its demonym and "government" ("Moroccan government"): the demonym. */
/** An organ named with its state's possessive: the words after it. */
const OWNED_ORGAN = /^[\p{Lu}][\p{L} .-]*['’]s (\p{L}.*)$/u;
const STATE_BY_GOVERNMENT = /^(\p{Lu}[\p{L}-]+) [Gg]overnment$/u;

/** Articles arrive one at a time: a duplicate of `ev` can only be among the last entries (same article). */
function sameEvidenceInArticle(list: Evidence[], ev: Evidence): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i]!;
    if (x.article !== ev.article) return false;
    if (x.start === ev.start && x.rule === ev.rule) return true;
  }
  return false;
}

export class GraphBuilder {
  readonly nodes = new Map<string, NodeRec>();
  /** Relationships in creation order (looked up through `edgeIndex`). */
  readonly edges: (EdgeRec & { seen: number })[] = [];

  private node(key: string, type: NodeType, name: string): NodeRec {
    return getOrCreate(this.nodes, key, () => ({ key, type, name, aliases: new Set<string>(), articles: [] }));
  }

  /** type -> source -> target -> edge: look-ups without building the "type|source|target" string. */
  private readonly edgeIndex = new Map<string, Map<string, Map<string, EdgeRec & { seen: number }>>>();

  private edge(type: RelationType, source: string, target: string, ev: Evidence, extra?: { what?: string; role?: string; cameo?: string }): void {
    const bySource = getOrCreate(getOrCreate(this.edgeIndex, type, () => new Map()), source, () => new Map());
    let e = bySource.get(target);
    if (!e) {
      e = { type, source, target, evidence: [], seen: 0 };
      bySource.set(target, e);
      this.edges.push(e);
    }
    e.seen++;
    // over every sighting, kept evidence or not
    const when = ev.eventDate ?? ev.date;
    if (when !== undefined) {
      if (e.firstSeen === undefined || when < e.firstSeen) e.firstSeen = when;
      if (e.lastSeen === undefined || when > e.lastSeen) e.lastSeen = when;
    }
    if (e.evidence.length < MAX_EVIDENCE && !sameEvidenceInArticle(e.evidence, ev)) e.evidence.push(ev);
    if (extra?.what) {
      e.what ??= [];
      addCapped(e.what, extra.what);
    }
    if (extra?.role) {
      e.role ??= [];
      addCapped(e.role, extra.role);
    }
    if (extra?.cameo) e.cameo ??= extra.cameo;
  }

  /**
   * MENTIONED_IN: each (node, article) pair is made once, while its article is added (ids are unique
   * per builder), so no index look-up is needed; `linked` holds this article's linked nodes.
   */
  private mention(source: string, target: string, ev: Evidence, linked: Set<string> | undefined): void {
    if (!linked) {
      this.edge("MENTIONED_IN", source, target, ev);
      return;
    }
    if (linked.has(source)) return;
    linked.add(source);
    const e: EdgeRec & { seen: number } = { type: "MENTIONED_IN", source, target, evidence: [ev], seen: 1 };
    if (ev.date) {
      e.firstSeen = ev.date;
      e.lastSeen = ev.date;
    }
    this.edges.push(e);
  }

  /** Puts the MENTIONED_IN edges of one article into the index (rare path: an article id added twice). */
  private indexMentions(aKey: string): void {
    const byType = getOrCreate(this.edgeIndex, "MENTIONED_IN", () => new Map());
    for (const e of this.edges) {
      if (e.type !== "MENTIONED_IN" || e.target !== aKey) continue;
      const bySource = getOrCreate(byType, e.source, () => new Map());
      if (!bySource.has(aKey)) bySource.set(aKey, e);
    }
  }

  /** Syndicated copies, in input order: written as Article nodes of their own at the end (see addCopy). */
  private readonly copies: ArticleCopy[] = [];

  /**
   * A near-duplicate of an article already admitted: it is not extracted, but kept as a source of
   * the same facts. Only recorded here (the original may still be on a worker thread), written by
   * toGraphJson: the original's Article node lists it in `copies`, its own says `duplicateOf`.
   */
  addCopy(c: ArticleCopy): void {
    this.copies.push(c);
  }

  addArticle(r: ArticleResult): void {
    const aKey = articleKey(r.id);
    // an article id added again (a caller's choice) merges through the index like any relationship
    const linked = this.nodes.has(aKey) ? undefined : new Set<string>();
    if (!linked) this.indexMentions(aKey);
    const art = this.node(aKey, "Article", r.title ?? r.id);
    if (art.articles[art.articles.length - 1] !== r.id) art.articles.push(r.id);
    art.extra = {
      ...(r.title ? { title: r.title } : {}),
      ...(r.source ? { source: r.source } : {}),
      ...(r.url ? { url: r.url } : {}),
      ...(r.author ? { author: r.author } : {}),
      ...(r.credits.length ? { credits: r.credits } : {}),
    };
    if (r.date) art.date = r.date;

    // sentence strings are copied out of the article text: a V8 slice would keep the whole text alive
    const cache: (SentenceRef | undefined)[] = [];
    const sentence = (s: number): SentenceRef => {
      let hit = cache[s];
      if (!hit) {
        const sp = r.sentences[s] ?? { start: 0, end: Math.min(r.text.length, 300) };
        hit = { sentence: detach(r.text.slice(sp.start, sp.end)), start: sp.start, end: sp.end };
        cache[s] = hit;
      }
      return hit;
    };
    // written out rather than spread (a spread in the middle of a literal is a generic copy): the same
    // keys in the same order, `date` only for a dated article
    const evidence = (s: number, rule: string, confidence: number | undefined): Evidence => {
      const h = sentence(s);
      return r.date
        ? { article: r.id, sentence: h.sentence, start: h.start, end: h.end, date: r.date, rule, confidence }
        : { article: r.id, sentence: h.sentence, start: h.start, end: h.end, rule, confidence };
    };
    const touch = (n: NodeRec) => {
      // articles arrive one at a time with unique ids: the current one, if present, is the last
      if (n.articles[n.articles.length - 1] !== r.id) n.articles.push(r.id);
    };

    for (const e of r.entities.values()) {
      const n = this.node(e.actor.key, e.actor.type, e.actor.name);
      touch(n);
      for (const s of e.surfaces) {
        if (s !== n.name) n.aliases.add(s);
        // "the Moroccan government" names the state by its demonym: that word alone is a name of it too
        const demonym = e.actor.type === "State" ? STATE_BY_GOVERNMENT.exec(s)?.[1] : undefined;
        if (demonym && demonym !== n.name) n.aliases.add(demonym);
        // "Egypt's General Intelligence Service", "South Korea's foreign ministry": a state's organ also
        // goes by its own words, which the text uses for it once the state is clear
        const own = e.actor.type === "Group" && e.actor.state ? OWNED_ORGAN.exec(s)?.[1] : undefined;
        if (own && own !== n.name) n.aliases.add(own);
      }
      if (e.roles.size) {
        n.roles ??= new Set();
        for (const ro of e.roles) n.roles.add(ro);
      }
      this.mention(n.key, aKey, evidence(e.sent, "mention", 1), linked);
    }
    const meetingKeys: (string | undefined)[] = [];
    const sides = placelessSides(r);
    for (let mi = 0; mi < r.meetings.length; mi++) {
      const m = r.meetings[mi]!;
      // the kind of meeting: the first word of "talks on <day>", the last of "<place> talks"
      const words = m.name.split(" ");
      const noun = (m.placeless ? words[0] : words[words.length - 1])!;
      // a meeting with no place is known by its day and its sides, and kept only when facts name them
      const who = sides.get(mi);
      if (m.placeless && !who) {
        meetingKeys.push(undefined);
        continue;
      }
      const key = nodeKey("Meeting", m.placeless ? `${noun} ${m.date} ${who}` : `${m.place} ${m.date ?? noun}`);
      meetingKeys.push(key);
      const n = this.node(key, "Meeting", m.name);
      touch(n);
      if (m.place) n.place ??= m.place;
      if (m.date) n.date ??= m.date;
      if (r.date && (n.reportedBy === undefined || r.date < n.reportedBy)) n.reportedBy = r.date;
      if (m.endDate && m.endDate !== m.date) n.endDate ??= m.endDate;
      for (const al of m.aliases) if (al !== n.name) n.aliases.add(al);
      this.mention(key, aKey, evidence(m.sents[0] ?? 0, "mention", 1), linked);
    }
    const targetKey = (t: FactTarget): string | undefined => {
      if ("meeting" in t) return meetingKeys[t.meeting];
      if ("article" in t) return aKey;
      return t.actor.key;
    };
    // a fact about a dated meeting happened on the meeting's day; others on the day their sentence gives
    const eventDate = (f: ArticleResult["facts"][number], i: number): string | undefined =>
      ("meeting" in f.target ? r.meetings[f.target.meeting]?.date : undefined) ?? r.factDates[i];
    for (let i = 0; i < r.facts.length; i++) {
      const f = r.facts[i]!;
      const src = f.source.key;
      const tgt = targetKey(f.target);
      if (!tgt || tgt === src) continue;
      // actors appearing only as derived targets (e.g. a state from a visited city) still need a node;
      // the state or movement an organisation is part of is known, not named: it gets no article
      if ("actor" in f.target) {
        const n = this.nodes.get(tgt) ?? this.node(tgt, f.target.actor.type, f.target.actor.name);
        if (f.type !== "PART_OF") touch(n);
      }
      // ("talks between the two Koreas": a member of a plural no mention names is a source too)
      if (!this.nodes.has(src)) touch(this.node(src, f.source.type, f.source.name));
      const ev = evidence(f.sent, f.rule, f.confidence);
      const day = eventDate(f, i);
      if (day) ev.eventDate = day;
      const extra: { what?: string; role?: string; cameo?: string } = {};
      if (f.what) extra.what = f.what;
      if (f.role) extra.role = f.role;
      if (f.cameo) extra.cameo = f.cameo;
      this.edge(f.type, src, tgt, ev, extra);
    }
  }

  get relationshipCount(): number {
    return this.edges.length;
  }

  /** The graph in graphology's serialisation (see shared/ONTOLOGY.md). */
  toGraphJson(): GraphJson {
    const { nodes, edges } = mergeSurnames(this.nodes, this.edges);
    const outNodes: GraphJson["nodes"] = [];
    for (const n of nodes.values()) {
      const attributes: GraphJson["nodes"][number]["attributes"] = {
        type: n.type,
        name: n.name,
        aliases: [...n.aliases].filter((x) => x !== n.name),
        articles: [...n.articles],
      };
      if (n.roles?.size) attributes.roles = [...n.roles];
      if (n.place) attributes.place = n.place;
      if (n.date) attributes.date = n.date;
      if (n.endDate) attributes.endDate = n.endDate;
      if (n.type === "Meeting" && !n.date && n.reportedBy) attributes.reportedBy = n.reportedBy;
      if (n.extra) Object.assign(attributes, n.extra);
      outNodes.push({ key: n.key, attributes });
    }
    addCopies(outNodes, this.copies);
    const outEdges: GraphJson["edges"] = [];
    for (const e of edges) {
      const attributes: GraphJson["edges"][number]["attributes"] = {
        type: e.type,
        evidence: e.evidence,
        articles: [...new Set(e.evidence.map((x) => x.article))],
        sentences: e.evidence.map((x) => x.sentence),
        confidence: Math.max(...e.evidence.map((x) => x.confidence ?? 0)),
      };
      if (e.seen > e.evidence.length) attributes.mentions = e.seen;
      if (e.what?.length) attributes.what = e.what.join("; ");
      if (e.role?.length) attributes.role = e.role.join("; ");
      if (e.cameo) attributes.cameo = e.cameo;
      if (e.firstSeen) attributes.firstSeen = e.firstSeen;
      if (e.lastSeen) attributes.lastSeen = e.lastSeen;
      outEdges.push({ key: `${e.type}:${e.source}->${e.target}`, source: e.source, target: e.target, attributes });
    }
    return { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes: outNodes, edges: outEdges };
  }
}

/**
 * The Article nodes of syndicated copies, and each original's `copies` (an original that failed to
 * extract keeps none). An original that an earlier run extracted and this one did not is written as
 * that run's graph had it (name and metadata), with this run's copies: loaded into the database that
 * holds it, only its `copies` grow.
 */
function addCopies(nodes: GraphJson["nodes"], copies: readonly ArticleCopy[]): void {
  if (!copies.length) return;
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (const c of copies) {
    if (byKey.has(articleKey(c.id))) continue;
    let original = byKey.get(articleKey(c.of));
    if (!original && c.original) {
      const { name, ...metadata } = c.original;
      original = { key: articleKey(c.of), attributes: { type: "Article", name, aliases: [], articles: [c.of], ...metadata } };
      nodes.push(original);
      byKey.set(original.key, original);
    }
    if (!original) continue;
    const list = (original.attributes.copies as string[] | undefined) ?? [];
    original.attributes.copies = [...list, c.id];
    const copy: GraphJson["nodes"][number] = {
      key: articleKey(c.id),
      attributes: { type: "Article", name: c.title ?? c.id, aliases: [], articles: [c.id], duplicateOf: c.of },
    };
    for (const k of ["date", "title", "source", "url", "author"] as const) if (c[k]) copy.attributes[k] = c[k];
    nodes.push(copy);
    byKey.set(copy.key, copy);
  }
}

/** Each placeless meeting's sides, as one sorted key list: who attends, mediates or meets at it. */
function placelessSides(r: ArticleResult): Map<number, string> {
  const sides = new Map<number, Set<string>>();
  for (const f of r.facts) {
    if (!("meeting" in f.target) || !r.meetings[f.target.meeting]?.placeless) continue;
    getOrCreate(sides, f.target.meeting, () => new Set<string>()).add(f.source.key);
  }
  return new Map([...sides].map(([mi, keys]) => [mi, [...keys].sort().join(",")]));
}

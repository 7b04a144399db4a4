// Name resolution, one algorithm for both backends: each supplies candidates from its own index (a
// NameSource), and this decides, so Neo4j and memory mode resolve a name to the same node or fail alike.
import { normName } from "../ids.js";
import type { NodeType } from "../ontology.js";
import type { NodeRef } from "./facts.js";
import { hasAllWords, maxEdits, nameDistance, nameVariants, roleHasTitle, splitTitle } from "./names.js";

/**
 * A name that resolves to no node ("unknown": `candidates` are did-you-mean suggestions, maybe none)
 * or to several ("ambiguous": `candidates` are the nodes it could be). The API answers 404 and 409.
 */
export class NameResolutionError extends Error {
  constructor(
    message: string,
    public readonly candidates: NodeRef[] = [],
    public readonly kind: "unknown" | "ambiguous" = "unknown",
  ) {
    super(message);
    this.name = "NameResolutionError";
  }
}

export interface NameCandidate extends NodeRef {
  aliases: string[];
}

type Maybe<T> = T | Promise<T>;

/** Where a backend finds candidates; never articles. */
export interface NameSource {
  byKey(key: string): Maybe<NodeRef | undefined>;
  /**
   * Nodes with a name or alias that normalises to one of `forms` (normName); `typed` is the name as
   * given, for an index that tokenises differently ("U.S.").
   */
  withForms(forms: string[], typed: string): Maybe<NameCandidate[]>;
  /**
   * Nodes whose name or an alias may contain the name's words or be a mistyped form of it: any
   * superset of those will do (the resolver checks), e.g. a full-text search with fuzzy terms.
   */
  near(name: string): Maybe<NameCandidate[]>;
  /** The people affiliated with a node, with the role of each affiliation. */
  affiliated(key: string): Maybe<{ person: NodeRef; role: string }[]>;
}

const ref = ({ key, type, name, date, place }: NodeRef): NodeRef => ({
  key,
  type,
  name,
  ...(date ? { date } : {}),
  ...(place ? { place } : {}),
});
const byName = (a: NodeRef, b: NodeRef) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
const listed = (xs: NodeRef[]) =>
  xs
    .slice(0, 8)
    .map((c) => `${c.name} (${c.type}, ${c.key})`)
    .join("; ");

/** Several nodes for one name: the only actor among them (a meeting rarely is what is meant), else ambiguous. */
function pickOne(name: string, found: NodeRef[]): NodeRef | undefined {
  const unique = [...new Map(found.map((c) => [c.key, ref(c)])).values()].sort(byName);
  if (unique.length <= 1) return unique[0];
  const actors = unique.filter((c) => c.type !== "Meeting" && c.type !== "Article");
  if (actors.length === 1) return actors[0];
  throw new NameResolutionError(`"${name}" is ambiguous: ${listed(unique)}. Use a key or a fuller name.`, unique, "ambiguous");
}

async function exactly(src: NameSource, name: string, ok: (c: NodeRef) => boolean): Promise<NodeRef | undefined> {
  const norm = normName(name);
  const found = norm ? (await src.withForms([norm], name)).filter(ok) : [];
  if (found.length) return pickOne(name, found);
  const variants = nameVariants(name);
  return variants.length ? pickOne(name, (await src.withForms(variants, name)).filter(ok)) : undefined;
}

/** "Mossad chief": the one person who holds the title there; several are ambiguous; none, the body itself. */
async function byTitle(src: NameSource, name: string, ok: (c: NodeRef) => boolean): Promise<NodeRef | undefined> {
  const titled = splitTitle(name);
  if (!titled) return undefined;
  const owner = await exactly(src, titled.owner, (c) => c.type === "State" || c.type === "Group");
  if (!owner) return undefined;
  const holders = (await src.affiliated(owner.key)).filter((a) => roleHasTitle(a.role, titled.synonyms) && ok(a.person)).map((a) => a.person);
  const unique = [...new Map(holders.map((h) => [h.key, ref(h)])).values()].sort(byName);
  if (unique.length === 1) return unique[0];
  if (unique.length > 1) throw new NameResolutionError(`"${name}" is ambiguous: ${listed(unique)}. Use a key or a fuller name.`, unique, "ambiguous");
  return ok(owner) ? owner : undefined;
}

/** A key, name or alias to exactly one node (of `types`, when given); a NameResolutionError otherwise. */
export async function resolveName(src: NameSource, name: string, types?: readonly NodeType[]): Promise<NodeRef> {
  const ok = (c: NodeRef) => c.type !== "Article" && (!types || types.includes(c.type));
  if (name.includes(":")) {
    const node = await src.byKey(name);
    if (node && (!types || types.includes(node.type))) return ref(node);
  }
  const found = (await exactly(src, name, ok)) ?? (await byTitle(src, name, ok));
  if (found) return found;
  const norm = normName(name);
  if (!norm) throw new NameResolutionError(`no actor or meeting called "${name}" in the graph`);
  const near = (await src.near(name)).filter(ok);
  const forms = (c: NameCandidate) => [c.name, ...c.aliases].map(normName);
  const partial = near.filter((c) => forms(c).some((f) => hasAllWords(norm, f)));
  if (partial.length) {
    const one = pickOne(name, partial);
    if (one) return one;
  }
  const max = maxEdits(norm);
  const scored = near
    .map((c) => ({ c, d: Math.min(...forms(c).map((f) => nameDistance(norm, f))) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || byName(a.c, b.c));
  // The nearest, and those one edit further: "Quatar" suggests Qatar, not every name with a word like it.
  const nearest = scored[0]?.d ?? 0;
  const suggestions = [...new Map(scored.filter((x) => x.d <= nearest + 1).map((x) => [x.c.key, ref(x.c)])).values()].slice(0, 5);
  if (suggestions.length) {
    throw new NameResolutionError(
      `no actor or meeting called "${name}"; did you mean: ${suggestions.map((c) => `${c.name} (${c.key})`).join("; ")}?`,
      suggestions,
      "unknown",
    );
  }
  throw new NameResolutionError(`no actor or meeting called "${name}" in the graph`);
}

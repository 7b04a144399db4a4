// Which articles are extracted: an exact duplicate of an earlier text is dropped, a near-duplicate
// (a syndicated copy: near-duplicates.ts) is kept as a copy of the first, not extracted again;
// every article gets a unique id. With a history (history.ts), "earlier" includes the articles that
// earlier runs extracted: a copy of one of them is kept as its copy too.
import * as crypto from "node:crypto";
import type { ArticleInput } from "../types.js";
import type { ArticleHistory } from "./history.js";
import type { OriginalNode } from "./history-types.js";
import { NearDuplicateIndex, signature } from "./near-duplicates.js";

/** One-shot hashing (crypto.hash, Node >= 20.12) avoids a Hash object per article. */
const oneShot = (crypto as unknown as { hash?: (alg: string, data: string, enc: string) => string }).hash;
const sha1 = (text: string): string => (oneShot ? oneShot("sha1", text, "base64") : crypto.createHash("sha1").update(text).digest("base64"));

/** What the gate decided for an article. */
export type Admission =
  /** Extract it under this id. */
  | { kind: "new"; id: string }
  /**
   * A syndicated copy of the article `of`: not extracted, kept as a source under its own id. `original`:
   * the Article node of an article extracted by an earlier run (from the history), which this run may
   * not extract again.
   */
  | { kind: "copy"; id: string; of: string; similarity: number; original?: OriginalNode }
  /** The same text again: dropped. */
  | { kind: "duplicate" };

export class ArticleGate {
  private readonly texts = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly near = new NearDuplicateIndex();
  duplicates = 0;
  copies = 0;
  /** Of the copies, those of articles that earlier runs extracted (found in the history). */
  earlierCopies = 0;
  /** With a history: the signature of every article admitted as new, by id (what the run leaves for the next). */
  readonly originals = new Map<string, Uint32Array>();

  /**
   * @param nearDuplicates whether near-duplicates are recognised (exact ones always are).
   * @param history the articles earlier runs extracted; only read here (the caller records this run's
   *   originals once its graph is safely written).
   */
  constructor(
    private readonly nearDuplicates = true,
    private readonly history?: ArticleHistory,
  ) {}

  admit(a: ArticleInput): Admission {
    const h = sha1(a.text.trim());
    if (this.texts.has(h)) {
      this.duplicates++;
      return { kind: "duplicate" };
    }
    this.texts.add(h);
    const id = this.uniqueId(a.id);
    const sig = this.nearDuplicates ? signature(a.text) : undefined;
    if (!sig) return { kind: "new", id };
    if (this.history) return this.admitWithHistory(this.history, id, sig);
    const original = this.near.find(sig);
    if (original) {
      this.copies++;
      return { kind: "copy", id, of: original.id, similarity: original.similarity };
    }
    this.near.add(id, sig);
    return { kind: "new", id };
  }

  /**
   * An article the history knows by its id is that article read again (a re-run, a changed file): it
   * is extracted, never a copy of itself. Otherwise the most similar earlier text wins, an earlier
   * run's on a tie (it came first).
   */
  private admitWithHistory(history: ArticleHistory, id: string, sig: Uint32Array): Admission {
    if (!history.has(id)) {
      const earlier = history.find(sig);
      const here = this.near.find(sig);
      if (earlier && (!here || earlier.similarity >= here.similarity)) {
        this.copies++;
        // an earlier run's article that this run extracted again is this run's original
        if (this.originals.has(earlier.article.id)) return { kind: "copy", id, of: earlier.article.id, similarity: earlier.similarity };
        this.earlierCopies++;
        return { kind: "copy", id, of: earlier.article.id, similarity: earlier.similarity, original: earlier.article.node };
      }
      if (here) {
        this.copies++;
        return { kind: "copy", id, of: here.id, similarity: here.similarity };
      }
    }
    this.near.add(id, sig);
    this.originals.set(id, sig);
    return { kind: "new", id };
  }

  private uniqueId(raw: string): string {
    let id = raw.trim() || "article";
    if (this.ids.has(id)) {
      let k = 2;
      while (this.ids.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    this.ids.add(id);
    return id;
  }
}

// Which articles are extracted: an exact duplicate of an earlier text is dropped, a near-duplicate
// (a syndicated copy: near-duplicates.ts) is kept as a copy of the first, not extracted again;
// every article gets a unique id.
import * as crypto from "node:crypto";
import type { ArticleInput } from "../types.js";
import { NearDuplicateIndex, signature } from "./near-duplicates.js";

/** One-shot hashing (crypto.hash, Node >= 20.12) avoids a Hash object per article. */
const oneShot = (crypto as unknown as { hash?: (alg: string, data: string, enc: string) => string }).hash;
const sha1 = (text: string): string => (oneShot ? oneShot("sha1", text, "base64") : crypto.createHash("sha1").update(text).digest("base64"));

/** What the gate decided for an article. */
export type Admission =
  /** Extract it under this id. */
  | { kind: "new"; id: string }
  /** A syndicated copy of the article `of`: not extracted, kept as a source under its own id. */
  | { kind: "copy"; id: string; of: string; similarity: number }
  /** The same text again: dropped. */
  | { kind: "duplicate" };

export class ArticleGate {
  private readonly texts = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly near = new NearDuplicateIndex();
  duplicates = 0;
  copies = 0;

  /** @param nearDuplicates whether near-duplicates are recognised (exact ones always are). */
  constructor(private readonly nearDuplicates = true) {}

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
    const original = this.near.find(sig);
    if (original) {
      this.copies++;
      return { kind: "copy", id, of: original.id, similarity: original.similarity };
    }
    this.near.add(id, sig);
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

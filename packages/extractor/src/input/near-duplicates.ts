// Syndicated copies of one story: the same wire text under another headline, with another byline
// or a paragraph trimmed. MinHash over word shingles estimates how much two texts share (the
// Jaccard similarity of their 5-word shingle sets); locality-sensitive hashing (bands of the
// signature) finds the candidates without comparing every pair. Fixed seeds: the same inputs in the
// same order always give the same answer.

/** Words per shingle: 5 words are rarely shared by chance by two different stories on one topic. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 128;
/** Signature rows per band: 32 bands of 4 find a pair at similarity 0.6 with probability 0.99. */
const ROWS_PER_BAND = 4;
const BANDS = SIGNATURE_SIZE / ROWS_PER_BAND;
/**
 * Estimated Jaccard similarity from which a text is a copy of an earlier one. A wire story under
 * another headline and byline with one paragraph of eight trimmed shares about 0.8 of its shingles;
 * two reports of the same event written apart share under 0.1.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Texts shorter than this (in words) are never called copies: a brief's stock phrases are not a story. */
export const MIN_WORDS = 40;

/** murmur3's finaliser: a good 32-bit mix. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Bits of a shingle's hash that pick its bin (2^7 = 128 bins); the rest is the value kept. */
const BIN_BITS = 7;
const VALUE_MASK = 0xffffffff >>> BIN_BITS;
/** Added per bin skipped when an empty bin borrows a neighbour's minimum (keeps borrowed values apart). */
const BORROW_OFFSET = 0x9e3779b1 >>> BIN_BITS;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Per non-ASCII code point met so far: the UTF-16 units of its lower-case form, with -1 for each
 * character of that form that is no letter or digit. Lower-casing and testing a character costs
 * three allocations and a regular expression; a text repeats the few non-ASCII characters it has.
 */
const FOLDED = new Map<number, readonly number[]>();
const MAX_FOLDED = 20_000;
function folded(cp: number): readonly number[] {
  let units = FOLDED.get(cp);
  if (units === undefined) {
    const out: number[] = [];
    for (const ch of String.fromCodePoint(cp).toLowerCase()) {
      if (WORD_CHAR.test(ch)) for (let k = 0; k < ch.length; k++) out.push(ch.charCodeAt(k));
      else out.push(-1);
    }
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    FOLDED.set(cp, out);
    units = out;
  }
  return units;
}

/** Grown as needed and reused: the word hashes of the text being signed (one article at a time). */
let scratch = new Uint32Array(4096);

/**
 * The FNV-1a hash of every word of the lower-cased text (a word: a run of letters and digits), in
 * one scan without building the lower-cased copy or the word strings (this was a third of the input
 * gate's time), into `scratch`; returns how many. ASCII is folded by arithmetic; any other character
 * is lower-cased on its own, which differs from lower-casing the whole text only for the Greek final
 * sigma.
 */
function hashWords(text: string): number {
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  // at most one word per character ("İ" folds to a letter and a combining mark: a word and its end)
  if (scratch.length < text.length + 1) scratch = new Uint32Array(text.length + 1024);
  const out = scratch;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (inWord) {
        out[n++] = h;
        inWord = false;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    for (const u of folded(cp)) {
      if (u >= 0) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ u, FNV_PRIME);
      } else if (inWord) {
        out[n++] = h;
        inWord = false;
      }
    }
  }
  if (inWord) out[n++] = h;
  return n;
}

/** The FNV-1a hash of every word of the lower-cased text (see hashWords). */
export function wordHashes(text: string): number[] {
  return Array.from(scratch.subarray(0, hashWords(text)));
}

/**
 * The MinHash signature of a text, or undefined for a text too short to be called a copy.
 * One-permutation hashing: each shingle is hashed once, the hash's top bits choose one of
 * SIGNATURE_SIZE bins and each bin keeps its minimum (128 hash functions per shingle cost a fifth of
 * the extractor's time). A bin no shingle fell into borrows the minimum of the next filled bin to its
 * right, offset by the distance ("rotation" densification), so two texts agree on an empty bin only
 * when they agree on the bin it borrows from.
 */
export function signature(text: string): Uint32Array | undefined {
  const count = hashWords(text);
  if (count < MIN_WORDS) return undefined;
  const hashes = scratch;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= count; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = mix32((h ^ hashes[i + k]!) + k);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < sig[bin]!) sig[bin] = value;
  }
  const filled = sig.slice();
  for (let j = 0; j < SIGNATURE_SIZE; j++) {
    if (filled[j] !== 0xffffffff) continue;
    for (let d = 1; d < SIGNATURE_SIZE; d++) {
      const from = filled[(j + d) % SIGNATURE_SIZE]!;
      if (from !== 0xffffffff) {
        sig[j] = (from + d * BORROW_OFFSET) >>> 0;
        break;
      }
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of two signatures: the share of hash functions whose minima agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let j = 0; j < SIGNATURE_SIZE; j++) if (a[j] === b[j]) same++;
  return same / SIGNATURE_SIZE;
}

/** Fewest agreeing minima for the threshold: a comparison stops once more than SIGNATURE_SIZE minus this disagree. */
const MIN_SAME = (() => {
  // counted the way find() compares (same / SIGNATURE_SIZE >= threshold), not by rounding a product
  let n = 0;
  while (n / SIGNATURE_SIZE < NEAR_DUPLICATE_THRESHOLD) n++;
  return n;
})();

/** similarity(a, b) when it is at least the threshold, else -1 (found without comparing the rest). */
function similarityFromThreshold(a: Uint32Array, b: Uint32Array): number {
  let differ = 0;
  for (let j = 0; j < SIGNATURE_SIZE; j++) if (a[j] !== b[j] && ++differ > SIGNATURE_SIZE - MIN_SAME) return -1;
  return (SIGNATURE_SIZE - differ) / SIGNATURE_SIZE;
}

/** Texts remembered per band bucket. */
const BUCKET_CAPACITY = 16;

/** What a removed text's signature is replaced by (indexes stay stable; no bucket points at it). */
const REMOVED = new Uint32Array(0);

/** Remembers the signatures of the texts admitted so far and finds the one a new text copies. */
export class NearDuplicateIndex {
  private readonly signatures: Uint32Array[] = [];
  private readonly ids: string[] = [];
  /** Per band, the texts (by index) whose rows of that band hash to the key. */
  private readonly buckets = new Map<number, number[]>();

  private bandKey(sig: Uint32Array, band: number): number {
    let h = band;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ sig[band * ROWS_PER_BAND + r]!);
    // the band in the high bits: one map serves all bands without collisions between them
    return band * 0x100000000 + h;
  }

  /** The earlier text `sig` is a copy of (the most similar, the first on a tie), with the similarity. */
  find(sig: Uint32Array): { id: string; similarity: number } | undefined {
    let bestIndex = -1;
    let bestSimilarity = -1;
    // texts already compared in this call carry its stamp (a Set per call cost more than the comparisons)
    const stamp = ++this.stamp;
    if (this.seenAt.length < this.signatures.length) {
      const grown = new Uint32Array(Math.max(1024, this.signatures.length * 2));
      grown.set(this.seenAt);
      this.seenAt = grown;
    }
    const seenAt = this.seenAt;
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.buckets.get(this.bandKey(sig, b));
      if (!bucket) continue;
      for (const index of bucket) {
        if (seenAt[index] === stamp) continue;
        seenAt[index] = stamp;
        const s = similarityFromThreshold(sig, this.signatures[index]!);
        if (s >= NEAR_DUPLICATE_THRESHOLD && (s > bestSimilarity || (s === bestSimilarity && index < bestIndex))) {
          bestIndex = index;
          bestSimilarity = s;
        }
      }
    }
    return bestIndex < 0 ? undefined : { id: this.ids[bestIndex]!, similarity: bestSimilarity };
  }

  /** Per text, the last find() that compared it (see find). */
  private seenAt = new Uint32Array(1024);
  private stamp = 0;

  /** Remembers a text; returns its index (for removeAt). */
  add(id: string, sig: Uint32Array): number {
    const index = this.signatures.length;
    this.signatures.push(sig);
    this.ids.push(id);
    for (let b = 0; b < BANDS; b++) {
      const key = this.bandKey(sig, b);
      const bucket = this.buckets.get(key);
      // a full bucket keeps its first texts: a copy is found through the earliest version of its
      // story, and a corpus of many texts sharing stock passages stays linear
      if (bucket) {
        if (bucket.length < BUCKET_CAPACITY) bucket.push(index);
      } else this.buckets.set(key, [index]);
    }
    return index;
  }

  /**
   * Forgets the text added at `index` (an article whose text changed since: its old signature must
   * not be found again). Its places in the buckets are freed, so texts added later can take them.
   */
  removeAt(index: number): void {
    const sig = this.signatures[index];
    if (!sig || sig === REMOVED) return;
    for (let b = 0; b < BANDS; b++) {
      const key = this.bandKey(sig, b);
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      const at = bucket.indexOf(index);
      if (at >= 0) bucket.splice(at, 1);
      if (!bucket.length) this.buckets.delete(key);
    }
    this.signatures[index] = REMOVED;
    this.ids[index] = "";
  }
}

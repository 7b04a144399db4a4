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

/** The seeds of the hash functions: a fixed sequence (splitmix-like), never random. */
const SEEDS = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE);
  let s = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = mix32(s);
  }
  return out;
})();

function wordHash(word: string): number {
  // FNV-1a
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The MinHash signature of a text, or undefined for a text too short to be called a copy. */
export function signature(text: string): Uint32Array | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const hashes = words.map(wordHash);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = mix32((h ^ hashes[i + k]!) + k);
    shingles.add(h);
  }
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const sh of shingles) {
    for (let j = 0; j < SIGNATURE_SIZE; j++) {
      const v = mix32(sh ^ SEEDS[j]!);
      if (v < sig[j]!) sig[j] = v;
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
    let best: { index: number; similarity: number } | undefined;
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      for (const index of this.buckets.get(this.bandKey(sig, b)) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const s = similarity(sig, this.signatures[index]!);
        if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity || (s === best.similarity && index < best.index))) best = { index, similarity: s };
      }
    }
    return best && { id: this.ids[best.index]!, similarity: best.similarity };
  }

  add(id: string, sig: Uint32Array): void {
    const index = this.signatures.length;
    this.signatures.push(sig);
    this.ids.push(id);
    for (let b = 0; b < BANDS; b++) {
      const key = this.bandKey(sig, b);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    }
  }
}

// The near-duplicate history: the signatures of the articles extracted by earlier runs, kept in a
// file, so that a syndicated copy arriving in a later run (a later `extract`, `build` or watch cycle)
// is recognised as a copy of the article extracted before instead of being extracted again.
//
// The file is JSON Lines: a header naming the format and the signature's parameters (signatures made
// with other parameters cannot be compared), then one line per original article. It is only ever
// appended to, one write per run's worth of lines and an fsync, so a crash leaves at worst a torn
// last line, which reading skips (and the next append starts on a line of its own). A line for an id
// already known replaces it (the article's text or metadata changed); reading replays the lines in
// order, so a history read back is exactly the one its writer held in memory. Nothing is written for
// an article that is known unchanged, so running the same inputs again leaves the file as it was.
import { createReadStream } from "node:fs";
import { mkdir, open, rename, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { KnownArticle, OriginalNode } from "./history-types.js";
import { NearDuplicateIndex, SHINGLE_WORDS, SIGNATURE_SIZE } from "./near-duplicates.js";

export type { KnownArticle, OriginalNode } from "./history-types.js";

/** The first line of every history file. */
const HEADER = { history: "backchannel near-duplicates", version: 1, shingleWords: SHINGLE_WORDS, signatureSize: SIGNATURE_SIZE };
const HEADER_LINE = JSON.stringify(HEADER);
const NODE_FIELDS = ["title", "date", "source", "url", "author"] as const;

/** The node with its fields in one order and nothing else: lines and comparisons do not depend on how it was built. */
export function originalNode(attributes: object): OriginalNode {
  const a = attributes as Record<string, unknown>;
  const node: OriginalNode = { name: String(a.name ?? "") };
  for (const k of NODE_FIELDS) if (typeof a[k] === "string" && a[k]) node[k] = a[k] as string;
  return node;
}

function encodeSignature(sig: Uint32Array): string {
  const bytes = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt32LE(sig[i]!, i * 4);
  return bytes.toString("base64");
}

function decodeSignature(text: unknown): Uint32Array | undefined {
  if (typeof text !== "string") return undefined;
  const bytes = Buffer.from(text, "base64");
  if (bytes.length !== SIGNATURE_SIZE * 4 || bytes.toString("base64") !== text) return undefined;
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = bytes.readUInt32LE(i * 4);
  return sig;
}

const lineOf = (a: KnownArticle): string => JSON.stringify({ id: a.id, signature: encodeSignature(a.signature), node: originalNode(a.node) });

/** A line of the file as an article, or undefined when it is not one (torn by a crash, or edited by hand). */
function parseLine(line: string): KnownArticle | undefined {
  let v: { id?: unknown; signature?: unknown; node?: { name?: unknown } & Record<string, unknown> };
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  const signature = decodeSignature(v?.signature);
  if (!signature || typeof v.id !== "string" || !v.id || typeof v.node?.name !== "string" || !v.node.name) return undefined;
  return { id: v.id, signature, node: originalNode(v.node) };
}

function sameArticle(a: KnownArticle, b: KnownArticle): boolean {
  if (a.id !== b.id || a.signature.length !== b.signature.length) return false;
  for (let i = 0; i < a.signature.length; i++) if (a.signature[i] !== b.signature[i]) return false;
  return JSON.stringify(originalNode(a.node)) === JSON.stringify(originalNode(b.node));
}

export class ArticleHistory {
  private readonly index = new NearDuplicateIndex();
  /** Per id, the article and its place in the index. */
  private readonly known = new Map<string, { article: KnownArticle; at: number }>();
  /** Lines of the file that could not be read (a write torn by a crash): skipped. */
  damaged = 0;

  private constructor(
    /** Where the history is kept; undefined: in memory only. */
    readonly file: string | undefined,
  ) {}

  /** A history kept in memory only (it forgets everything when the process ends). */
  static inMemory(): ArticleHistory {
    return new ArticleHistory(undefined);
  }

  /**
   * Reads the history kept in `file` (none yet when the file does not exist). Throws, naming the file,
   * when it is not a history of this format: its signatures could not be compared with today's.
   */
  static async open(file: string): Promise<ArticleHistory> {
    const h = new ArticleHistory(file);
    const size = await stat(file).then(
      (s) => s.size,
      (e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return 0;
        throw new Error(`cannot read the near-duplicate history ${file}: ${e.message}`);
      },
    );
    if (!size) return h;
    const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
    let first = true;
    for await (const line of lines) {
      if (first) {
        first = false;
        if (line !== HEADER_LINE) {
          lines.close();
          throw new Error(`${file} is not a near-duplicate history of this version (its first line should be ${HEADER_LINE})`);
        }
        continue;
      }
      if (!line) continue;
      const article = parseLine(line);
      if (article) h.apply(article);
      else h.damaged++;
    }
    return h;
  }

  /** How many articles it knows. */
  get size(): number {
    return this.known.size;
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  get(id: string): KnownArticle | undefined {
    return this.known.get(id)?.article;
  }

  /** The known article `sig` is a near-duplicate of (the most similar; the earliest on a tie). */
  find(sig: Uint32Array): { article: KnownArticle; similarity: number } | undefined {
    const hit = this.index.find(sig);
    const known = hit && this.known.get(hit.id);
    return known ? { article: known.article, similarity: hit.similarity } : undefined;
  }

  private apply(a: KnownArticle): void {
    const old = this.known.get(a.id);
    if (old) {
      this.index.removeAt(old.at);
      // a Map keeps insertion order: the replaced article moves to the end, as its line is in the file
      this.known.delete(a.id);
    }
    this.known.set(a.id, { article: a, at: this.index.add(a.id, a.signature) });
  }

  /**
   * Remembers articles extracted by a run that succeeded: written to the file first (so memory is never
   * ahead of it), then taken in. Articles known unchanged are left out. Returns how many were written.
   */
  async record(articles: readonly KnownArticle[]): Promise<number> {
    const fresh: KnownArticle[] = [];
    const pending = new Map<string, KnownArticle>();
    for (const a of articles) {
      const current = pending.get(a.id) ?? this.known.get(a.id)?.article;
      if (current && sameArticle(current, a)) continue;
      pending.set(a.id, a);
      fresh.push(a);
    }
    if (!fresh.length) return 0;
    if (this.file) await appendLines(this.file, fresh.map(lineOf));
    for (const a of fresh) this.apply(a);
    return fresh.length;
  }
}

/**
 * Appends whole lines in one write and syncs them. A new file is made with its header through a
 * temporary file and a rename, so a header is never torn; a file whose last line was torn gets a line
 * break first, so the torn line stays a line of its own that reading skips.
 */
async function appendLines(file: string, lines: string[]): Promise<void> {
  const body = `${lines.join("\n")}\n`;
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (!size) {
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${HEADER_LINE}\n${body}`, { flush: true });
    await rename(tmp, file);
    return;
  }
  const fh = await open(file, "a+");
  try {
    const last = Buffer.alloc(1);
    await fh.read(last, 0, 1, size - 1);
    await fh.write(last[0] === 0x0a ? body : `\n${body}`);
    await fh.datasync();
  } finally {
    await fh.close();
  }
}

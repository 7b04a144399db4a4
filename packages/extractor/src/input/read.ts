// Walks files and directories and yields articles, one at a time (JSON Lines are streamed line by
// line), or a problem naming the file and the reason. Nothing here throws for bad input.
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { FileProblem, PageSource } from "../types.js";
import { articlesFromFeed } from "./feed.js";
import { EXTENSIONS, InputError, articleFromHtml, articleFromMarkdown, articleFromObject, articlesFromJson, type ArticleRecord } from "./formats.js";
import { feedItemsWithPages, isUrlList, urlListArticles, type PageItem } from "./pages.js";

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type InputItem = { kind: "article"; article: ArticleRecord; file: string } | { kind: "problem"; problem: FileProblem } | { kind: "file"; file: string };

const KNOWN = new Set<string>(EXTENSIONS);
const decoder = new TextDecoder("utf-8", { fatal: true });

function decode(buf: Uint8Array): string {
  // binary: NUL bytes in the first 8 KB
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) throw new InputError("binary file (NUL bytes), not text");
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    throw new InputError("invalid UTF-8");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function* walk(path: string, problems: FileProblem[]): AsyncGenerator<string> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    problems.push({ file: path, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  if (st.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (e) {
      problems.push({ file: path, reason: `cannot list directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith(".")) continue;
      yield* walk(join(path, name), problems);
    }
    return;
  }
  yield path;
}

/**
 * Yields every article in `paths` (files and directories, recursively) and every problem. With
 * `pages`, feed items take their text from their pages and URL lists are read (pages.ts).
 */
export async function* readInputs(paths: string[], maxFileBytes = DEFAULT_MAX_FILE_BYTES, pages?: PageSource): AsyncGenerator<InputItem> {
  for (const root of paths) {
    const problems: FileProblem[] = [];
    for await (const file of walk(root, problems)) {
      while (problems.length) yield { kind: "problem", problem: problems.shift()! };
      yield { kind: "file", file };
      yield* readFile(file, maxFileBytes, pages);
    }
    while (problems.length) yield { kind: "problem", problem: problems.shift()! };
  }
}

/** A whole file as text; InputError for binary or invalid UTF-8, other errors for what the system says. */
export async function readText(file: string, size: number): Promise<string> {
  const fh = await open(file, "r");
  try {
    const buf = new Uint8Array(size);
    const { bytesRead } = await fh.read(buf, 0, size, 0);
    return decode(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

async function* readFile(file: string, maxFileBytes: number, pages: PageSource | undefined): AsyncGenerator<InputItem> {
  const ext = extname(file).toLowerCase();
  const name = basename(file, extname(file));
  const problem = (reason: string): InputItem => ({ kind: "problem", problem: { file, reason } });
  if (!KNOWN.has(ext)) {
    yield problem(`unknown extension "${ext || "(none)"}" (expected .txt, .md, .html, .json, .jsonl, .rss, .atom, .xml or .urls)`);
    return;
  }
  if (ext === ".urls" && !pages) {
    yield problem("a list of URLs: add --fetch to fetch its pages and read them");
    return;
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    yield problem(`cannot read: ${(e as Error).message}`);
    return;
  }
  if (size === 0) {
    yield problem("empty file");
    return;
  }
  if (ext === ".jsonl" || ext === ".ndjson") {
    yield* readJsonLines(file, name, maxFileBytes);
    return;
  }
  if (size > maxFileBytes) {
    yield problem(`file too large (${size} bytes, limit ${maxFileBytes})`);
    return;
  }
  let text: string;
  try {
    text = await readText(file, size);
  } catch (e) {
    yield problem(e instanceof InputError ? e.message : `cannot read: ${(e as Error).message}`);
    return;
  }
  if (!text.trim()) {
    yield problem("empty file (only whitespace)");
    return;
  }
  yield* parseFile(file, ext, name, text, pages);
}

/** The articles of one file's text, by its extension. */
async function* parseFile(file: string, ext: string, name: string, text: string, pages: PageSource | undefined): AsyncGenerator<InputItem> {
  const problem = (reason: string): InputItem => ({ kind: "problem", problem: { file, reason } });
  const fromPages = (item: PageItem): InputItem => ("article" in item ? { kind: "article", article: item.article, file } : problem(item.problem));
  try {
    let articles: ArticleRecord[];
    if (pages && (ext === ".urls" || (ext === ".txt" && isUrlList(text)))) {
      for await (const item of urlListArticles(text, name, pages)) yield fromPages(item);
      return;
    }
    if (ext === ".rss" || ext === ".atom" || ext === ".xml") {
      articles = articlesFromFeed(text, name, { linkOnly: pages !== undefined });
      if (pages) {
        for await (const item of feedItemsWithPages(articles, pages)) yield fromPages(item);
        return;
      }
    } else if (ext === ".json") articles = articlesFromJson(text, name);
    else if (ext === ".html" || ext === ".htm") articles = [articleFromHtml(text, name)];
    else if (ext === ".md" || ext === ".markdown") articles = [articleFromMarkdown(text, name)];
    else articles = [{ id: name, text }];
    for (const article of articles) yield { kind: "article", article, file };
  } catch (e) {
    // a JSON array with one bad element: report it, keep the others
    yield problem(e instanceof InputError ? e.message : `cannot parse: ${(e as Error).message}`);
  }
}

async function* readJsonLines(file: string, name: string, maxRecordBytes: number): AsyncGenerator<InputItem> {
  const stream = createReadStream(file);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let good = 0;
  const bad: string[] = [];
  let binary = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (!line.trim()) continue;
      if (line.includes("\u0000")) {
        binary = true;
        break;
      }
      if (line.includes("\ufffd")) {
        bad.push(`line ${lineNo}: invalid UTF-8`);
        continue;
      }
      if (line.length > maxRecordBytes) {
        bad.push(`line ${lineNo}: record too large (${line.length} characters, limit ${maxRecordBytes})`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        bad.push(`line ${lineNo}: malformed JSON (${(e as Error).message})`);
        continue;
      }
      try {
        yield { kind: "article", article: articleFromObject(value, `${name}-${lineNo}`), file };
        good++;
      } catch (e) {
        bad.push(`line ${lineNo}: ${(e as Error).message}`);
      }
    }
  } catch (e) {
    yield { kind: "problem", problem: { file, reason: `cannot read: ${(e as Error).message}` } };
    return;
  } finally {
    lines.close();
    stream.destroy();
  }
  if (binary) {
    yield { kind: "problem", problem: { file, reason: `binary content (NUL bytes) at line ${lineNo}${good ? `; ${good} articles before it were read` : ""}` } };
    return;
  }
  if (bad.length) {
    const shown = bad.slice(0, 5).join("; ");
    yield { kind: "problem", problem: { file, reason: `${bad.length} bad line(s): ${shown}${bad.length > 5 ? ` (+${bad.length - 5} more)` : ""}` } };
  } else if (!good) {
    yield { kind: "problem", problem: { file, reason: "no articles (empty JSON Lines file)" } };
  }
}

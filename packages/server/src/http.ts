// Small HTTP helpers: JSON responses with safe headers, bounded bodies, static files without traversal.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** Extra response headers (`Allow` of a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  // The viewer loads only its own scripts; the layout worker is a blob: URL; exports are data:/blob: URLs.
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** For bodies serialised once and sent many times (the in-memory graph). */
export function sendJsonText(res: ServerResponse, status: number, data: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(data);
}

/**
 * `application/json`, optionally with a UTF-8 charset, and nothing else. A browser sends text/plain
 * (even "text/plain; application/json") across sites without asking first; application/json it may
 * only send after a CORS preflight, which this server never grants.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(";").map((p) => p.trim().toLowerCase());
  if (type !== "application/json") return false;
  return params.every((p) => /^charset=("?)utf-8\1$/.test(p));
}

export async function readJsonBody(req: IncomingMessage, maxBytes = 1_000_000): Promise<unknown> {
  if (!isJsonContentType(req.headers["content-type"])) throw new HttpError(415, "send the body as application/json (charset utf-8 if any)");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `request body over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "the body is not valid JSON", "body");
  }
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** Serves a file under `root`; paths that escape it are 404, directories serve index.html. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<boolean> {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, "the path is not valid percent-encoding");
  }
  if (decoded.includes("\0")) throw new HttpError(400, "the path contains a NUL character");
  let file = normalize(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return false;
  try {
    let s = await stat(file);
    if (s.isDirectory()) {
      file = join(file, "index.html");
      s = await stat(file);
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
      "Content-Length": s.size,
      "Cache-Control": file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    });
    createReadStream(file).pipe(res);
    return true;
  } catch {
    return false;
  }
}

// A news site for the fetch tests, on 127.0.0.1 (port 0): nothing leaves the machine. It serves the
// fixture feed and pages, and the ways real sites fail (a page gone, a server error, a PDF, a page that
// never answers, one too large, a redirect), and counts what it is asked, with the most requests it
// had open at once. Its robots.txt is what the test says (none: a 404), with a private section.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

const FIXTURES = join(__dirname, "fixtures", "pages");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

export interface LocalSite {
  base: string;
  /** Requests per path. */
  requests: Map<string, number>;
  /** User-Agent of the last request. */
  userAgent: string | undefined;
  /** The most requests in progress at once. */
  maxActive: number;
  close(): Promise<void>;
}

const html = (res: ServerResponse, body: string) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(body);
};

/** What the site answers for /robots.txt: a file, or a status with no file (404 when not given). */
export interface SiteOptions {
  robots?: string | { status: number };
}

/** Answers a request by its path (the slow page never). */
function route(req: IncomingMessage, res: ServerResponse, base: string, opts: SiteOptions): void {
  const path = new URL(req.url ?? "/", base).pathname;
  if (path === "/robots.txt" && opts.robots !== undefined) {
    if (typeof opts.robots === "string") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end(opts.robots);
    } else {
      res.writeHead(opts.robots.status, { "content-type": "text/plain" });
      res.end("no robots.txt here");
    }
  } else if (path.startsWith("/private/")) {
    html(res, `<!doctype html><html><body><article><p>Private page ${path}: Norway hosted talks in Oslo.</p></article></body></html>`);
  } else if (path === "/to-private") {
    res.writeHead(302, { location: "/private/dossier" });
    res.end();
  } else if (path === "/feed.rss") {
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
    res.end(fixture("dispatch.rss").replaceAll("{{BASE}}", base));
  } else if (path === "/world/cairo-truce") html(res, fixture("cairo-truce.html"));
  else if (path === "/world/istanbul") html(res, fixture("istanbul.html"));
  else if (path === "/old/istanbul") {
    res.writeHead(301, { location: "/world/istanbul" });
    res.end();
  } else if (path === "/world/gone") {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  } else if (path === "/broken") {
    res.writeHead(500, { "content-type": "text/html" });
    res.end("<h1>Internal error</h1>");
  } else if (path === "/report.pdf") {
    res.writeHead(200, { "content-type": "application/pdf" });
    res.end("%PDF-1.4");
  } else if (path === "/slow") {
    // never answered: the fetcher's timeout has to end it
  } else if (path === "/huge") {
    // no Content-Length: the cap has to be found while reading
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = `<p>${"x".repeat(16 * 1024)}</p>\n`;
    // 64 chunks, about 1 MiB, written as the client reads them
    let left = 64;
    const more = () => {
      while (left > 0) {
        left--;
        if (!res.write(chunk)) return void res.once("drain", more);
      }
      res.end();
    };
    res.on("error", () => undefined);
    more();
  } else if (path === "/declared-huge") {
    // a Content-Length over the cap: refused before the body is read
    res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
    res.write("<p>");
  } else if (path === "/latin1") {
    // an older site: Latin-1, said in the Content-Type
    res.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
    res.end(Buffer.from("<html><body><p>Caf\u00e9 talks in Bogot\u00e1.</p></body></html>", "latin1"));
  } else if (path === "/meta-charset") {
    // the charset only in a meta tag
    res.writeHead(200, { "content-type": "text/html" });
    res.end(
      Buffer.concat([
        Buffer.from('<!doctype html><html><head><meta charset="windows-1252"></head><body><p>'),
        Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
        Buffer.from("</p></body></html>"),
      ]),
    );
  } else if (path.startsWith("/p/")) {
    // pages that take a while, so overlapping requests would show
    setTimeout(() => html(res, `<!doctype html><html><body><article><p>Page ${path.slice(3)}: Norway hosted talks in Oslo.</p></article></body></html>`), 40);
  } else {
    res.writeHead(404);
    res.end();
  }
}

export async function startLocalSite(opts: SiteOptions = {}): Promise<LocalSite> {
  let active = 0;
  const site: LocalSite = { base: "", requests: new Map(), userAgent: undefined, maxActive: 0, close: async () => undefined };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", site.base).pathname;
    site.requests.set(path, (site.requests.get(path) ?? 0) + 1);
    site.userAgent = req.headers["user-agent"];
    site.maxActive = Math.max(site.maxActive, ++active);
    let closed = false;
    const done = () => {
      if (!closed) active--;
      closed = true;
    };
    res.on("finish", done);
    res.on("close", done);
    route(req, res, site.base, opts);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise<void>((resolve) => {
      // the slow page's connection never ends by itself
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return site;
}

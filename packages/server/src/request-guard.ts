// Checks every request passes before any route sees it: a request target that parses, a Host header
// that names this server (DNS rebinding), and for requests that act, an Origin from this server
// (cross-site requests). Each failure is an HttpError with a 4xx status.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { HttpError } from "./http.js";

/** The request target as a URL; a target that does not parse is the client's error (400), never a crash. */
export function parseTarget(req: IncomingMessage): URL {
  const target = req.url ?? "/";
  try {
    // Origin-form ("/path?q") is resolved against a fixed base by string, so "//[" stays a path rather
    // than becoming a protocol-relative URL with a broken host; absolute-form must parse on its own.
    return target.startsWith("/") ? new URL(`http://localhost${target}`) : new URL(target);
  } catch {
    throw new HttpError(400, "the request target is not a valid URL");
  }
}

/** The host name of a Host header or of an Origin's host part, lower case, without port or IPv6 brackets. */
function hostName(hostAndPort: string): string | undefined {
  try {
    return new URL(`http://${hostAndPort}`).hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Host names this server answers to: `localhost`, the bound address when it is a name, and the names
 * configured (`--allow-host`). Any IP literal is accepted: DNS rebinding needs a name that resolves to
 * this machine, and a page served from an IP address is that address's origin anyway.
 */
export function hostAllowed(host: string | undefined, names: ReadonlySet<string>): boolean {
  // No Host header: HTTP/1.0 tools; every browser sends one.
  if (host === undefined) return true;
  const name = hostName(host);
  if (name === undefined || name === "") return false;
  return isIP(name) !== 0 || name === "localhost" || name.endsWith(".localhost") || names.has(name);
}

export function allowedHostNames(bound: string, extra: readonly string[] = []): Set<string> {
  const names = new Set(extra.map((h) => h.trim().toLowerCase()).filter(Boolean));
  if (isIP(bound) === 0) names.add(bound.toLowerCase());
  return names;
}

export function checkHost(req: IncomingMessage, names: ReadonlySet<string>): void {
  if (!hostAllowed(req.headers.host, names)) {
    throw new HttpError(
      403,
      `this server does not answer to the host ${JSON.stringify(req.headers.host)}; use its address or localhost, or start it with --allow-host NAME`,
    );
  }
}

/**
 * A browser names the page that sent a request in Origin; one from another site must not run queries
 * here. Tools that send no Origin (curl, scripts) are not browsers and pass.
 */
export function checkOrigin(req: IncomingMessage): void {
  const site = req.headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site") throw new HttpError(403, "cross-site requests are not allowed");
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    throw new HttpError(403, `requests from the origin ${JSON.stringify(origin)} are not allowed`);
  }
  if (originHost !== (req.headers.host ?? "").toLowerCase()) {
    throw new HttpError(403, `requests from the origin ${JSON.stringify(origin)} are not allowed`);
  }
}

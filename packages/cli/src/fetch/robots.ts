// robots.txt as RFC 9309 reads it: groups of rules, each for the user agents named in its
// `user-agent` lines; a crawler obeys the groups naming its product token (case-insensitively, all
// of them combined), else the `*` groups, else nothing. Of the rules matching a URL's path and query,
// the longest pattern decides, and `allow` wins a tie; `*` matches any run of characters and a final
// `$` anchors the end. Pure functions: fetching and caching the file is robots-policy.ts's.
import type { RobotsGroup, RobotsRule } from "./types.js";

/** RFC 9309 §2.5: at least 500 KiB of a robots.txt must be parsed; past that it is cut. */
export const MAX_ROBOTS_BYTES = 512 * 1024;

/** The product token of a User-Agent ("Backchannel/0.1.0 (…)" is "Backchannel"): what robots.txt groups name. */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0] ?? "";
}

/** Percent escapes in upper case, characters outside printable ASCII percent-encoded: patterns and paths compare alike. */
function normalise(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase()).replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** The groups of a robots.txt, in file order. Rules before any user-agent line and unknown lines are ignored. */
export function parseRobots(text: string): RobotsGroup[] {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | undefined;
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === "user-agent") {
      // consecutive user-agent lines share one group; one after rules starts the next
      if (!current || current.rules.length) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      const agent = value === "*" ? "*" : productToken(value).toLowerCase();
      if (agent) current.agents.push(agent);
    } else if ((key === "allow" || key === "disallow") && current && value) {
      // an empty value matches nothing (`Disallow:` allows everything)
      current.rules.push({ allow: key === "allow", pattern: normalise(value), line: `${key === "allow" ? "Allow" : "Disallow"}: ${value}` });
    }
  }
  return groups;
}

/** The rules that apply to `token`: every group naming it, combined; else every `*` group; else none. */
export function rulesFor(groups: readonly RobotsGroup[], token: string): RobotsRule[] {
  const mine = token.toLowerCase();
  const named = groups.filter((g) => g.agents.includes(mine));
  return (named.length ? named : groups.filter((g) => g.agents.includes("*"))).flatMap((g) => g.rules);
}

/**
 * Whether `pattern` matches `path` from its start (to its end with a final `$`). Greedy wildcard
 * matching with one backtrack point: time at most the product of the two lengths, whatever the
 * pattern (a regular expression built from a file could backtrack far longer).
 */
export function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  // unanchored: a prefix match, as if the pattern ended in `*`
  const pat = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < path.length) {
    if (j < pat.length && pat[j] !== "*" && pat[j] === path[i]) {
      i++;
      j++;
    } else if (j < pat.length && pat[j] === "*") {
      star = j++;
      mark = i;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (j < pat.length && pat[j] === "*") j++;
  return j === pat.length;
}

/** The rule that decides for a URL's path and query (the longest matching pattern, `allow` on a tie), or undefined: allowed. */
export function decidingRule(rules: readonly RobotsRule[], pathAndQuery: string): RobotsRule | undefined {
  const path = normalise(pathAndQuery);
  let best: RobotsRule | undefined;
  for (const r of rules) {
    if (!patternMatches(r.pattern, path)) continue;
    if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow && !best.allow)) best = r;
  }
  return best;
}

// Reads gold annotations and checks their shape, so that a typo in a hand-written gold file is
// reported by name instead of silently scoring as a miss.
import type { Gold, GoldRef } from "./types.js";

export class GoldFormatError extends Error {
  constructor(public readonly problems: string[]) {
    super(`gold breaks its format: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}`);
    this.name = "GoldFormatError";
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");

/** The ids a gold reference names ("*" names no entity). */
export const refIds = (ref: GoldRef): readonly string[] => (typeof ref === "string" ? [ref] : ref);

const LIST_KEYS = ["entities", "optional_entities", "mediates", "optional_mediates"] as const;
const PAIR_KEYS = ["meets", "optional_meets", "demands", "optional_demands", "affiliated", "optional_affiliated"] as const;
const ARTICLE_KEYS = new Set<string>([...LIST_KEYS, ...PAIR_KEYS, "demand_what"]);

/** Checks a parsed gold value; throws GoldFormatError listing every problem found. */
export function validateGold(value: unknown): Gold {
  const problems: string[] = [];
  if (!isObject(value) || !isObject(value.entities) || !isObject(value.articles)) {
    throw new GoldFormatError(["expected an object with `entities` and `articles` objects"]);
  }
  for (const [id, e] of Object.entries(value.entities)) {
    if (!isObject(e) || typeof e.type !== "string" || !isStringList(e.names)) problems.push(`entities.${id}: needs a type and names[]`);
  }
  const known = value.entities;
  const checkRef = (where: string, ref: unknown, star: boolean) => {
    const ids = typeof ref === "string" ? [ref] : ref;
    if (!isStringList(ids) || ids.length === 0) {
      problems.push(`${where}: expected an id or a list of ids`);
      return;
    }
    for (const id of ids) if (!(id in known) && !(star && id === "*")) problems.push(`${where}: unknown entity ${JSON.stringify(id)}`);
  };
  for (const [art, a] of Object.entries(value.articles)) {
    if (!isObject(a)) {
      problems.push(`articles.${art}: expected an object`);
      continue;
    }
    for (const key of Object.keys(a)) if (!ARTICLE_KEYS.has(key)) problems.push(`articles.${art}.${key}: unknown key`);
    for (const key of LIST_KEYS) {
      const list = a[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) problems.push(`articles.${art}.${key}: expected a list`);
      else {
        list.forEach((ref, i) => {
          checkRef(`articles.${art}.${key}[${i}]`, ref, false);
        });
      }
    }
    for (const key of PAIR_KEYS) {
      const list = a[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) problems.push(`articles.${art}.${key}: expected a list`);
      else {
        list.forEach((pair, i) => {
          const where = `articles.${art}.${key}[${i}]`;
          if (!Array.isArray(pair) || pair.length !== 2) problems.push(`${where}: expected a pair`);
          else {
            checkRef(where, pair[0], false);
            checkRef(where, pair[1], key.endsWith("demands"));
          }
        });
      }
    }
    checkDemandWhat(`articles.${art}.demand_what`, a.demand_what, checkRef, problems);
  }
  if (problems.length) throw new GoldFormatError(problems);
  return value as unknown as Gold;
}

function checkDemandWhat(where: string, list: unknown, checkRef: (w: string, ref: unknown, star: boolean) => void, problems: string[]): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    problems.push(`${where}: expected a list`);
    return;
  }
  list.forEach((entry, i) => {
    const at = `${where}[${i}]`;
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[2] !== "string" || !entry[2].trim()) {
      problems.push(`${at}: expected [demander, target or "*", "the demand"]`);
      return;
    }
    checkRef(at, entry[0], false);
    checkRef(at, entry[1], true);
  });
}

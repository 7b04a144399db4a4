// Argument parsing from the command table, with the project's own messages: every mistake is named
// before anything connects to Neo4j or reads a file.
import { isIsoDate } from "@backchannel/schema";
import type { CommandSpec, OptionSpec, ParsedArgs } from "./types.js";

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

function numberValue(name: string, o: OptionSpec, raw: string, cmd: CommandSpec): number {
  const n = raw.trim() === "" ? Number.NaN : Number(raw);
  const what = o.integer ? "a whole number" : "a number";
  const range = o.min !== undefined && o.max !== undefined ? ` from ${o.min} to ${o.max}` : o.min !== undefined ? ` of at least ${o.min}` : "";
  if (!Number.isFinite(n) || (o.integer && !Number.isInteger(n)) || (o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
    throw new UsageError(`--${name} needs ${what}${range} (got ${JSON.stringify(raw)})`, cmd);
  }
  return n;
}

function lookupOption(cmd: CommandSpec, token: string): [string, OptionSpec] {
  const long = token.startsWith("--");
  const name = long ? token.slice(2) : token.slice(1);
  const found = Object.entries(cmd.options).find(([n, o]) => (long ? n === name : o.short === name));
  if (!found) throw new UsageError(`${cmd.name} has no option ${token}`, cmd);
  return found;
}

/** Parses `argv` (the words after the command's name) against the command's table entry. */
export function parseCommandArgs(cmd: CommandSpec, argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const values: ParsedArgs["values"] = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith("-") || token === "-") {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const [name, o] = lookupOption(cmd, eq > 0 ? token.slice(0, eq) : token);
    if (o.kind === "flag") {
      if (eq > 0) throw new UsageError(`--${name} takes no value`, cmd);
      values[name] = true;
      continue;
    }
    const raw = eq > 0 ? token.slice(eq + 1) : argv[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value${o.value ? ` (${o.value})` : ""}`, cmd);
    if (o.kind === "number") values[name] = numberValue(name, o, raw, cmd);
    else if (o.kind === "date") {
      if (!isIsoDate(raw)) throw new UsageError(`--${name} needs a date YYYY-MM-DD (got ${JSON.stringify(raw)})`, cmd);
      values[name] = raw;
    } else if (o.kind === "list") values[name] = [...((values[name] as string[] | undefined) ?? []), raw];
    else {
      if (o.choices && !o.choices.includes(raw)) throw new UsageError(`--${name} must be ${o.choices.join(", ")} (got ${JSON.stringify(raw)})`, cmd);
      values[name] = raw;
    }
  }
  for (const [a, b] of cmd.conflicts ?? []) {
    if (values[a] !== undefined && values[b] !== undefined) throw new UsageError(`--${a} and --${b} cannot be used together`, cmd);
  }
  const { min, max } = cmd.positionals;
  if (positionals.length < min || positionals.length > max) {
    const want = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
    throw new UsageError(`${cmd.name} takes ${want} argument${want === "1" ? "" : "s"} (${cmd.args}), got ${positionals.length}`, cmd);
  }
  const parsed = { positionals, values };
  cmd.check?.(parsed);
  return parsed;
}

// Usage text, generated from the command table so that it cannot list a command or an option that
// dispatch does not know.
import type { CommandSpec, OptionSpec } from "./types.js";

const optionWords = (name: string, o: OptionSpec) => `--${name}${o.kind === "flag" ? "" : ` ${o.value ?? "VALUE"}`}`;

export function synopsis(c: CommandSpec): string {
  const opts = Object.entries(c.options).map(([n, o]) => `[${optionWords(n, o)}]`);
  return ["backchannel", c.name, c.args, ...opts].filter(Boolean).join(" ");
}

export function usage(commands: readonly CommandSpec[]): string {
  const line = (c: CommandSpec) => `  ${`backchannel ${c.name} ${c.args}`.trimEnd().padEnd(44)} ${c.summary}`;
  return `backchannel: news articles about mediation and negotiation, as a knowledge graph in Neo4j

Usage:
${commands
  .filter((c) => c.group === "commands")
  .map(line)
  .join("\n")}

Lookups (every answer carries its evidence sentences and article ids; add --format json|csv):
${commands
  .filter((c) => c.group === "lookups")
  .map(line)
  .join("\n")}

  backchannel <command> --help                 a command's options
  backchannel --version                        the version

Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; when NEO4J_URI is unset a local
Neo4j 5.26 Community server is started from Maven Central artifacts (Java 17 and mvn needed).

Pages: extract and build --fetch fetch the pages behind feed items and the URLs of .urls lists
(4 requests at once, one per site) into .backchannel/cache/pages (--cache-dir), each once
(--refetch asks again); extraction then reads them from there, never from the network.
`;
}

export function commandHelp(c: CommandSpec): string {
  const rows = Object.entries(c.options).map(([n, o]) => {
    const words = `${o.short ? `-${o.short}, ` : "    "}${optionWords(n, o)}`;
    return `  ${words.padEnd(28)} ${o.help}`;
  });
  const aliases = c.aliases?.length ? `\nAlso: ${c.aliases.map((a) => `backchannel ${a}`).join(", ")}\n` : "";
  return `usage: ${synopsis(c)}\n\n${c.summary}\n${aliases}${rows.length ? `\nOptions:\n${rows.join("\n")}\n` : ""}`;
}

// The `backchannel` command line: dispatch from the command table (./commands.ts), and the mapping of
// errors to messages and exit codes (2: how the command was called; 1: what happened when it ran).
import { LauncherError } from "@backchannel/neo4j-local";
import { DatabaseUnavailableError, NameResolutionError, QueryFailedError, QueryRefusedError, QueryTimeoutError } from "@backchannel/store";
import { parseCommandArgs, UsageError } from "./args.js";
import { COMMANDS, findCommand } from "./commands.js";
import { log } from "./connect.js";
import { commandHelp, synopsis, usage } from "./usage.js";
import { version } from "./version.js";

export { parseParams, viewerDir } from "./run-commands.js";
export { version } from "./version.js";

const HELP = new Set(["--help", "-h"]);

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) {
    process.stderr.write(usage(COMMANDS));
    return 2;
  }
  if (HELP.has(cmd) || cmd === "help") {
    const about = rest[0] === undefined ? undefined : findCommand(rest[0]);
    process.stdout.write(about ? commandHelp(about) : usage(COMMANDS));
    return 0;
  }
  if (cmd === "--version" || cmd === "-V" || cmd === "version") {
    process.stdout.write(`backchannel ${version()}\n`);
    return 0;
  }
  const spec = findCommand(cmd);
  try {
    if (!spec) throw new UsageError(`unknown command "${cmd}"`);
    const end = rest.indexOf("--");
    if ((end < 0 ? rest : rest.slice(0, end)).some((a) => HELP.has(a))) {
      process.stdout.write(commandHelp(spec));
      return 0;
    }
    return await spec.run(parseCommandArgs(spec, rest));
  } catch (err) {
    if (err instanceof UsageError) {
      const about = err.command ?? spec;
      log(`backchannel${about ? ` ${about.name}` : ""}: ${err.message}`);
      process.stderr.write(about ? `usage: ${synopsis(about)}\n(backchannel ${about.name} --help for more)\n` : usage(COMMANDS));
      return 2;
    }
    if (err instanceof QueryRefusedError) {
      log(`backchannel: query refused: ${err.message}`);
      return 1;
    }
    if (
      err instanceof QueryTimeoutError ||
      err instanceof QueryFailedError ||
      err instanceof DatabaseUnavailableError ||
      err instanceof NameResolutionError ||
      err instanceof LauncherError
    ) {
      log(`backchannel: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

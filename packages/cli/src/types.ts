// The shapes of the command table: one entry per command drives its usage line, its --help, the
// parsing and checking of its arguments, and the function that runs it. Also the watch's options and results.
import type { ArticleHistory, FileProblem } from "@backchannel/extractor";
import type { LoadSummary } from "@backchannel/store";
import type { FetchSettings, FetchSummary } from "./fetch/types.js";

export interface OptionSpec {
  /** flag: present or not; string: one value; number: one value checked as a number; date: an ISO day; list: repeatable. */
  kind: "flag" | "string" | "number" | "date" | "list";
  short?: string;
  /** The value's name in usage ("N", "FILE"). */
  value?: string;
  help: string;
  /** Numbers: whole numbers only, and the smallest and largest accepted. */
  integer?: boolean;
  min?: number;
  max?: number;
  /** Strings: the accepted values. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  /** Option values by long name: true for flags, a number for numbers, string[] for lists. */
  values: Record<string, string | number | boolean | string[] | undefined>;
}

export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  group: "commands" | "lookups";
  /** Positional arguments as usage shows them: "<paths...>", "<actor>". */
  args: string;
  /** How many positionals are accepted. */
  positionals: { min: number; max: number };
  summary: string;
  options: Record<string, OptionSpec>;
  /** Options that cannot be given together. */
  conflicts?: readonly (readonly [string, string])[];
  /** Checks that need more than counts, done before anything connects; throws UsageError. */
  check?: (a: ParsedArgs) => void;
  run: (a: ParsedArgs) => Promise<number>;
}

export interface WatchOptions {
  /** How often the folder is scanned (default 2,000 ms); a file is read once it held still for one scan. */
  intervalMs?: number;
  maxFileBytes?: number;
  /** The articles extracted before (each file's run reads it, and records its own once loaded); none: copies are found within a file only. */
  history?: ArticleHistory;
  /** With --fetch: the pages behind a feed's items and a URL list's lines are fetched before the file is extracted. */
  fetch?: FetchSettings;
  /** Stops the watch. */
  signal?: AbortSignal;
  /** Each file read, as it was extracted and loaded. */
  onResult?: (r: WatchResult) => void;
  /** After every scan (tests wait on it). */
  onScan?: () => void;
}

/** What reading one file gave. */
export interface WatchResult {
  file: string;
  articles: number;
  copies: number;
  failed: FileProblem[];
  nodes: number;
  relationships: number;
  /** What the load changed; absent when the file gave nothing to load. */
  load?: LoadSummary;
  /** With --fetch, for a file that names pages: how many were fetched, already cached, failed. */
  fetched?: FetchSummary;
}

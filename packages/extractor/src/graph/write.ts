// Writes graph.json node by node and edge by edge, so the whole document is never one string.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
import type { GraphJson } from "@backchannel/schema";

export async function writeGraphJson(graph: GraphJson, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const out = createWriteStream(file, { encoding: "utf8" });
  const errored = new Promise<never>((_, reject) => out.once("error", reject));
  let buf = "";
  const write = async (s: string) => {
    buf += s;
    if (buf.length < 1 << 16) return;
    const chunk = buf;
    buf = "";
    if (!out.write(chunk)) await Promise.race([once(out, "drain"), errored]);
  };
  const run = async () => {
    await write(`{"attributes":${JSON.stringify(graph.attributes ?? {})},"options":${JSON.stringify(graph.options)},\n"nodes":[`);
    let first = true;
    for (const n of graph.nodes) {
      await write(`${first ? "\n" : ",\n"}${JSON.stringify(n)}`);
      first = false;
    }
    await write(`\n],\n"edges":[`);
    first = true;
    for (const e of graph.edges) {
      await write(`${first ? "\n" : ",\n"}${JSON.stringify(e)}`);
      first = false;
    }
    await write("\n]}\n");
    if (buf) out.write(buf);
    out.end();
    await Promise.race([once(out, "finish"), errored]);
  };
  await run();
}

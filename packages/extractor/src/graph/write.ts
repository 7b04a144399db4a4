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
  // JSON text is gathered in ~1 MB chunks synchronously; the stream is awaited only when it asks
  // for a pause (one microtask per chunk, not per node or edge)
  let buf = "";
  const flush = async () => {
    const chunk = buf;
    buf = "";
    if (!out.write(chunk)) await Promise.race([once(out, "drain"), errored]);
  };
  const run = async () => {
    buf = `{"attributes":${JSON.stringify(graph.attributes ?? {})},"options":${JSON.stringify(graph.options)},\n"nodes":[`;
    let first = true;
    for (const n of graph.nodes) {
      buf += (first ? "\n" : ",\n") + JSON.stringify(n);
      first = false;
      if (buf.length >= 1 << 20) await flush();
    }
    buf += `\n],\n"edges":[`;
    first = true;
    for (const e of graph.edges) {
      buf += (first ? "\n" : ",\n") + JSON.stringify(e);
      first = false;
      if (buf.length >= 1 << 20) await flush();
    }
    buf += "\n]}\n";
    await flush();
    out.end();
    await Promise.race([once(out, "finish"), errored]);
  };
  await run();
}

// Writes graph.json node by node and edge by edge, so the whole document is never one string.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
import type { GraphJson } from "@backchannel/schema";

/** Bytes gathered before a write. */
const CHUNK_BYTES = 4 << 20;

export async function writeGraphJson(graph: GraphJson, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const errored = new Promise<never>((_, reject) => out.once("error", reject));
  // Each node's and edge's JSON is encoded straight into a chunk buffer: concatenating the strings
  // and handing the stream a 1 MB string made V8 flatten it and the stream encode it, a third of the
  // writing. The stream keeps a chunk it is given, so every chunk is a new buffer; it is awaited
  // only when it asks for a pause (one microtask per chunk, not per node or edge).
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let paused = false;
  const send = (b: Buffer) => {
    if (!out.write(b)) paused = true;
  };
  const put = (s: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a string that might not fit starts the next chunk
    if (used + 3 * s.length > CHUNK_BYTES) {
      send(chunk.subarray(0, used));
      chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      used = 0;
      if (3 * s.length > CHUNK_BYTES) {
        send(Buffer.from(s, "utf8"));
        return;
      }
    }
    used += chunk.write(s, used, "utf8");
  };
  const drained = async () => {
    paused = false;
    await Promise.race([once(out, "drain"), errored]);
  };
  put(`{"attributes":${JSON.stringify(graph.attributes ?? {})},"options":${JSON.stringify(graph.options)},\n"nodes":[`);
  let first = true;
  for (const n of graph.nodes) {
    put(first ? "\n" : ",\n");
    put(JSON.stringify(n));
    first = false;
    if (paused) await drained();
  }
  put(`\n],\n"edges":[`);
  first = true;
  for (const e of graph.edges) {
    put(first ? "\n" : ",\n");
    put(JSON.stringify(e));
    first = false;
    if (paused) await drained();
  }
  put("\n]}\n");
  send(chunk.subarray(0, used));
  out.end();
  await Promise.race([once(out, "finish"), errored]);
}

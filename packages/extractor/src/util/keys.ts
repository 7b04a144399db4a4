// Memoised node keys: slugify (NFKD + regular expressions) is costly and the same names recur in
// every article (states, organisations, frequent persons). Bounded, so memory stays flat.
import { nodeKey as schemaNodeKey, type NodeType } from "@backchannel/schema";

const memo = new Map<string, string>();
const MAX = 50_000;

export function nodeKey(type: NodeType, name: string): string {
  const k = `${type}\u0000${name}`;
  let v = memo.get(k);
  if (v === undefined) {
    v = schemaNodeKey(type, name);
    if (memo.size >= MAX) memo.clear();
    memo.set(k, v);
  }
  return v;
}

// A row's content hash: what a reload compares instead of merging the row again. A node or relationship
// stores the hash of the last row merged into it; merging is a set-union, so after merging row R the
// database holds everything R brings, and R's hash on the node says so until another row is merged in.
// The label (or type) is hashed too, and a relationship row carries its endpoints' keys, so a hash found
// anywhere among a label's nodes (a type's relationships) can only be that row's own node (relationship).
import { hash } from "node:crypto";

/**
 * SHA-1 as base64url (27 characters): collisions are not a practical concern here, and the one-shot
 * `hash` is the cheapest digest Node has for short inputs (a reload hashes every row before anything
 * else). `parts` are joined with a NUL, which no key, name or JSON text holds unescaped.
 */
export function contentHash(kind: string, parts: readonly string[]): string {
  let text = kind;
  for (const p of parts) text += `\0${p}`;
  return hash("sha1", text, "base64url");
}

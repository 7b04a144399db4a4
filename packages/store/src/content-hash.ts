// A row's content hash: what a reload compares instead of merging the row again. A node or relationship
// stores the hash of the last row merged into it; merging is a set-union, so after merging row R the
// database holds everything R brings, and R's hash on the node says so until another row is merged in.
// The label (or type) is hashed too, and a relationship row carries its endpoints' keys, so a hash found
// anywhere among a label's nodes (a type's relationships) can only be that row's own node (relationship).
import { createHash } from "node:crypto";

/** 128 bits of SHA-256 as base64url (22 characters): collisions are not a practical concern. */
export function contentHash(kind: string, row: unknown): string {
  return createHash("sha256").update(kind).update("\n").update(JSON.stringify(row)).digest("base64url").slice(0, 22);
}

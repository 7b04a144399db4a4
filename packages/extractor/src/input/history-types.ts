// Types of the near-duplicate history (history.ts): what one run leaves for the next so that a
// syndicated copy arriving later is recognised as a copy of an article extracted before.

/**
 * The Article node of an article extracted in an earlier run, as that run's graph wrote it. A later
 * run that meets a copy of it writes this node again with the copy in its `copies`: the same name
 * and metadata, so that loading it into a database that holds the original changes only `copies`
 * (a load overwrites a node's name and scalar properties with what it brings).
 */
export interface OriginalNode {
  name: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  author?: string;
}

/** An article extracted before (an original, not a copy): its MinHash signature and its node. */
export interface KnownArticle {
  id: string;
  /** Its text's signature (near-duplicates.ts): SIGNATURE_SIZE values. */
  signature: Uint32Array;
  node: OriginalNode;
}

// A small Cypher tokenizer for syntax highlighting, and example queries. A full parser (e.g. the
// Neo4j CodeMirror language) weighs megabytes; colouring only needs tokens.

export type TokenKind = "keyword" | "function" | "string" | "number" | "comment" | "param" | "label" | "variable" | "punct" | "space" | "text";
export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    "MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY SKIP LIMIT ASC DESC ASCENDING DESCENDING DISTINCT AND OR XOR NOT IN IS NULL " +
    "TRUE FALSE CASE WHEN THEN ELSE END STARTS ENDS CONTAINS EXISTS UNION ALL CALL YIELD " +
    "CREATE MERGE DELETE DETACH SET REMOVE FOREACH LOAD CSV"
  ).split(" "),
);

/** Writing clauses: the server refuses them, the box warns before sending. */
export const WRITE_KEYWORDS = ["CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "FOREACH", "LOAD"];

const RULES: [TokenKind, RegExp][] = [
  ["space", /\s+/y],
  ["comment", /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y],
  ["string", /'(?:[^'\\]|\\.)*(?:'|$)|"(?:[^"\\]|\\.)*(?:"|$)/y],
  ["number", /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
  ["param", /\$[\p{L}_][\p{L}\p{N}_]*/uy],
  // ":Label" / ":REL_TYPE" (also after "|" in [r:A|B])
  ["label", /[:|]\s*(?:`[^`]*`|[\p{L}_][\p{L}\p{N}_]*)/uy],
  ["variable", /`[^`]*(?:`|$)/y],
  ["text", /[\p{L}_][\p{L}\p{N}_]*/uy],
  ["punct", /[^\s\p{L}\p{N}_]/uy],
];

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  while (at < src.length) {
    let matched = false;
    for (const [kind, re] of RULES) {
      re.lastIndex = at;
      const m = re.exec(src);
      if (!m || m[0].length === 0) continue;
      let k = kind;
      const text = m[0];
      if (kind === "label" && text.startsWith("|") && !/^\|\s*[\p{Lu}_`]/u.test(text)) {
        // "|" followed by a lowercase word is an operator-ish pipe, not a relationship type.
        out.push({ kind: "punct", text: "|" });
        at += 1;
        matched = true;
        break;
      }
      if (kind === "text") {
        if (KEYWORDS.has(text.toUpperCase())) k = "keyword";
        else if (src[at + text.length] === "(") k = "function";
        else k = "variable";
      }
      out.push({ kind: k, text });
      at += text.length;
      matched = true;
      break;
    }
    if (!matched) {
      out.push({ kind: "text", text: src[at]! });
      at++;
    }
  }
  return out;
}

/** True when the query has a writing clause outside strings and comments. */
export function looksLikeWrite(src: string): boolean {
  return tokenize(src).some((t) => t.kind === "keyword" && WRITE_KEYWORDS.includes(t.text.toUpperCase()));
}

export const EXAMPLE_QUERIES: { title: string; cypher: string }[] = [
  { title: "Who mediates which meeting", cypher: "MATCH (a)-[r:MEDIATES]->(m:Meeting)\nRETURN a, r, m\nLIMIT 50" },
  { title: "Qatar's neighbourhood", cypher: "MATCH (s:State {id: 'state:qatar'})-[r]-(x)\nWHERE NOT x:Article\nRETURN s, r, x" },
  { title: "Who demands what of whom", cypher: "MATCH (a)-[r:DEMANDS]->(b)\nRETURN a.name AS who, r.what AS demand, b.name AS of_whom, r" },
  { title: "People and their roles", cypher: "MATCH (p:Person)-[r:AFFILIATED_WITH]->(g)\nRETURN p, r, g, r.role AS role" },
  { title: "Meetings by date", cypher: "MATCH (m:Meeting)\nRETURN m.name AS meeting, m.place AS place, m.date AS date, m\nORDER BY m.date" },
];

/**
 * An error as the status line says it: once, without a doubled prefix ("Error: Cypher error: …" was
 * the server's "Cypher error: …" with the page's own "Error: " before it), and without a JavaScript
 * error's "Error: " when the message already names what failed.
 */
export function errorText(message: string): string {
  const text = message.replace(/^(Error:\s*)+/i, "").trim();
  return /^[\w ]*(error|refused|timeout|timed out)\b[^:]*:/i.test(text) ? text : `Error: ${text}`;
}

// The Cypher box: a plain <textarea> over a <pre> that shows the same text coloured by the
// tokenizer. The textarea keeps native editing, undo and accessibility; the <pre> is decoration.
import { tokenize } from "../cypher/index.js";
import { h, replace } from "./dom.js";

export function attachHighlighter(textarea: HTMLTextAreaElement, pre: HTMLElement): () => void {
  const paint = () => {
    // A trailing newline in a <pre> collapses; the extra space keeps both boxes the same height.
    replace(
      pre,
      tokenize(textarea.value).map((t) => (t.kind === "space" || t.kind === "text" ? t.text : h("span", { className: `tok-${t.kind}` }, t.text))),
      " ",
    );
    pre.scrollTop = textarea.scrollTop;
    pre.scrollLeft = textarea.scrollLeft;
  };
  textarea.addEventListener("input", paint);
  textarea.addEventListener("scroll", () => {
    pre.scrollTop = textarea.scrollTop;
    pre.scrollLeft = textarea.scrollLeft;
  });
  paint();
  return paint;
}

/** Renders one cell of a query result: nodes and relationships by name, other values as text. */
export function cellText(value: unknown, nameOf: (key: string) => string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  const attrs = (v.attributes ?? v.properties) as Record<string, unknown> | undefined;
  const key = typeof v.key === "string" ? v.key : typeof v.id === "string" ? v.id : typeof attrs?.id === "string" ? (attrs.id as string) : undefined;
  // The server's row values: {_type: "node", key, ...}, {_type: "relationship", type, what, role,
  // cameo, articles, sentences}, {_type: "path", nodes: [keys]}.
  if (v._type === "relationship") {
    const extra = [v.what && `what: ${v.what}`, v.role && `role: ${v.role}`, v.cameo && `CAMEO ${v.cameo}`].filter(Boolean).join(", ");
    const evidence = Array.isArray(v.sentences) ? ` · ${v.sentences.length} evidence` : "";
    return `${String(v.type ?? "relationship")}${extra ? ` (${extra})` : ""}${evidence}`;
  }
  if (v._type === "path" && Array.isArray(v.nodes)) return v.nodes.map((k) => nameOf(String(k)) ?? String(k)).join(" — ");
  if (typeof v.source === "string" && typeof v.target === "string") {
    const type = (attrs?.type ?? v.type ?? "") as string;
    return `${nameOf(v.source) ?? v.source} -[${type}]-> ${nameOf(v.target) ?? v.target}`;
  }
  if (key && (attrs || nameOf(key))) return nameOf(key) ?? String(attrs?.name ?? key);
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The node key inside a cell, when the cell is a node (for click-to-select). */
export function cellNodeKey(value: unknown, has: (key: string) => boolean): string | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.source === "string") return null;
  const attrs = (v.attributes ?? v.properties) as Record<string, unknown> | undefined;
  for (const k of [v.key, v.id, attrs?.id]) if (typeof k === "string" && has(k)) return k;
  return null;
}

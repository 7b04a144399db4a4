// Just enough XML for feeds: elements, attributes, text and CDATA, built into a small tree in one
// forward pass (every search is an indexOf that moves forward), so any input, however malformed,
// is read in time linear in its size. Not a validating parser: an end tag closes the nearest open
// element of its name, a stray one is ignored, and what is unclosed at the end is closed there.
import { decodeHTML } from "entities";
import { attributes } from "./tag-scanner.js";
import type { XmlElement } from "./types.js";

/** Deeper elements are read as text of their ancestor at this depth: closing tags stay O(1) each. */
const MAX_DEPTH = 32;

const NAME_END = /[\s/>]/;

function elementName(inner: string): string {
  let k = 0;
  while (k < inner.length && !NAME_END.test(inner[k]!)) k++;
  return inner.slice(0, k).toLowerCase();
}

/** The document element of an XML text, or undefined when it has none. */
export function parseXml(xml: string): XmlElement | undefined {
  const root: XmlElement = { name: "", attrs: new Map(), children: [], text: "" };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  const addText = (s: string) => {
    if (s) top().text += s;
  };
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) {
      addText(decodeHTML(xml.slice(pos)));
      break;
    }
    addText(decodeHTML(xml.slice(pos, lt)));
    if (xml.startsWith("<![CDATA[", lt)) {
      const close = xml.indexOf("]]>", lt + 9);
      addText(xml.slice(lt + 9, close < 0 ? xml.length : close));
      pos = close < 0 ? xml.length : close + 3;
      continue;
    }
    const skipTo = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<?", lt) ? "?>" : xml.startsWith("<!", lt) ? ">" : undefined;
    if (skipTo) {
      const close = xml.indexOf(skipTo, lt + 2);
      pos = close < 0 ? xml.length : close + skipTo.length;
      continue;
    }
    const gt = xml.indexOf(">", lt + 1);
    if (gt < 0) break;
    const inner = xml.slice(lt + 1, gt);
    pos = gt + 1;
    if (inner.startsWith("/")) {
      const name = elementName(inner.slice(1));
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name !== name) continue;
        stack.length = i;
        break;
      }
      continue;
    }
    const name = elementName(inner);
    if (!name) continue;
    if (stack.length > MAX_DEPTH) continue;
    const el: XmlElement = { name, attrs: attributes(inner), children: [], text: "" };
    top().children.push(el);
    if (!inner.endsWith("/")) stack.push(el);
  }
  return root.children.find((c) => c.name);
}

/** The first child element of one of these names (lower case, prefix included: "content:encoded"). */
export function child(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const n of names) {
    const found = el.children.find((c) => c.name === n);
    if (found) return found;
  }
  return undefined;
}

/** The trimmed text of the first child of one of these names that has some. */
export function childText(el: XmlElement, ...names: string[]): string | undefined {
  for (const n of names) {
    for (const c of el.children) if (c.name === n && c.text.trim()) return c.text.trim();
  }
  return undefined;
}

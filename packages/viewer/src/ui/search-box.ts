// An accessible autocomplete (ARIA combobox + listbox) over the local search index. Used three
// times: the main search and the two path-finder endpoints.
import { NODE_COLORS, type NodeType } from "@backchannel/schema";
import { search, type SearchEntry, type SearchHit, suggest } from "../search/index.js";
import { h, replace } from "./dom.js";

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  index: () => readonly SearchEntry[];
  /** Asks the server instead of the local index (explore mode: the page does not hold the graph). */
  remote?: (text: string) => Promise<SearchHit[]>;
  onSelect: (hit: SearchHit) => void;
  types?: () => readonly NodeType[] | undefined;
  limit?: number;
}

export interface SearchBox {
  /** Shows `name` in the input without searching (e.g. restoring a path endpoint from the URL). */
  setText(name: string): void;
  close(): void;
}

export function createSearchBox(o: SearchBoxOptions): SearchBox {
  let hits: SearchHit[] = [];
  /** The text that matched nothing (then `hits` are did-you-mean suggestions), or null. */
  let missed: string | null = null;
  let active = -1;
  o.input.setAttribute("role", "combobox");
  o.input.setAttribute("aria-autocomplete", "list");
  o.input.setAttribute("aria-expanded", "false");
  o.input.setAttribute("aria-controls", o.list.id);
  o.input.autocomplete = "off";
  o.list.setAttribute("role", "listbox");

  const close = () => {
    hits = [];
    missed = null;
    active = -1;
    replace(o.list);
    o.list.hidden = true;
    o.input.setAttribute("aria-expanded", "false");
    o.input.removeAttribute("aria-activedescendant");
  };

  const choose = (hit: SearchHit) => {
    o.input.value = hit.name;
    close();
    o.onSelect(hit);
  };

  const option = (hit: SearchHit, i: number) =>
    h(
      "li",
      {
        id: `${o.list.id}-opt-${i}`,
        role: "option",
        className: missed === null ? "search-result" : "search-result search-suggestion",
        "data-key": hit.key,
        "aria-selected": String(i === active),
        // mousedown, not click: fires before the input's blur closes the list.
        onmousedown: ((ev: MouseEvent) => {
          ev.preventDefault();
          choose(hit);
        }) as EventListener,
      },
      h("span", { className: "dot", style: `background:${NODE_COLORS[hit.type]}`, "aria-hidden": "true" }),
      h("span", { className: "name" }, hit.name),
      hit.alias ? h("span", { className: "alias" }, ` (${hit.alias})`) : null,
      h("span", { className: "type" }, hit.type),
    );

  /** A miss says so, and offers the names it may have meant, instead of an empty list. */
  const missNote = () =>
    missed === null
      ? null
      : h(
          "li",
          { role: "presentation", className: "search-empty", "aria-live": "polite" },
          hits.length ? `No match for “${missed}”. Did you mean:` : `No match for “${missed}”.`,
        );

  const render = () => {
    replace(o.list, missNote(), hits.map(option));
    const open = hits.length > 0 || missed !== null;
    o.list.hidden = !open;
    o.input.setAttribute("aria-expanded", String(open));
    if (active >= 0) o.input.setAttribute("aria-activedescendant", `${o.list.id}-opt-${active}`);
    else o.input.removeAttribute("aria-activedescendant");
  };

  let asked = 0;
  o.input.addEventListener("input", () => {
    const text = o.input.value;
    const types = o.types?.();
    if (o.remote) {
      // The latest keystroke's answer wins; an older one arriving late is dropped.
      const ask = ++asked;
      if (!text.trim()) return close();
      void o.remote(text).then(
        (found) => {
          if (ask !== asked) return;
          hits = types ? found.filter((x) => types.includes(x.type)) : found;
          missed = hits.length ? null : text.trim();
          active = hits.length ? 0 : -1;
          render();
        },
        () => undefined,
      );
      return;
    }
    hits = search(o.index(), text, { limit: o.limit ?? 12, types });
    missed = hits.length || !text.trim() ? null : text.trim();
    if (missed !== null) hits = suggest(o.index(), text, { limit: 5, types });
    active = hits.length ? 0 : -1;
    render();
  });
  o.input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (ev.key === "Enter") {
      const hit = hits[active];
      if (hit) {
        ev.preventDefault();
        choose(hit);
      }
    } else if (ev.key === "Escape") close();
  });
  o.input.addEventListener("blur", () => setTimeout(close, 100));
  close();
  return {
    setText: (name) => {
      o.input.value = name;
    },
    close,
  };
}

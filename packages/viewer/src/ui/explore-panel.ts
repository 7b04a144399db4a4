// The sidebar's explore section: where to start (the most connected actors; the search box above asks
// the server), how far to walk, and the nodes taken off the picture.
import { NODE_COLORS } from "@backchannel/schema";
import type { RankedActor } from "@backchannel/schema";
import type { ViewState } from "../state/types.js";
import { byId, h, replace } from "./dom.js";

export interface ExplorePanelActions {
  start(key: string): void;
  setDepth(depth: number): void;
  unhide(key: string): void;
  /** Back to nothing drawn but the pinned nodes. */
  clear(): void;
}

export interface ExplorePanel {
  setTop(actors: RankedActor[] | string): void;
  sync(s: ViewState, nameOf: (key: string) => string): void;
}

export function createExplorePanel(act: ExplorePanelActions): ExplorePanel {
  const root = byId("explore");
  root.hidden = false;
  const depth = byId<HTMLSelectElement>("explore-depth");
  replace(
    depth,
    [1, 2, 3].map((d) => h("option", { value: String(d) }, `${d} step${d === 1 ? "" : "s"}`)),
  );
  depth.addEventListener("change", () => act.setDepth(Number(depth.value)));
  byId("explore-clear").addEventListener("click", () => act.clear());
  /** Names of hidden nodes, remembered when they were hidden: the graph no longer holds them. */
  const names = new Map<string, string>();
  return {
    setTop(actors) {
      const list = byId("explore-top");
      if (typeof actors === "string") return replace(list, h("li", { className: "muted", "data-state": "error" }, actors));
      replace(
        list,
        actors.map((a) =>
          h(
            "li",
            { "data-key": a.key },
            h(
              "button",
              { type: "button", className: "link top-actor", onclick: () => act.start(a.key), title: `Start from ${a.name}` },
              h("span", { className: "dot", style: `background:${NODE_COLORS[a.type]}`, "aria-hidden": "true" }),
              a.name,
            ),
            h("span", { className: "count" }, ` ${a.degree}`),
          ),
        ),
      );
    },
    sync(s, nameOf) {
      depth.value = String(s.depth);
      for (const k of s.hidden) if (!names.has(k)) names.set(k, nameOf(k));
      replace(
        byId("explore-hidden"),
        s.hidden.length
          ? [
              h("h3", {}, `Hidden (${s.hidden.length})`),
              h(
                "ul",
                { className: "hidden-nodes" },
                s.hidden.map((k) =>
                  h(
                    "li",
                    { "data-key": k },
                    names.get(k) ?? k,
                    " ",
                    h("button", { type: "button", className: "link small", onclick: () => act.unhide(k) }, "show"),
                  ),
                ),
              ),
            ]
          : null,
      );
    },
  };
}

// Brokers and communities in the page: the sidebar's controls (size by, colour by), the top brokers,
// and the legend's communities when nodes are coloured by them.
import { communityColor, type NetworkMeasures } from "../analysis/index.js";
import type { ViewState } from "../state/types.js";
import { byId, h, replace } from "./dom.js";

export function setupNetworkControls(onChange: (patch: Pick<ViewState, "sizeBy" | "colourBy">) => void): void {
  const size = byId<HTMLSelectElement>("size-by");
  const colour = byId<HTMLSelectElement>("colour-by");
  replace(size, h("option", { value: "degree" }, "relationships (degree)"), h("option", { value: "betweenness" }, "brokerage (betweenness)"));
  replace(colour, h("option", { value: "type" }, "type"), h("option", { value: "community" }, "community (Louvain)"));
  const changed = () => onChange({ sizeBy: size.value as ViewState["sizeBy"], colourBy: colour.value as ViewState["colourBy"] });
  size.addEventListener("change", changed);
  colour.addEventListener("change", changed);
}

/**
 * Mirrors the state, lists the top brokers, and puts the communities in the legend when they colour
 * the nodes. `measures` is a message when they could not be measured (too big for the page).
 */
export function syncNetworkControls(
  s: ViewState,
  measures: NetworkMeasures | string | null,
  nameOf: (key: string) => string,
  select: (key: string) => void,
): void {
  byId<HTMLSelectElement>("size-by").value = s.sizeBy;
  byId<HTMLSelectElement>("colour-by").value = s.colourBy;
  const note = byId("network-note");
  const list = byId("brokers-list");
  const legend = byId("legend-communities");
  note.textContent = typeof measures === "string" ? measures : "";
  if (!measures || typeof measures === "string") {
    replace(list);
    replace(legend);
    legend.hidden = true;
    return;
  }
  const top = [...measures.betweenness].sort(([x, a], [y, b]) => b - a || (x < y ? -1 : 1)).slice(0, 5);
  replace(
    list,
    top.map(([k, b]) =>
      h(
        "li",
        { "data-key": k },
        h("button", { type: "button", className: "link", onclick: () => select(k) }, nameOf(k)),
        h("span", { className: "count" }, ` ${b.toFixed(3)}`),
      ),
    ),
  );
  legend.hidden = s.colourBy !== "community";
  replace(
    legend,
    measures.communities
      .slice(0, 12)
      .map((c) =>
        h(
          "li",
          { className: "legend-item", "data-community": String(c.id) },
          h("span", { className: "dot", style: `background:${communityColor(c.id)}`, "aria-hidden": "true" }),
          `${c.members.slice(0, 2).map(nameOf).join(", ")}${c.members.length > 2 ? ` +${c.members.length - 2}` : ""}`,
        ),
      ),
  );
}

// The sidebar's saved views: name and save the current view, then open, export or delete each one;
// import a view file a colleague exported.
import { deleteView, loadViews, parseViewFile, type SavedView, saveView, viewFile } from "../views/index.js";
import { byId, h, replace } from "./dom.js";

export interface ViewsHost {
  /** The current view as a URL hash, camera included. */
  currentHash(): string;
  open(view: SavedView): void;
  download(blob: Blob, name: string): void;
}

export function setupViews(host: ViewsHost): void {
  const name = byId<HTMLInputElement>("view-name");
  const status = byId("views-status");
  const render = (views: SavedView[]) =>
    replace(
      byId("views-list"),
      views.map((v) =>
        h(
          "li",
          { "data-view": v.name },
          h(
            "button",
            {
              type: "button",
              className: "link view-open",
              onclick: () => host.open(v),
              title: `Open the view saved ${v.savedAt.slice(0, 16).replace("T", " ")}`,
            },
            v.name,
          ),
          " ",
          h(
            "button",
            {
              type: "button",
              className: "link small view-export",
              onclick: () => host.download(new Blob([viewFile(v)], { type: "application/json" }), `${v.name.replace(/[^\p{L}\p{N}_-]+/gu, "-")}.view.json`),
            },
            "export",
          ),
          " ",
          h("button", { type: "button", className: "link small view-delete", onclick: () => render(deleteView(localStorage, v.name)) }, "delete"),
        ),
      ),
    );
  byId("view-save").addEventListener("click", () => {
    const n = name.value.trim();
    if (!n) {
      status.textContent = "Name the view first.";
      return;
    }
    render(saveView(localStorage, { name: n, hash: host.currentHash(), savedAt: new Date().toISOString() }));
    status.textContent = `Saved “${n}”.`;
    name.value = "";
  });
  const file = byId<HTMLInputElement>("view-import");
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    const v = parseViewFile(await f.text());
    file.value = "";
    if (typeof v === "string") {
      status.textContent = `Could not import ${f.name}: ${v}.`;
      return;
    }
    render(saveView(localStorage, v));
    status.textContent = `Imported “${v.name}”.`;
  });
  render(loadViews(localStorage));
}

// Saved views: a name for a view's whole URL state (filters, time window, selection, path, explore
// mode's open, hidden and pinned nodes, sizes and colours, and the camera), kept in the browser's
// local storage, reopened, and exported or imported as a small JSON file to share with a colleague.

export interface SavedView {
  name: string;
  /** The view's URL hash without '#' (state/index.ts encodes it; `cam` holds the camera). */
  hash: string;
  /** ISO timestamp. */
  savedAt: string;
}

export const VIEWS_KEY = "backchannel.views";
/** What an exported view file says it is, so an unrelated JSON file is refused by name. */
export const VIEW_FILE_KIND = "backchannel-view";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

function isView(v: unknown): v is SavedView {
  const x = v as Partial<SavedView> | null;
  return Boolean(x) && typeof x!.name === "string" && x!.name.trim() !== "" && x!.name.length <= 200 && typeof x!.hash === "string" && x!.hash.length <= 20_000;
}

/** The saved views, by name; anything unreadable in storage counts as none. */
export function loadViews(storage: Storage): SavedView[] {
  try {
    const list = JSON.parse(storage.getItem(VIEWS_KEY) ?? "[]") as unknown;
    return Array.isArray(list) ? list.filter(isView).sort((a, b) => a.name.localeCompare(b.name)) : [];
  } catch {
    return [];
  }
}

/** Saves a view, replacing one of the same name. */
export function saveView(storage: Storage, view: SavedView): SavedView[] {
  const views = [...loadViews(storage).filter((v) => v.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name));
  storage.setItem(VIEWS_KEY, JSON.stringify(views));
  return views;
}

export function deleteView(storage: Storage, name: string): SavedView[] {
  const views = loadViews(storage).filter((v) => v.name !== name);
  storage.setItem(VIEWS_KEY, JSON.stringify(views));
  return views;
}

export function viewFile(view: SavedView): string {
  return `${JSON.stringify({ kind: VIEW_FILE_KIND, ...view }, null, 2)}\n`;
}

/** A view from an exported file, or why not. */
export function parseViewFile(text: string): SavedView | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return "not a view file: it is not JSON";
  }
  if ((v as { kind?: unknown } | null)?.kind !== VIEW_FILE_KIND || !isView(v)) return "not a view file: it needs kind, name and hash";
  const { name, hash, savedAt } = v;
  return { name, hash: hash.replace(/^#/, ""), savedAt: typeof savedAt === "string" ? savedAt : new Date().toISOString() };
}

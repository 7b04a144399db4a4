// The time bar under the graph: histogram, a two-handle window over the span of all fact dates,
// playback and the undated switch. It owns no state: it reports window changes to the app and
// mirrors the app's state in sync().
import {
  bucketCounts,
  bucketMonths,
  dayFromNumber,
  dayNumber,
  monthBuckets,
  overlaps,
  playStart,
  stepWindow,
  type Bucket,
  type Interval,
  type TimeProfile,
  type TimeWindow,
} from "../time/index.js";
import { renderHistogram } from "./histogram.js";
import { h, replace } from "./dom.js";

export type TimeState = TimeWindow & { showUndated: boolean };

export interface TimeBarOptions {
  root: HTMLElement;
  onChange(patch: Partial<TimeState>): void;
  /** Milliseconds between playback steps. */
  stepMs?: number;
}

export interface TimeBar {
  /** New facts (graph reloaded): recompute the span, buckets and counts. */
  setProfile(profile: TimeProfile): void;
  sync(state: TimeState): void;
  play(): void;
  pause(): void;
  readonly playing: boolean;
}

export function createTimeBar(opts: TimeBarOptions): TimeBar {
  const stepMs = opts.stepMs ?? 900;
  let profile: TimeProfile = { span: null, dated: [], undated: 0 };
  /** The slider's scale: whole buckets around the span, so the bars line up with the handles. */
  let scale: Interval | null = null;
  let buckets: Bucket[] = [];
  let counts: number[] = [];
  let state: TimeState = { dateFrom: null, dateTo: null, showUndated: true };
  let timer: ReturnType<typeof setInterval> | null = null;

  const from = h("input", { type: "range", id: "time-from", min: 0, step: 1, "aria-label": "Window start" });
  const to = h("input", { type: "range", id: "time-to", min: 0, step: 1, "aria-label": "Window end" });
  const fromLabel = h("output", { id: "time-from-label", for: "time-from" });
  const toLabel = h("output", { id: "time-to-label", for: "time-to" });
  const histogram = h("div", { className: "histogram-wrap", id: "time-histogram" });
  const playButton = h("button", { type: "button", id: "time-play", "aria-pressed": "false" }, "▶ Play");
  const undated = h("input", { type: "checkbox", id: "time-undated", checked: true });
  const undatedLabel = h("label", { for: "time-undated", id: "time-undated-label" });
  const summary = h("p", { id: "time-summary", className: "small muted", "aria-live": "polite" });
  const resetButton = h("button", { type: "button", id: "time-reset" }, "Whole span");

  /** The window as days, open ends filled with the scale's ends. */
  const windowDays = (): Interval => ({ start: state.dateFrom ?? scale!.start, end: state.dateTo ?? scale!.end });
  /** A handle at either end of the scale means "open", so the default window writes nothing to the URL. */
  const toState = (w: Interval): TimeWindow => ({ dateFrom: w.start <= scale!.start ? null : w.start, dateTo: w.end >= scale!.end ? null : w.end });
  const dayOf = (input: HTMLInputElement) => dayFromNumber(dayNumber(scale!.start) + Number(input.value));

  function onSlide(moved: "from" | "to"): void {
    if (!scale) return;
    bar.pause();
    let start = dayOf(from);
    let end = dayOf(to);
    // The handles cannot cross: the one being dragged pushes the other.
    if (start > end) [start, end] = moved === "from" ? [start, start] : [end, end];
    opts.onChange(toState({ start, end }));
  }
  from.addEventListener("input", () => onSlide("from"));
  to.addEventListener("input", () => onSlide("to"));
  undated.addEventListener("change", () => opts.onChange({ showUndated: undated.checked }));
  playButton.addEventListener("click", () => (timer ? bar.pause() : bar.play()));
  resetButton.addEventListener("click", () => {
    bar.pause();
    opts.onChange({ dateFrom: null, dateTo: null });
  });

  replace(
    opts.root,
    h("div", { className: "time-controls" }, playButton, h("span", { className: "time-labels" }, fromLabel, " – ", toLabel), resetButton),
    h("div", { className: "time-range" }, histogram, from, to),
    h("div", { className: "time-foot" }, summary, h("span", { className: "check" }, undated, undatedLabel)),
  );

  function render(): void {
    const w = scale ? windowDays() : null;
    if (scale && w) {
      from.value = String(dayNumber(w.start) - dayNumber(scale.start));
      to.value = String(dayNumber(w.end) - dayNumber(scale.start));
      fromLabel.textContent = w.start;
      toLabel.textContent = w.end;
      renderHistogram(histogram, buckets, counts, state, (b) => {
        bar.pause();
        opts.onChange(toState(b));
      });
    }
    const inWindow = profile.dated.filter((i) => overlaps(i, state)).length;
    const n = profile.undated;
    summary.textContent = scale
      ? `${inWindow} of ${profile.dated.length} dated facts in the window · ${n} undated fact${n === 1 ? "" : "s"} ${state.showUndated ? "shown" : "hidden"}`
      : `No dated facts · ${n} undated fact${n === 1 ? "" : "s"} ${state.showUndated ? "shown" : "hidden"}`;
    summary.dataset.inWindow = String(inWindow);
    summary.dataset.undated = String(n);
    undated.checked = state.showUndated;
    undatedLabel.textContent = `Show undated facts (${n})`;
    for (const el of [from, to, playButton, resetButton]) el.disabled = !scale;
  }

  const bar: TimeBar = {
    setProfile(p) {
      profile = p;
      if (p.span) {
        buckets = monthBuckets(p.span);
        scale = { start: buckets[0]!.start, end: buckets.at(-1)!.end };
        counts = bucketCounts(buckets, p.dated);
        const max = String(dayNumber(scale.end) - dayNumber(scale.start));
        from.max = to.max = max;
      } else {
        scale = null;
        buckets = [];
        counts = [];
        histogram.replaceChildren();
      }
      render();
    },
    sync(s) {
      state = { dateFrom: s.dateFrom, dateTo: s.dateTo, showUndated: s.showUndated };
      render();
    },
    play() {
      if (!scale || timer) return;
      const months = bucketMonths(profile.span!);
      opts.onChange(toState(playStart(windowDays(), scale, months)));
      timer = setInterval(() => {
        const next = stepWindow(windowDays(), scale!, months);
        if (next) opts.onChange(toState(next));
        if (!next || next.end >= scale!.end) bar.pause();
      }, stepMs);
      playButton.textContent = "❚❚ Pause";
      playButton.setAttribute("aria-pressed", "true");
    },
    pause() {
      if (timer) clearInterval(timer);
      timer = null;
      playButton.textContent = "▶ Play";
      playButton.setAttribute("aria-pressed", "false");
    },
    get playing() {
      return timer !== null;
    },
  };
  return bar;
}

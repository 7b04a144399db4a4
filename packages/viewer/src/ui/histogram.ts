// The bars behind the time slider: one per bucket, as tall as the facts it holds. Plain SVG built
// with createElementNS (h() makes HTML elements); labels are text nodes.
import { dayNumber, overlaps, type Bucket, type TimeWindow } from "../time/index.js";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Draws the histogram on a day scale from the first bucket's start to the last one's end, the same
 * scale as the slider below it, so a bar sits above the days it counts. Bars in the window are dark.
 */
export function renderHistogram(
  container: Element,
  buckets: readonly Bucket[],
  counts: readonly number[],
  window: TimeWindow,
  onBucket: (b: Bucket) => void,
): void {
  container.replaceChildren();
  if (!buckets.length) return;
  const base = dayNumber(buckets[0]!.start);
  const width = dayNumber(buckets.at(-1)!.end) - base + 1;
  const max = Math.max(1, ...counts);
  const root = svg("svg", { viewBox: `0 0 ${width} 100`, preserveAspectRatio: "none", class: "histogram", role: "img" });
  root.append(svg("title", {}));
  root.firstChild!.textContent = "Dated facts per period";
  buckets.forEach((b, i) => {
    const x = dayNumber(b.start) - base;
    const w = dayNumber(b.end) - dayNumber(b.start) + 1;
    const count = counts[i] ?? 0;
    const height = count ? Math.max(4, (count / max) * 96) : 0;
    const bar = svg("rect", {
      x: x + w * 0.08,
      width: w * 0.84,
      y: 100 - height,
      height,
      class: overlaps(b, window) ? "bar in-window" : "bar",
      "data-bucket": b.start,
      "data-count": count,
    });
    const tip = svg("title", {});
    tip.textContent = `${b.label}: ${count} fact${count === 1 ? "" : "s"}`;
    bar.append(tip);
    bar.addEventListener("click", () => onBucket(b));
    root.append(bar);
  });
  container.append(root);
}

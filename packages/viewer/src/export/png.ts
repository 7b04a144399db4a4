// PNG export: the whole graph (or the selection) framed on a canvas of its own, whatever the screen's
// camera shows, with the legend drawn in a corner the framing keeps clear.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { fitCamera, freeArea, type Rect } from "../render/framing.js";

export interface LegendEntry {
  label: string;
  color: string;
  /** A disc (node types, communities) or a line (relationship types). */
  shape: "dot" | "line";
}

/** What the last export drew, in its own pixels: for tests, which check every node landed on the image. */
export interface ExportReport {
  width: number;
  height: number;
  legend: Rect;
  nodes: { key: string; x: number; y: number }[];
}

const LINE = 18;
const PAD = 10;

function legendBox(entries: readonly LegendEntry[]): Rect {
  const rows = entries.length;
  return { left: 10, top: 10, right: 10 + 220, bottom: 10 + PAD * 2 + rows * LINE };
}

function drawLegend(ctx: CanvasRenderingContext2D, entries: readonly LegendEntry[], box: Rect): void {
  ctx.fillStyle = "rgba(255,255,255,0.94)";
  ctx.strokeStyle = "#dcdcd8";
  ctx.lineWidth = 1;
  ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.right - box.left - 1, box.bottom - box.top - 1);
  ctx.font = "12px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  entries.forEach((e, i) => {
    const y = box.top + PAD + LINE * i + LINE / 2;
    ctx.fillStyle = e.color;
    if (e.shape === "dot") {
      ctx.beginPath();
      ctx.arc(box.left + PAD + 5, y, 5, 0, Math.PI * 2);
      ctx.fill();
    } else ctx.fillRect(box.left + PAD, y - 1.5, 12, 3);
    ctx.fillStyle = "#222";
    // Legend text is drawn as text on a canvas: names from articles never become markup here.
    ctx.fillText(e.label, box.left + PAD + 20, y, box.right - box.left - PAD * 2 - 20);
  });
}

/** Draws `nodes` framed on a `width` × `height` image with the legend; returns the PNG and what was drawn. */
export async function exportPng(
  renderer: Sigma,
  nodes: readonly string[],
  legend: readonly LegendEntry[],
  width = 1600,
  height = 1200,
): Promise<{ blob: Blob; report: ExportReport }> {
  const box = legendBox(legend);
  const area = freeArea({ left: 0, top: 0, right: width, bottom: height }, [box], 40);
  const report: ExportReport = { width, height, legend: box, nodes: [] };
  const canvas = await drawOnCanvas(renderer, {
    width,
    height,
    backgroundColor: "#ffffff",
    withTempRenderer: (tmp) => {
      const points = nodes.flatMap((n) => {
        const d = tmp.getNodeDisplayData(n);
        return d ? [{ key: n, x: d.x, y: d.y }] : [];
      });
      const camera = fitCamera(tmp, points, area, 0.05);
      if (camera) tmp.getCamera().setState(camera);
      tmp.refresh();
      report.nodes = points.map((p) => ({ key: p.key, ...tmp.framedGraphToViewport(p) }));
    },
  });
  const ctx = canvas.getContext("2d")!;
  const ratio = canvas.width / width;
  ctx.save();
  ctx.scale(ratio, ratio);
  drawLegend(ctx, legend, box);
  ctx.restore();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the PNG could not be made"))), "image/png"),
  );
  return { blob, report };
}

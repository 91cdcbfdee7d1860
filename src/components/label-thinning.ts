import {estimateTextWidth} from "./chart-export.js";

export interface LabelLayout<T> {
  x: (d: T) => number;
  y: (d: T) => number;
  text: (d: T) => string;
  width: number;
  height: number;
  /** The plot's margins (Plot's defaults: 40, 20, 20, 30). */
  margin?: {left: number; right: number; top: number; bottom: number};
  fontSize?: number;
  /** How far above its point a label's centre sits, in px (the charts' dy). */
  lift?: number;
}

/**
 * The rows of a scatter whose labels can be drawn without overlapping one another. Labels sit above
 * their points; the points furthest from the middle of the cloud are labelled first (the outliers a
 * reader looks for), and a label that would overlap one already placed is left out — its point stays,
 * named in its tooltip and in the table beside the chart.
 *
 * @example
 * labelsThatFit([{x: 0, y: 0, iso3: "SWE"}, {x: 0.001, y: 0, iso3: "NOR"}, {x: 1, y: 1, iso3: "FIN"}], {x: (d) => d.x, y: (d) => d.y, text: (d) => d.iso3, width: 400, height: 300}).size // 2
 */
export function labelsThatFit<T>(
  rows: readonly T[],
  {x, y, text, width, height, margin = {left: 40, right: 20, top: 20, bottom: 30}, fontSize = 9, lift = 8}: LabelLayout<T>
): Set<T> {
  const xs = rows.map(x);
  const ys = rows.map(y);
  const scale = (values: number[], from: number, to: number) => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return (v: number) => (hi === lo ? (from + to) / 2 : from + ((v - lo) / (hi - lo)) * (to - from));
  };
  const px = scale(xs, margin.left, width - margin.right);
  const py = scale(ys, height - margin.bottom, margin.top);
  const cx = xs.reduce((a, b) => a + b, 0) / rows.length;
  const cy = ys.reduce((a, b) => a + b, 0) / rows.length;
  const boxes = rows.map((d, i) => {
    const w = estimateTextWidth(text(d), fontSize);
    const left = px(xs[i]) - w / 2;
    const top = py(ys[i]) - lift - fontSize / 2;
    return {row: d, left, right: left + w, top, bottom: top + fontSize + 1, distance: Math.hypot(px(xs[i]) - px(cx), py(ys[i]) - py(cy))};
  });
  const kept: typeof boxes = [];
  for (const box of [...boxes].sort((a, b) => b.distance - a.distance)) {
    if (kept.every((k) => box.right <= k.left || box.left >= k.right || box.bottom <= k.top || box.top >= k.bottom)) kept.push(box);
  }
  return new Set(kept.map((k) => k.row));
}

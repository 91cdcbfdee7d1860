/**
 * A chart in a <figure> whose caption describes it in words: the caption is the chart's text
 * alternative, read by screen readers and shown to everyone.
 *
 * @example
 * return chartFigure(Plot.plot({...}), "Bar chart of 56 countries ...", document);
 */
export function chartFigure(chart: Element, description: string, document: Document): HTMLElement {
  const figure = document.createElement("figure");
  figure.style.maxWidth = "none";
  figure.append(chart);
  const caption = document.createElement("figcaption");
  caption.textContent = description;
  figure.append(caption);
  return figure;
}

// Small bar charts as inline SVG, drawn from the data (no library, nothing loaded from elsewhere). Colours are set by
// classes in app.css (CSP: no inline styles); each chart has a title and a text table fallback for screen readers.
import { h } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

/**
 * Vertical bars: items [{label, value}] (value a number). Bars share one scale starting at 0.
 */
export function barChart(title, items, options = {}) {
  const width = Math.max(320, items.length * 46 + 40);
  const height = 230;
  const top = 18, bottom = 86, left = 30;
  const max = Math.max(1, ...items.map((i) => i.value || 0));
  const slot = (width - left - 10) / Math.max(1, items.length);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, class: "chart" });
  svg.append(s("title", {}, title));
  const base = height - bottom;
  svg.append(s("line", { x1: left, y1: base, x2: width - 5, y2: base, class: "axis" }));
  svg.append(s("text", { x: left - 6, y: top + 4, class: "tick", "text-anchor": "end" }, max));
  svg.append(s("text", { x: left - 6, y: base, class: "tick", "text-anchor": "end" }, 0));
  items.forEach((item, i) => {
    const barHeight = ((item.value || 0) / max) * (base - top);
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    svg.append(s("rect", { x, y: base - barHeight, width: w, height: Math.max(barHeight, item.value ? 1 : 0),
      class: "bar " + (options.barClass || "") }));
    svg.append(s("text", { x: x + w / 2, y: base - barHeight - 4, class: "value", "text-anchor": "middle" }, item.value || 0));
    const label = s("text", { x: x + w / 2, y: base + 14, class: "label", "text-anchor": "end",
      transform: `rotate(-35 ${x + w / 2} ${base + 14})` }, item.short || item.label);
    svg.append(label);
  });
  return figure(title, svg, items.map((i) => [i.label, i.value]));
}

/**
 * Paired horizontal bars for the monitor: per scale this round against the previous one (mean on a 1–4 scale).
 * A suppressed value is drawn as no bar with the text given (e.g. "te weinig antwoorden").
 */
export function pairedBars(title, rows, legend, suppressedText, max = 4) {
  const width = 560, rowHeight = 44, left = 190, top = 26;
  const height = top + rows.length * rowHeight + 10;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, class: "chart" });
  svg.append(s("title", {}, title));
  svg.append(s("rect", { x: left, y: 6, width: 12, height: 10, class: "bar now" }));
  svg.append(s("text", { x: left + 16, y: 15, class: "label" }, legend[0]));
  svg.append(s("rect", { x: left + 150, y: 6, width: 12, height: 10, class: "bar before" }));
  svg.append(s("text", { x: left + 166, y: 15, class: "label" }, legend[1]));
  const scale = (v) => ((width - left - 60) * v) / max;
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    svg.append(s("text", { x: left - 8, y: y + 18, class: "label", "text-anchor": "end" }, row.label));
    [[row.now, "now", 0], [row.before, "before", 18]].forEach(([v, cls, dy]) => {
      if (v === null || v === undefined) {
        svg.append(s("text", { x: left + 4, y: y + dy + 13, class: "note" }, v === null ? suppressedText : "—"));
      } else {
        svg.append(s("rect", { x: left, y: y + dy + 2, width: Math.max(1, scale(v)), height: 14, class: "bar " + cls }));
        svg.append(s("text", { x: left + scale(v) + 6, y: y + dy + 14, class: "value" }, v.toFixed(2)));
      }
    });
  });
  return figure(title, svg, rows.map((r) => [r.label, fmt(r.now, suppressedText), fmt(r.before, suppressedText)]));
}

const fmt = (v, suppressed) => (v === null ? suppressed : v === undefined ? "—" : v.toFixed(2));

function figure(title, svg, tableRows) {
  const fallback = h("table", { class: "sr-only" }, h("caption", {}, title),
    h("tbody", {}, tableRows.map((cells) => h("tr", {}, cells.map((c) => h("td", {}, c))))));
  return h("figure", { class: "figure" }, svg, h("figcaption", {}, title), fallback);
}

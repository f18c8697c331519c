// Building the page from data. Every value goes in as text (textContent), never as markup: what people typed in an
// incident or a plan is data, even when it looks like <script>.
import { t } from "./i18n.js";

/** h("p", {class: "x", onclick: fn}, "text", child…): an element; null/false children are left out. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.substring(2), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let fieldSeq = 0;

/** A labelled form field: the label's for= points at the control's id (screen readers, clicking the label). */
export function field(label, control, hint) {
  const id = control.id || "veld-" + (++fieldSeq);
  control.id = id;
  const hintEl = hint ? h("span", { class: "hint", id: id + "-hint" }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: id }, label), hintEl, control);
}

/** A select with labelled options: [[value, text], …]. */
export function select(name, options, selected, attrs = {}) {
  return h("select", { name, ...attrs },
    options.map(([value, text]) => h("option", { value, selected: value === selected }, text)));
}

export function table(headers, rows, attrs = {}) {
  return h("table", attrs,
    h("thead", {}, h("tr", {}, headers.map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", {}, rows));
}

/** Replaces the main area's content and moves focus to the new heading (keyboard and screen-reader users). */
export function show(title, ...content) {
  const main = document.getElementById("inhoud");
  const heading = h("h1", { tabindex: "-1" }, title);
  main.replaceChildren(heading, ...content.flat().filter(Boolean));
  document.title = title + " · Koers";
  heading.focus({ preventScroll: true });
  return main;
}

export function section(title, ...content) {
  return h("section", { class: "card" }, h("h2", {}, title), ...content);
}

/** A live region for short outcomes ("Opgeslagen"); assistive technology reads it out. */
export function statusLine(id) {
  return h("p", { class: "status", role: "status", id });
}

export function setStatus(el, text, kind = "ok") {
  el.textContent = text;
  el.className = "status " + kind;
}

export function formatDate(value, withTime = false) {
  if (!value) return "—";
  const d = new Date(value.length === 10 ? value + "T00:00:00" : value);
  const lang = document.documentElement.lang === "en" ? "en-GB" : "nl-NL";
  return withTime
    ? d.toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" })
    : d.toLocaleDateString(lang, { dateStyle: "medium" });
}

export function number(value, digits = 0) {
  if (value === null || value === undefined) return "—";
  return Number(value).toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "nl-NL",
    { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A percentage with one decimal ("28,6%"), or "—" when there is none (nothing issued yet). */
export function percent(value) {
  return value === null || value === undefined ? "—" : number(value, 1) + "%";
}

/** The school year a date falls in (1 August to 31 July), e.g. "2026-2027". */
export function schoolYear(date = new Date()) {
  const y = date.getFullYear();
  return date.getMonth() >= 7 ? y + "-" + (y + 1) : (y - 1) + "-" + y;
}

export function empty(text) {
  return h("p", { class: "empty" }, text || t("Nog niets te tonen."));
}

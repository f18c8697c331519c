// The school's incidents, newest first, with filters: GET /api/schools/{s}/incidents?status&category&page.
import { api } from "../api.js";
import { empty, field, formatDate, h, select, table } from "../dom.js";
import { label, options, t } from "../i18n.js";

export async function render(ctx) {
  const q = ctx.query;
  const params = new URLSearchParams();
  for (const key of ["status", "category", "page"]) if (q.get(key)) params.set(key, q.get(key));
  params.set("size", "25");
  const page = (await api("/api/schools/" + encodeURIComponent(ctx.school) + "/incidents?" + params)).data;
  const status = select("status", [["", t("alle")], ...options("status")], q.get("status") || "");
  const category = select("category", [["", t("alle")], ...options("category")], q.get("category") || "");
  const filter = h("form", { class: "inline" }, field(t("Status"), status), field(t("Categorie"), category),
    h("button", { type: "submit" }, t("Filter")));
  filter.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (status.value) next.set("status", status.value);
    if (category.value) next.set("category", category.value);
    location.hash = "#/school/" + ctx.school + "/incidenten?" + next;
  });
  const rows = page.items.map((i) => h("tr", {},
    h("td", {}, h("a", { href: "#/school/" + ctx.school + "/incidenten/" + i.incidentId }, formatDate(i.occurredAt || i.recordedAt, true))),
    h("td", {}, i.contentVisible ? label("category", i.category) : t("vertrouwelijk")),
    h("td", {}, i.contentVisible ? label("severity", i.severity) : "—"),
    h("td", {}, i.contentVisible ? label("location", i.location) : "—"),
    h("td", {}, label("status", i.status), i.reportOverdue ? h("span", { class: "tag critical" }, t("melding te laat")) : null)));
  const pages = Math.ceil(page.total / page.size);
  const nav = pages > 1 ? h("p", { class: "pager" },
    page.page > 0 ? h("a", { href: link(ctx, q, page.page - 1) }, t("Vorige")) : null, " ",
    t("pagina {0} van {1}", page.page + 1, pages), " ",
    page.page + 1 < pages ? h("a", { href: link(ctx, q, page.page + 1) }, t("Volgende")) : null) : null;
  ctx.show(t("Incidenten"),
    h("p", {}, h("a", { class: "button", href: "#/school/" + ctx.school + "/melden" }, t("Incident melden"))),
    filter,
    h("p", {}, t("{0} incidenten", page.total)),
    page.items.length ? table([t("Wanneer"), t("Categorie"), t("Ernst"), t("Waar"), t("Status")], rows, { id: "incidenten" }) : empty(t("Geen incidenten gevonden.")),
    nav);
}

function link(ctx, q, page) {
  const next = new URLSearchParams(q);
  next.set("page", page);
  return "#/school/" + ctx.school + "/incidenten?" + next;
}

// The board's schools side by side (projection-service): GET /api/boards/{b}/dashboard?sort&order[&asOf]; the
// column headers sort on the server (the same order for everyone, also "as of").
import { api } from "../api.js";
import { formatDate, h, number, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { asOfForm } from "./dashboard.js";

const COLUMNS = [
  ["name", "School"], ["pupils", "Leerlingen"], ["incidents", "Incidenten"], ["incidents_per_100_pupils", "Per 100 leerlingen"],
  ["legal_duties_not_met", "Taken niet op orde"], ["perceived_safety", "Veiligheidsbeleving"], ["well_being", "Welbevinden"],
  ["training_gaps", "Scholing ontbreekt"], ["alerts", "Signalen"],
];

export async function render(ctx) {
  const sort = ctx.query.get("sort") || "incidents_per_100_pupils";
  const order = ctx.query.get("order") || "desc";
  const asOf = ctx.query.get("asOf");
  const params = new URLSearchParams({ sort, order });
  if (asOf) params.set("asOf", asOf);
  const d = (await api("/api/boards/" + encodeURIComponent(ctx.board) + "/dashboard?" + params)).data;
  const head = COLUMNS.map(([key, text]) => {
    const next = new URLSearchParams({ sort: key, order: key === sort && order === "desc" ? "asc" : "desc" });
    if (asOf) next.set("asOf", asOf);
    const link = h("a", { href: "#/bestuur/" + ctx.board + "/dashboard?" + next }, t(text), key === sort ? (order === "desc" ? " ▼" : " ▲") : "");
    return link;
  });
  const table_ = table(head, d.rows.map((r) => h("tr", {},
    h("td", {}, r.name || r.schoolId, h("br"), h("span", { class: "muted" }, r.schoolId)),
    h("td", {}, number(r.pupils)), h("td", {}, number(r.incidents) + " (" + t("{0} open", r.openIncidents) + ")"),
    h("td", {}, number(r.incidentsPer100Pupils, 1)),
    h("td", { class: r.legalDutiesNotMet ? "bad" : "" }, r.legalDutiesNotMet + " / " + r.legalDuties),
    h("td", {}, r.monitor && r.monitor.PERCEIVED_SAFETY !== undefined ? number(r.monitor.PERCEIVED_SAFETY, 2) : "—"),
    h("td", {}, r.monitor && r.monitor.WELL_BEING !== undefined ? number(r.monitor.WELL_BEING, 2) : "—"),
    h("td", {}, r.trainingGaps),
    h("td", { class: r.criticalAlerts ? "bad" : "" }, r.alerts + (r.criticalAlerts ? " (" + t("{0} kritiek", r.criticalAlerts) + ")" : "")))), { id: "scholen-vergelijken" });
  // Headers are links: mark the sorted one for assistive technology.
  table_.querySelectorAll("th").forEach((th, i) => { if (COLUMNS[i][0] === sort) th.setAttribute("aria-sort", order === "desc" ? "descending" : "ascending"); });
  ctx.show(t("Bestuur {0}", d.boardId), asOfForm(ctx, asOf),
    asOf ? h("p", { class: "notice" }, t("Zo stond het er voor op {0}.", formatDate(d.asOf, true))) : null,
    h("div", { class: "grid" },
      section(t("Scholen"), h("p", { class: "big" }, d.schools)),
      section(t("Leerlingen"), h("p", { class: "big" }, number(d.pupils))),
      section(t("Incidenten"), h("p", { class: "big" }, number(d.incidents)), h("p", {}, t("{0} per 100 leerlingen", number(d.incidentsPer100Pupils, 1)))),
      section(t("Kritieke signalen"), h("p", { class: "big" }, d.criticalAlerts))),
    section(t("Scholen vergelijken"), h("div", { class: "scroll" }, table_),
      h("p", { class: "muted" }, t("Monitor: gemiddelde van de laatste ronde; bestuursgemiddelde {0}.",
        Object.entries(d.monitorAverage || {}).map(([k, v]) => label("scale", k) + " " + number(v, 2)).join(", ") || "—"))));
}

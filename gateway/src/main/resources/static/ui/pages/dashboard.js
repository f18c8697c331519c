// School dashboard: lights for the duties, the Inspectie deadline, plan progress per block, action points,
// incidents by month and category, the monitor against the previous round, training coverage, alerts.
// GET /api/schools/{s}/dashboard[?asOf=] (projection-service).
import { api } from "../api.js";
import { barChart, pairedBars } from "../chart.js";
import { empty, field, formatDate, h, number, section, table } from "../dom.js";
import { label, t } from "../i18n.js";

export async function render(ctx) {
  const asOf = ctx.query.get("asOf");
  const path = "/api/schools/" + encodeURIComponent(ctx.school) + "/dashboard" + (asOf ? "?asOf=" + encodeURIComponent(asOf) : "");
  const d = (await api(path)).data;
  ctx.show(t("Dashboard {0}", d.schoolName || d.schoolId),
    asOfForm(ctx, asOf),
    asOf ? h("p", { class: "notice" }, t("Zo stond het er voor op {0}.", formatDate(d.asOf, true))) : null,
    alerts(d.alerts),
    h("div", { class: "grid" },
      lights(d.duties),
      delivery(d.inspectieDelivery),
      incidents(d.incidents),
      plan(d.plan),
      actionPoints(d.actionPoints)),
    section(t("Incidenten in beeld"), h("div", { class: "charts" }, incidentCharts(d.incidents))),
    monitorSection(d.monitor),
    training(d.training));
}

/** "Dashboard op een datum": the same dashboard recomputed from the history as it stood then. */
export function asOfForm(ctx, asOf) {
  const input = h("input", { type: "datetime-local", name: "asOf", value: asOf ? asOf.substring(0, 16) : "" });
  const form = h("form", { class: "inline", id: "as-of" }, field(t("Dashboard op een datum"), input),
    h("button", { type: "submit" }, t("Toon")),
    asOf ? h("a", { href: location.hash.split("?")[0] }, t("Terug naar nu")) : null);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!input.value) return;
    location.hash = location.hash.split("?")[0] + "?asOf=" + encodeURIComponent(new Date(input.value).toISOString());
  });
  return form;
}

function alerts(list) {
  if (!list || !list.length) return h("p", { class: "ok-line" }, t("Geen signalen: alles op orde."));
  return h("section", { class: "alerts", "aria-label": t("Signalen") },
    list.map((a) => h("p", { class: "alert " + a.severity.toLowerCase() },
      h("strong", {}, a.severity === "CRITICAL" ? t("Direct doen") : t("Let op")), " ", a.message)));
}

function lights(duties) {
  return section(t("Wettelijke taken"),
    duties && duties.length
      ? h("ul", { class: "lights" }, duties.map((duty) => h("li", { class: "light " + duty.light.toLowerCase() },
        h("span", { class: "dot", "aria-hidden": "true" }),
        h("span", {}, h("strong", {}, duty.title), " ", h("span", { class: "tag" }, label("kind", duty.kind)),
          h("br"), h("span", { class: "light-text" }, label("light", duty.light)), duty.reason ? " — " + duty.reason : ""))))
      : empty(t("Nog geen taken beoordeeld.")));
}

function delivery(d) {
  if (!d) return null;
  return section(t("Levering monitor aan de Inspectie"),
    h("p", { class: "big" }, formatDate(d.deadline)),
    h("p", {}, t("Schooljaar {0}: {1}", d.schoolYear, label("delivery", d.status))),
    d.deliveredAt ? h("p", {}, t("Geleverd op {0}", formatDate(d.deliveredAt))) : null);
}

function incidents(i) {
  return section(t("Incidenten"),
    h("p", { class: "big", id: "incidenten-totaal" }, number(i.total)),
    h("p", {}, t("{0} open · mediaan {1} dagen tot afsluiten", number(i.open), number(i.medianDaysToClose, 1))),
    i.reportsToInspectorOverdue ? h("p", { class: "alert critical" }, t("{0} melding(en) aan de vertrouwensinspecteur te laat", i.reportsToInspectorOverdue)) : null);
}

function plan(p) {
  if (!p || !p.started) return section(t("Veiligheidsplan"), empty(t("Het plan voor dit schooljaar is nog niet begonnen.")));
  return section(t("Veiligheidsplan"),
    h("p", { class: "big" }, p.percentDone + "%"),
    h("ul", { class: "progress-list" }, p.blocks.map((b) => h("li", {},
      h("span", {}, b.label), h("progress", { max: 100, value: b.percentDone, "aria-label": b.label }), h("span", {}, b.done + "/" + b.topics)))));
}

function actionPoints(a) {
  if (!a) return null;
  const line = (p) => h("li", {}, p.title + " — " + formatDate(p.dueDate));
  return section(t("Actiepunten"),
    h("p", {}, t("{0} open", a.open)),
    a.overdue.length ? [h("h3", {}, t("Te laat")), h("ul", {}, a.overdue.map(line))] : null,
    a.dueSoon.length ? [h("h3", {}, t("Binnen 30 dagen")), h("ul", {}, a.dueSoon.map(line))] : null);
}

export function incidentCharts(i) {
  const months = Object.entries(i.byMonth || {}).map(([month, value]) => ({ label: month, short: month.substring(2), value }));
  // Only the categories that occurred: thirteen bars of which eleven are zero say less than two.
  const categories = Object.entries(i.byCategory || {}).filter(([, value]) => value > 0)
    .map(([c, value]) => ({ label: label("category", c), value }));
  return [barChart(t("Incidenten per maand"), months),
    categories.length ? barChart(t("Incidenten per categorie"), categories, { barClass: "alt" }) : empty(t("Nog geen incidenten."))];
}

function monitorSection(m) {
  if (!m || !m.latest) {
    return section(t("Monitor sociale veiligheid"), empty(m && m.running ? t("Er loopt een ronde; uitslagen komen na het sluiten.") : t("Nog geen afgesloten ronde.")));
  }
  const previous = new Map(((m.previous && m.previous.scales) || []).map((s) => [s.scale, s]));
  const rows = m.latest.scales.map((s) => {
    const before = previous.get(s.scale);
    return { label: label("scale", s.scale), now: s.suppressed ? null : s.mean,
      before: before ? (before.suppressed ? null : before.mean) : undefined };
  });
  return section(t("Monitor sociale veiligheid"),
    h("p", {}, t("Ronde {0}, {1} respondenten", m.latest.schoolYear, m.latest.respondents ?? "—")),
    pairedBars(t("Schalen: deze ronde en de vorige"), rows, [t("Deze ronde"), t("Vorige ronde")], t("te weinig antwoorden")));
}

function training(tr) {
  if (!tr || !tr.roles || !tr.roles.length) return section(t("Scholing"), empty(t("Nog geen scholingseisen of deelname.")));
  return section(t("Scholing"),
    table([t("Rol"), t("Geschoold"), t("Uren"), t("Ontbreekt")], tr.roles.map((r) => h("tr", {},
      h("td", {}, t("rol." + r.role)), h("td", {}, r.trainedPeople), h("td", {}, number(r.hours, 1)),
      h("td", {}, r.gaps.length ? r.gaps.map((g) => label("course", g)).join(", ") : t("niets"))))));
}

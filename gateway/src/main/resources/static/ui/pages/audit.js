// The board's audit trail (projection-service): search GET /api/boards/{b}/audit?school&record&actor&type&from&to,
// verification GET …/audit/verify, export GET …/audit/export?format=csv, and the dashboard as of a date.
import { api, errorBox } from "../api.js";
import { empty, field, formatDate, h, section, table } from "../dom.js";
import { t } from "../i18n.js";

const FIELDS = ["school", "record", "actor", "type", "from", "to"];

export async function render(ctx) {
  const board = encodeURIComponent(ctx.board);
  const q = ctx.query;
  const params = new URLSearchParams();
  for (const key of FIELDS) if (q.get(key)) params.set(key, q.get(key));
  const page = Number(q.get("page") || 0);
  params.set("page", page);
  params.set("size", "50");
  const entries = (await api("/api/boards/" + board + "/audit?" + params)).data;
  const inputs = {
    school: h("input", { name: "school", value: q.get("school") || "", placeholder: "12AB00" }),
    record: h("input", { name: "record", value: q.get("record") || "" }),
    actor: h("input", { name: "actor", value: q.get("actor") || "" }),
    type: h("input", { name: "type", value: q.get("type") || "", placeholder: "IncidentReported" }),
    from: h("input", { name: "from", type: "date", value: (q.get("from") || "").substring(0, 10) }),
    to: h("input", { name: "to", type: "date", value: (q.get("to") || "").substring(0, 10) }),
  };
  const labels = { school: t("School"), record: t("Dossier (id)"), actor: t("Wie (gebruikers-id)"), type: t("Soort gebeurtenis"), from: t("Vanaf"), to: t("Tot en met") };
  const form = h("form", { class: "filters", id: "zoeken" }, FIELDS.map((k) => field(labels[k], inputs[k])), h("button", { type: "submit" }, t("Zoeken")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FIELDS) {
      const v = inputs[k].value.trim();
      if (!v) continue;
      next.set(k, k === "from" ? new Date(v + "T00:00:00").toISOString() : k === "to" ? new Date(v + "T23:59:59").toISOString() : v);
    }
    location.hash = "#/bestuur/" + ctx.board + "/audit?" + next;
  });
  const verifyOut = h("div", { "aria-live": "polite", id: "controle" });
  const verify = h("button", { type: "button", class: "secondary", id: "controleren" }, t("Keten controleren"));
  verify.addEventListener("click", async () => {
    verifyOut.replaceChildren(h("p", {}, t("Bezig met controleren…")));
    try {
      const r = (await api("/api/boards/" + board + "/audit/verify")).data;
      verifyOut.replaceChildren(r.valid
        ? h("p", { class: "success" }, t("De keten is intact: {0} gebeurtenissen gecontroleerd, niets gewijzigd, ingevoegd of verwijderd.", r.entries))
        : h("p", { class: "problem", role: "alert" }, t("De keten is verbroken bij nummer {0} ({1}): {2}. Meld dit direct bij de functionaris gegevensbescherming.", r.firstBrokenSeq, r.firstBrokenEventId, r.reason)));
    } catch (error) {
      verifyOut.replaceChildren(errorBox(error));
    }
  });
  const exportParams = new URLSearchParams({ format: "csv" });
  for (const k of ["school", "from", "to"]) if (q.get(k)) exportParams.set(k, q.get(k));
  const rows = entries.map((e) => h("tr", {},
    h("td", {}, e.seq), h("td", {}, formatDate(e.occurredAt, true)), h("td", {}, e.eventType), h("td", {}, e.schoolId || "—"),
    h("td", {}, e.recordId ? h("a", { href: "#/bestuur/" + ctx.board + "/historie/" + encodeURIComponent(e.recordId), class: "record" }, e.recordId) : "—"),
    h("td", { class: "mono" }, e.actor || "—")));
  const pager = h("p", { class: "pager" },
    page > 0 ? h("a", { href: pageLink(ctx, q, page - 1) }, t("Vorige")) : null, " ", t("pagina {0}", page + 1), " ",
    entries.length === 50 ? h("a", { href: pageLink(ctx, q, page + 1) }, t("Volgende")) : null);
  ctx.show(t("Audittrail"),
    h("p", {}, t("Alles wat er in het bestuur is gebeurd, in volgorde en met een hash-keten: niets kan ongemerkt worden veranderd.")),
    section(t("Zoeken"), form),
    section(t("Controle en export"), h("p", { class: "actions" }, verify,
      h("a", { class: "button secondary", href: "/api/boards/" + board + "/audit/export?" + exportParams, download: "audittrail.csv" }, t("Exporteer als CSV")),
      h("a", { class: "button secondary", href: "#/bestuur/" + ctx.board + "/dashboard" }, t("Dashboard op een datum"))), verifyOut),
    section(t("Gebeurtenissen"), entries.length ? h("div", { class: "scroll" }, table(["#", t("Wanneer"), t("Wat"), t("School"), t("Dossier"), t("Wie")], rows, { id: "trail" })) : empty(t("Niets gevonden met deze zoekvragen.")), pager));
}

function pageLink(ctx, q, page) {
  const next = new URLSearchParams(q);
  next.set("page", page);
  return "#/bestuur/" + ctx.board + "/audit?" + next;
}

// One incident with its workflow: GET /api/schools/{s}/incidents/{id}; actions POST …/triage, …/actions, …/close,
// …/reopen, …/confidential; the Meldcode, corrections, legal holds and erasure of one person come from ../case.js
// (incident-service decides who may: a 403 or 409 is shown as it comes).
import { api, errorBox } from "../api.js";
import { empty, field, formatDate, h, select, table, section } from "../dom.js";
import { label, options, t } from "../i18n.js";
import { reload } from "../app.js";
import { confirmErasure, correctionSection, incidentHoldSection, meldcodeSection, receiptView } from "../case.js";

const COORDINATION = ["coordinator", "board-admin"];

export async function render(ctx) {
  const base = "/api/schools/" + encodeURIComponent(ctx.school) + "/incidents/" + encodeURIComponent(ctx.params.incident);
  const i = (await api(base)).data;
  const back = h("p", {}, h("a", { href: "#/school/" + ctx.school + "/incidenten" }, t("← Alle incidenten")));
  if (!i.contentVisible) {
    ctx.show(t("Incident"), back, h("p", { class: "notice" }, t("Dit incident is vertrouwelijk. Je ziet alleen dat het bestaat; de behandelaar, coördinator of vertrouwenspersoon kan de inhoud lezen.")),
      h("p", {}, t("Status: {0}", label("status", i.status))));
    return;
  }
  const coordinating = COORDINATION.some((r) => ctx.me.roles.includes(r));
  const outcome = h("div", { "aria-live": "polite" });
  const act = (path, body, done) => async (e) => {
    e.preventDefault();
    outcome.replaceChildren();
    try {
      await api(base + path, { method: "POST", json: body() });
      if (done) done();
      reload();
    } catch (error) {
      outcome.append(errorBox(error));
    }
  };
  const workflow = [];
  if (i.status === "REPORTED") {
    workflow.push(h("form", { class: "inline", onsubmit: act("/triage", () => ({ handler: null })) },
      h("button", { type: "submit" }, t("In behandeling nemen"))));
  }
  if (i.status === "IN_FOLLOW_UP") {
    const type = select("type", options("action"), "CONVERSATION_WITH_PUPIL");
    const when = h("input", { type: "date", name: "performedAt", value: new Date().toISOString().substring(0, 10), required: true });
    const what = h("textarea", { name: "outcome", rows: 2 });
    workflow.push(h("form", { class: "stack", onsubmit: act("/actions", () => ({ type: type.value,
      performedAt: new Date(when.value + "T12:00:00").toISOString(), outcome: what.value || null })) },
      h("h3", {}, t("Actie vastleggen")), field(t("Soort actie"), type), field(t("Datum"), when), field(t("Uitkomst"), what),
      h("button", { type: "submit" }, t("Actie vastleggen"))));
    const evaluation = h("textarea", { name: "evaluation", rows: 2, required: true });
    workflow.push(h("form", { class: "stack", onsubmit: act("/close", () => ({ evaluation: evaluation.value })) },
      h("h3", {}, t("Afsluiten")), field(t("Evaluatie"), evaluation), h("button", { type: "submit" }, t("Incident afsluiten"))));
  }
  if (i.status === "CLOSED") {
    const reason = h("textarea", { name: "reason", rows: 2, required: true });
    workflow.push(h("form", { class: "stack", onsubmit: act("/reopen", () => ({ reason: reason.value })) },
      field(t("Waarom heropenen?"), reason), h("button", { type: "submit" }, t("Heropenen"))));
  }
  if (!i.confidential) {
    workflow.push(h("form", { class: "inline", onsubmit: act("/confidential", () => ({})) },
      h("button", { type: "submit", class: "secondary" }, t("Vertrouwelijk maken"))));
  }
  ctx.show(t("Incident: {0}", label("category", i.category)), back,
    h("dl", { class: "facts" },
      fact(t("Status"), label("status", i.status)), fact(t("Wanneer"), formatDate(i.occurredAt, true)),
      fact(t("Waar"), label("location", i.location)), fact(t("Ernst"), label("severity", i.severity)),
      fact(t("Gemeld"), formatDate(i.recordedAt, true)), fact(t("Vertrouwelijk"), i.confidential ? t("ja") : t("nee")),
      i.dutyToReport ? fact(t("Melden aan vertrouwensinspecteur"), i.dutyToReport.reportedAt ? t("gedaan op {0}", formatDate(i.dutyToReport.reportedAt, true))
        : t("uiterlijk {0}", formatDate(i.dutyToReport.deadline, true)) + (i.dutyToReport.overdue ? " — " + t("te laat") : "")) : null),
    section(t("Wat er gebeurde"), h("p", { class: "text" }, i.descriptionErased ? t("(gewist)") : i.description)),
    i.involved && i.involved.length ? involvedSection(ctx, i, base, coordinating) : null,
    section(t("Opvolging"), i.actions.length ? h("ul", {}, i.actions.map((a) => h("li", {},
      formatDate(a.performedAt) + " · " + label("action", a.type) + (a.outcome && a.outcome.text ? ": " + a.outcome.text : "")))) : empty(t("Nog geen acties.")),
      i.closures.length ? h("ul", {}, i.closures.map((c) => h("li", {}, formatDate(c.at, true) + " · " + (c.kind === "CLOSED" || c.kind === "closed" ? t("afgesloten") : t("heropend")) + (c.text && c.text.text ? ": " + c.text.text : "")))) : null,
      workflow, outcome),
    i.status === "CLOSED" && !i.meldcode ? null : meldcodeSection(i, base, reload),
    correctionSection(i, base, reload),
    coordinating ? incidentHoldSection(i, base, reload) : null,
    section(t("Geschiedenis"), h("ol", { class: "history", id: "geschiedenis" }, i.history.map((line) => h("li", { "data-event": line.event },
      formatDate(line.at, true) + " · " + label("event", line.event) + (line.actor ? " · " + line.actor : ""))))));
}

/**
 * The people involved; a pupil's number leads to the pupil's chronology (coordinators), and a coordinator can erase
 * one person's part after a confirmation, which ends on the receipt.
 */
function involvedSection(ctx, i, base, coordinating) {
  const school = encodeURIComponent(ctx.school);
  const headers = [t("Soort"), t("Rol"), t("Leerlingnummer of naam"), t("Groep")];
  if (coordinating) headers.push(t("Wissen"));
  return section(t("Betrokkenen"), table(headers, i.involved.map((p) => {
    const shown = p.erased ? t("(gewist)") : p.reference || p.name || "—";
    const who = !p.erased && p.kind === "PUPIL" && p.reference && ctx.me.roles.includes("coordinator")
      ? h("a", { href: "#/school/" + school + "/leerlingen/" + encodeURIComponent(p.reference), title: t("Chronologie van deze leerling") }, shown) : shown;
    const row = h("tr", { "data-person": p.personId }, h("td", {}, label("person", p.kind)), h("td", {}, label("role", p.role)),
      h("td", {}, who), h("td", {}, p.erased ? "—" : p.group || "—"));
    if (coordinating) {
      const erase = h("button", { type: "button", class: "secondary" }, t("Gegevens wissen…"));
      erase.addEventListener("click", () => confirmErasure(erase, shown,
        () => api(base + "/persons/" + encodeURIComponent(p.personId) + "/erasure", { method: "POST" }),
        (receipt) => ctx.show(t("Wisbewijs"), receiptView(receipt, ctx.school),
          h("p", {}, h("a", { href: "#/school/" + school + "/incidenten/" + encodeURIComponent(i.incidentId), id: "terug-naar-incident" }, t("← Terug naar het incident"))))));
      row.append(h("td", {}, p.erased ? "—" : erase));
    }
    return row;
  })));
}

const fact = (term, value) => [h("dt", {}, term), h("dd", {}, value)];

// One pupil by the school's reference (coordinators): the chronology GET /api/schools/{s}/pupils/{ref}/chronology,
// a legal hold (POST/DELETE …/legal-holds), the transfer to another school of the board (POST …/transfers) and the
// erasure (POST …/erasure) after a confirmation, ending on its receipt.
import { api } from "../api.js";
import { empty, field, formatDate, h, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { reload } from "../app.js";
import { actionForm, confirmErasure, receiptView } from "../case.js";

// The API answers a placed hold with its id but lists no holds of a pupil (see the report of issue 9): the page keeps
// the holds it placed in this browser tab so they can be shown and lifted while the tab is open.
const placed = new Map();

export async function render(ctx) {
  const school = encodeURIComponent(ctx.school);
  const reference = ctx.params.reference;
  const base = "/api/schools/" + school + "/pupils/" + encodeURIComponent(reference);
  const chronology = (await api(base + "/chronology")).data;
  const key = ctx.school + "/" + reference;
  const holds = placed.get(key) || [];
  const rows = chronology.incidents.map((l) => h("tr", {},
    h("td", {}, h("a", { href: "#/school/" + school + "/incidenten/" + encodeURIComponent(l.incidentId) }, formatDate(l.occurredAt, true))),
    h("td", {}, label("category", l.category)), h("td", {}, label("severity", l.severity)), h("td", {}, label("location", l.location)),
    h("td", {}, label("role", l.role)), h("td", {}, label("status", l.status)),
    h("td", {}, l.confidential ? t("ja") : t("nee"), l.erased ? h("span", { class: "tag" }, t("(gewist)")) : null)));

  const reason = h("textarea", { name: "reason", rows: 2, required: true, id: "leerling-blokkade-reden" });
  const holdSection = section(t("Juridische blokkade"),
    holds.length ? [h("p", { class: "notice", id: "blokkade-actief" }, t("Er ligt een juridische blokkade op de gegevens van deze leerling: wissen is opgeschort.")),
      h("ul", { id: "blokkades" }, holds.map((x) => h("li", {}, x.reason + " · " + t("geplaatst op {0}", formatDate(x.at, true)),
        actionForm({ class: "inline" }, h("button", { type: "submit", class: "secondary", id: "blokkade-opheffen" }, t("Blokkade opheffen")),
          () => api(base + "/legal-holds/" + encodeURIComponent(x.holdId), { method: "DELETE" }),
          () => { placed.set(key, holds.filter((y) => y !== x)); reload(); }))))]
      : h("p", { class: "muted" }, t("Koers toont hier de blokkades die je in dit venster plaatst; een lijst van eerder geplaatste blokkades geeft de API (nog) niet.")),
    actionForm({ id: "blokkade-plaatsen", class: "stack" }, [
      field(t("Reden voor de blokkade"), reason, t("Bijvoorbeeld een lopende rechtszaak of klacht: de gegevens mogen dan niet worden gewist.")),
      h("button", { type: "submit" }, t("Blokkade plaatsen"))],
    () => api(base + "/legal-holds", { method: "POST", json: { reason: reason.value } }),
    (answer) => { placed.set(key, [...holds, { holdId: answer.data.holdId, reason: reason.value, at: new Date().toISOString() }]); reload(); }));

  const transferSent = h("div", { "aria-live": "polite" });
  const to = h("input", { name: "toSchool", required: true, autocomplete: "off", id: "naar-school", list: "scholen-bestuur" });
  const transfer = section(t("Overdragen aan een andere school"),
    h("p", {}, t("Gaat de leerling naar een andere school van hetzelfde bestuur? Draag de chronologie over: per incident de rol van deze leerling. De ontvangende coördinator bevestigt de ontvangst.")),
    actionForm({ id: "overdragen", class: "stack" }, [
      field(t("Naar school (BRIN en vestiging, bijv. 12AC00)"), to),
      h("datalist", { id: "scholen-bestuur" }, ctx.schools.filter((s) => s.schoolId !== ctx.school).map((s) => h("option", { value: s.schoolId }))),
      h("button", { type: "submit" }, t("Chronologie overdragen"))],
    () => api(base + "/transfers", { method: "POST", json: { toSchool: to.value.trim().toUpperCase() } }),
    (answer) => transferSent.replaceChildren(h("div", { class: "success", role: "status", id: "overgedragen" },
      h("p", {}, t("De chronologie is overgedragen aan {0}.", to.value.trim().toUpperCase())),
      h("p", {}, h("a", { href: "#/school/" + school + "/overdrachten/" + encodeURIComponent(answer.data.transferId) }, t("Bekijk de overdracht")))))));
  transfer.append(transferSent);

  const erase = h("button", { type: "button", class: "secondary", id: "leerling-wissen" }, t("Gegevens van deze leerling wissen…"));
  erase.addEventListener("click", () => confirmErasure(erase, t("leerling {0}", reference), () => api(base + "/erasure", { method: "POST" }),
    (receipt) => ctx.show(t("Wisbewijs"), receiptView(receipt, ctx.school),
      h("p", {}, h("a", { href: "#/school/" + school + "/incidenten" }, t("← Alle incidenten"))))));

  ctx.show(t("Leerling {0}", chronology.reference),
    h("p", {}, h("a", { href: "#/school/" + school + "/incidenten" }, t("← Alle incidenten"))),
    section(t("Chronologie"), rows.length ? table([t("Wanneer"), t("Categorie"), t("Ernst"), t("Waar"), t("Rol van de leerling"), t("Status"), t("Vertrouwelijk")],
      rows, { id: "chronologie" }) : empty(t("Geen incidenten."))),
    holdSection, transfer,
    section(t("Gegevens wissen"), h("p", {}, t("Op verzoek (AVG) wis je de persoonsgegevens van deze leerling in alle incidenten van de school.")), erase));
}

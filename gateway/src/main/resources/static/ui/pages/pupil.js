// One pupil by the school's reference (coordinators): the chronology GET /api/schools/{s}/pupils/{ref}/chronology,
// a legal hold (POST/DELETE …/legal-holds), the transfer to another school of the board (POST …/transfers) and the
// erasure (POST …/erasure) after a confirmation, ending on its receipt.
import { api } from "../api.js";
import { empty, field, formatDate, h, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { reload } from "../app.js";
import { actionForm, confirmErasure, receiptView, who } from "../case.js";

export async function render(ctx) {
  const school = encodeURIComponent(ctx.school);
  const reference = ctx.params.reference;
  const base = "/api/schools/" + school + "/pupils/" + encodeURIComponent(reference);
  const chronology = (await api(base + "/chronology")).data;
  const holds = chronology.legalHolds || [];
  const active = holds.filter((x) => !x.liftedAt);
  const rows = chronology.incidents.map((l) => h("tr", {},
    h("td", {}, h("a", { href: "#/school/" + school + "/incidenten/" + encodeURIComponent(l.incidentId) }, formatDate(l.occurredAt, true))),
    h("td", {}, label("category", l.category)), h("td", {}, label("severity", l.severity)), h("td", {}, label("location", l.location)),
    h("td", {}, label("role", l.role)), h("td", {}, label("status", l.status)),
    h("td", {}, l.confidential ? t("ja") : t("nee"), l.erased ? h("span", { class: "tag" }, t("(gewist)")) : null)));

  const reason = h("textarea", { name: "reason", rows: 2, required: true, id: "leerling-blokkade-reden" });
  // The pupil's own holds (with reason, who and when; lifted ones stay listed) and holds on the pupil's incidents,
  // which suspend the pupil's erasure just the same.
  const holdSection = section(t("Juridische blokkade"),
    active.length || chronology.incidentHolds.length ? h("p", { class: "notice", id: "blokkade-actief" }, t("Er ligt een juridische blokkade op de gegevens van deze leerling: wissen is opgeschort.")) : null,
    holds.length ? h("ul", { id: "blokkades" }, holds.map((x) => h("li", { "data-hold": x.holdId },
      (x.reasonErased ? t("(gewist)") : x.reason) + " · " + t("geplaatst op {0}", formatDate(x.placedAt, true)) + " · ", who(x.placedBy),
      x.liftedAt ? " · " + t("opgeheven op {0}", formatDate(x.liftedAt, true))
        : actionForm({ class: "inline" }, h("button", { type: "submit", class: "secondary", id: "blokkade-opheffen" }, t("Blokkade opheffen")),
          () => api(base + "/legal-holds/" + encodeURIComponent(x.holdId), { method: "DELETE" }), reload)))) : null,
    chronology.incidentHolds.length ? h("ul", { id: "blokkades-incidenten" }, chronology.incidentHolds.map((x) => h("li", {},
      t("Blokkade op een incident sinds {0}: ", formatDate(x.placedAt, true)),
      h("a", { href: "#/school/" + school + "/incidenten/" + encodeURIComponent(x.incidentId) }, t("naar het incident"))))) : null,
    actionForm({ id: "blokkade-plaatsen", class: "stack" }, [
      field(t("Reden voor de blokkade"), reason, t("Bijvoorbeeld een lopende rechtszaak of klacht: de gegevens mogen dan niet worden gewist.")),
      h("button", { type: "submit" }, t("Blokkade plaatsen"))],
    () => api(base + "/legal-holds", { method: "POST", json: { reason: reason.value } }), reload));

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

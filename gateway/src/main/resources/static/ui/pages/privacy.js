// The board's privacy: how long incident personal data is kept after closure (GET/PUT
// /api/boards/{b}/incidents/retention-policy) and the receipts of every erasure (GET …/erasure-receipts).
import { api } from "../api.js";
import { empty, field, formatDate, h, section, setStatus, statusLine, table } from "../dom.js";
import { t } from "../i18n.js";
import { actionForm } from "../case.js";

export async function render(ctx) {
  const base = "/api/boards/" + encodeURIComponent(ctx.board) + "/incidents";
  const [policy, receipts] = await Promise.all([api(base + "/retention-policy"), api(base + "/erasure-receipts")]).then((r) => r.map((x) => x.data));
  const months = h("input", { type: "number", name: "monthsAfterClosure", min: 1, max: 120, required: true, value: policy.monthsAfterClosure, id: "bewaartermijn" });
  const saved = statusLine("bewaartermijn-status");
  ctx.show(t("Privacy van het bestuur"),
    section(t("Bewaartermijn"),
      h("p", {}, t("Na het afsluiten van een incident worden de persoonsgegevens na deze termijn gewist, behalve onder een juridische blokkade. Standaard {0} maanden.", policy.defaultMonths)),
      actionForm({ id: "bewaartermijn-instellen", class: "inline" }, [
        field(t("Maanden na afsluiten (1–120)"), months), h("button", { type: "submit" }, t("Opslaan"))],
      () => api(base + "/retention-policy", { method: "PUT", json: { monthsAfterClosure: months.value === "" ? null : Number(months.value) } }),
      (answer) => setStatus(saved, t("Opgeslagen: {0} maanden na afsluiten.", answer.data.monthsAfterClosure))), saved),
    section(t("Wisbewijzen"), receipts.length ? h("div", { class: "scroll" }, table([t("Gewist op"), t("School"), t("Bewijsnummer"), t("Persoon (id)"), t("Incidenten"), t("Door")],
      receipts.map((r) => h("tr", { "data-receipt": r.receiptId }, h("td", {}, formatDate(r.erasedAt, true)), h("td", {}, r.schoolId),
        h("td", { class: "mono" }, r.receiptId), h("td", { class: "mono" }, r.personId),
        h("td", {}, r.incidents.length), h("td", { class: "mono" }, r.erasedBy))), { id: "wisbewijzen" })) : empty(t("Nog geen wisbewijzen."))));
}

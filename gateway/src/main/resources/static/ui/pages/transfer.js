// One chronology transfer: GET /api/schools/{s}/incidents/transfers/{id} (sender or receiver, coordinators); the
// receiving coordinator acknowledges it once (POST …/acknowledgement), which is the sender's receipt.
import { api } from "../api.js";
import { formatDate, h, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { reload } from "../app.js";
import { actionForm } from "../case.js";

export async function render(ctx) {
  const school = encodeURIComponent(ctx.school);
  const base = "/api/schools/" + school + "/incidents/transfers/" + encodeURIComponent(ctx.params.transfer);
  const x = (await api(base)).data;
  const incoming = x.toSchool === ctx.school;
  ctx.show(t("Overdracht van {0} naar {1}", x.fromSchool, x.toSchool),
    h("p", {}, h("a", { href: "#/school/" + school + "/overdrachten" }, t("← Alle overdrachten"))),
    h("dl", { class: "facts" },
      h("dt", {}, t("Leerlingnummer")), h("dd", {}, x.reference || t("(gewist)")),
      h("dt", {}, t("Overgedragen op")), h("dd", {}, formatDate(x.transferredAt, true)),
      h("dt", {}, t("Door")), h("dd", { class: "mono" }, x.transferredBy),
      h("dt", {}, t("Ontvangst")), h("dd", { id: "ontvangst" }, x.acknowledgedAt
        ? [t("bevestigd op {0} door", formatDate(x.acknowledgedAt, true)), " ", h("span", { class: "mono" }, x.acknowledgedBy)]
        : t("nog niet bevestigd"))),
    section(t("Chronologie"), table([t("Wanneer"), t("Categorie"), t("Ernst"), t("Rol van de leerling"), t("Notitie")],
      x.incidents.map((e) => h("tr", {}, h("td", {}, formatDate(e.occurredAt, true)), h("td", {}, label("category", e.category)),
        h("td", {}, label("severity", e.severity)), h("td", {}, label("role", e.role)),
        h("td", {}, e.noteErased ? t("(gewist)") : e.note || "—"))), { id: "overdracht-incidenten" })),
    incoming && !x.acknowledgedAt ? actionForm({ id: "bevestigen", class: "inline" },
      h("button", { type: "submit" }, t("Ontvangst bevestigen")),
      () => api(base + "/acknowledgement", { method: "POST" }), reload) : null);
}

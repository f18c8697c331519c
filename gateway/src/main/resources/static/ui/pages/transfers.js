// The chronology transfers of a school, sent and received: GET /api/schools/{s}/incidents/transfers (coordinators).
// A received one that is not yet acknowledged is marked; its page has the acknowledgement.
import { api } from "../api.js";
import { empty, formatDate, h, section, table } from "../dom.js";
import { t } from "../i18n.js";

export async function render(ctx) {
  const school = encodeURIComponent(ctx.school);
  const transfers = (await api("/api/schools/" + school + "/incidents/transfers")).data;
  const received = transfers.filter((x) => x.toSchool === ctx.school);
  const sent = transfers.filter((x) => x.fromSchool === ctx.school);
  const link = (x, text) => h("a", { href: "#/school/" + school + "/overdrachten/" + encodeURIComponent(x.transferId) }, text);
  const state = (x) => x.acknowledgedAt ? t("ontvangst bevestigd op {0}", formatDate(x.acknowledgedAt, true))
    : h("span", { class: "tag critical" }, t("nog niet bevestigd"));
  ctx.show(t("Overdrachten"),
    h("p", { class: "muted" }, t("Chronologieën van leerlingen die tussen scholen van het bestuur zijn overgedragen.")),
    section(t("Ontvangen"), received.length ? table([t("Ontvangen op"), t("Van school"), t("Incidenten"), t("Stand")],
      received.map((x) => h("tr", { "data-transfer": x.transferId }, h("td", {}, link(x, formatDate(x.transferredAt, true))),
        h("td", {}, x.fromSchool), h("td", {}, x.incidents), h("td", {}, state(x)))), { id: "ontvangen" }) : empty(t("Nog niets ontvangen."))),
    section(t("Verzonden"), sent.length ? table([t("Verzonden op"), t("Naar school"), t("Incidenten"), t("Stand")],
      sent.map((x) => h("tr", { "data-transfer": x.transferId }, h("td", {}, link(x, formatDate(x.transferredAt, true))),
        h("td", {}, x.toSchool), h("td", {}, x.incidents), h("td", {}, state(x)))), { id: "verzonden" }) : empty(t("Nog niets verzonden."))));
}

// The whole history of one record (incident, plan, round, session, school): GET /api/boards/{b}/history/{id}.
import { api } from "../api.js";
import { formatDate, h } from "../dom.js";
import { t } from "../i18n.js";

export async function render(ctx) {
  const history = (await api("/api/boards/" + encodeURIComponent(ctx.board) + "/history/" + encodeURIComponent(ctx.params.record))).data;
  ctx.show(t("Geschiedenis van {0}", history.recordId),
    h("p", {}, h("a", { href: "#/bestuur/" + ctx.board + "/audit" }, t("← Terug naar de audittrail"))),
    h("p", {}, t("{0} gebeurtenissen", history.events) + (history.complete ? "" : " — " + t("alleen de eerste 10.000"))),
    h("ol", { class: "timeline", id: "historie" }, history.entries.map((e) => h("li", {},
      h("p", {}, h("strong", {}, e.eventType), " · ", formatDate(e.occurredAt, true), " · ", h("span", { class: "mono" }, e.actor || "—")),
      e.erasedSubjects && e.erasedSubjects.length ? h("p", { class: "notice" }, t("Persoonsgegevens in deze gebeurtenis zijn gewist.")) : null,
      h("details", {}, h("summary", {}, t("Inhoud zoals vastgelegd")), h("pre", {}, pretty(e.payload))),
      h("p", { class: "muted mono" }, "hash " + e.hash.substring(0, 16) + "…")))));
}

function pretty(payload) {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch (e) {
    return payload;
  }
}

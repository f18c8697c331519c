// Monitor rounds of a school (survey-service): GET/POST /api/schools/{s}/surveys/rounds.
import { api, errorBox } from "../api.js";
import { empty, field, formatDate, h, section, select, table } from "../dom.js";
import { label, options, t } from "../i18n.js";

export async function render(ctx) {
  const base = "/api/schools/" + encodeURIComponent(ctx.school) + "/surveys/rounds";
  const rounds = (await api(base)).data;
  const audience = select("audience", options("audience"), "PUPILS_PRIMARY");
  const today = new Date().toISOString().substring(0, 10);
  const opens = h("input", { type: "date", name: "opensAt", value: today, required: true });
  const closes = h("input", { type: "date", name: "closesAt", value: new Date(Date.now() + 14 * 864e5).toISOString().substring(0, 10), required: true });
  const outcome = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "stack", id: "ronde-openen" }, field(t("Voor wie"), audience), field(t("Open vanaf"), opens), field(t("Open tot en met"), closes),
    h("button", { type: "submit" }, t("Ronde openen")), outcome);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const opensAt = opens.value === today ? new Date().toISOString() : new Date(opens.value + "T07:00:00").toISOString();
      const answer = await api(base, { method: "POST", json: { audience: audience.value, opensAt, closesAt: new Date(closes.value + "T23:00:00").toISOString() } });
      location.hash = "#/school/" + ctx.school + "/monitor/" + answer.data.roundId;
    } catch (error) {
      outcome.replaceChildren(errorBox(error));
    }
  });
  ctx.show(t("Monitor sociale veiligheid"),
    section(t("Rondes"), rounds.length ? table([t("Schooljaar"), t("Voor wie"), t("Open"), t("Stand"), t("Inspectie uiterlijk")],
      rounds.map((r) => h("tr", {}, h("td", {}, h("a", { href: "#/school/" + ctx.school + "/monitor/" + r.roundId }, r.schoolYear)),
        h("td", {}, label("audience", r.audience)), h("td", {}, formatDate(r.opensAt) + " – " + formatDate(r.closesAt)),
        h("td", {}, label("round", r.status)), h("td", {}, formatDate(r.deliveryDeadline))))) : empty(t("Nog geen rondes."))),
    section(t("Nieuwe ronde"), form));
}

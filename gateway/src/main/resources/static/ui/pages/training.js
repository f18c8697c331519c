// Professional development (training-service): the catalogue (GET /api/training/courses), upcoming sessions
// (GET /api/training/sessions) with enrolment (POST /api/schools/{s}/training/sessions/{id}/enrolments),
// the own record and certificates (GET /api/training/me/record, …/me/certificates/{id} as PDF).
import { api, errorBox } from "../api.js";
import { empty, formatDate, h, number, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { reload } from "../app.js";

export async function render(ctx) {
  const [courses, sessions, record] = await Promise.all([api("/api/training/courses"), api("/api/training/sessions"),
    api("/api/training/me/record")].map((p) => p.then((r) => r.data)));
  const school = ctx.me.schools[0];
  const out = h("div", { "aria-live": "polite" });
  const mine = new Set(record.sessions.filter((s) => s.status !== "CANCELLED").map((s) => s.sessionId));
  const enrol = (session) => async () => {
    out.replaceChildren();
    try {
      const answer = await api("/api/schools/" + encodeURIComponent(school) + "/training/sessions/" + session.sessionId + "/enrolments", { method: "POST", json: {} });
      out.append(h("p", { class: "success" }, answer.data.status === "WAITING" ? t("Je staat op de wachtlijst (plaats {0}).", answer.data.position) : t("Je bent ingeschreven voor {0}.", session.courseTitle)));
      reload();
    } catch (error) {
      out.append(errorBox(error));
    }
  };
  ctx.show(t("Scholing"),
    section(t("Mijn scholing"),
      h("p", {}, t("{0} uur gevolgd", number(record.hoursAttended, 1))),
      record.sessions.length ? table([t("Wat"), t("Wanneer"), t("Stand")], record.sessions.map((s) => h("tr", {},
        h("td", {}, s.courseTitle), h("td", {}, formatDate(s.date)), h("td", {}, label("enrolment", s.status) + (s.attended ? " · " + t("aanwezig") : ""))))) : empty(t("Je hebt nog geen scholing gevolgd.")),
      record.certificates.length ? [h("h3", {}, t("Certificaten")), h("ul", {}, record.certificates.map((c) =>
        h("li", {}, h("a", { href: "/api/training/me/certificates/" + encodeURIComponent(c.certificateId), download: "certificaat.pdf" }, c.courseTitle + " (" + formatDate(c.date) + ")"))))] : null),
    section(t("Komende bijeenkomsten"), out, sessions.length ? table([t("Wat"), t("Wanneer"), t("Waar"), t("Plaatsen"), ""], sessions.map((s) => h("tr", {},
      h("td", {}, s.courseTitle, s.lerarenregister ? h("span", { class: "tag" }, t("lerarenregister")) : null),
      h("td", {}, formatDate(s.date) + " " + (s.start || "").substring(0, 5)), h("td", {}, s.online ? t("online") : s.city || "—"),
      h("td", {}, s.placesLeft + " / " + s.capacity + (s.waiting ? " · " + t("{0} wachtend", s.waiting) : "")),
      h("td", {}, school && !s.cancelled && !mine.has(s.sessionId) ? h("button", { type: "button", class: "secondary", onclick: enrol(s) }, s.placesLeft > 0 ? t("Inschrijven") : t("Op wachtlijst"))
        : mine.has(s.sessionId) ? t("ingeschreven") : "")))) : empty(t("Geen bijeenkomsten gepland."))),
    section(t("Catalogus"), courses.length ? table([t("Titel"), t("Soort"), t("Aanbieder"), t("Uren")], courses.map((c) => h("tr", {},
      h("td", {}, c.title), h("td", {}, label("course", c.kind)), h("td", {}, c.provider), h("td", {}, number(c.hours, 1))))) : empty()));
}

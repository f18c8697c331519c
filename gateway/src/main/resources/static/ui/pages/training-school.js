// A school's training for its coordinator and board (training-service): the coverage against the board's required
// training (GET /api/schools/{s}/training/coverage), the staff as their tokens placed them here (…/training/staff),
// one person's record with certificates (…/people/{userId}/record, …/certificates/{id} as PDF) and the plan's learning
// needs next to the offers that match them (…/learning-needs).
import { api, errorBox, get } from "../api.js";
import { empty, formatDate, h, number, section, table } from "../dom.js";
import { label, t } from "../i18n.js";

/** The coverage answers name roles as enum constants (STAFF), requirements as claims (staff); pages use claims. */
export const claim = (role) => role.toLowerCase().replace(/_/g, "-");

/** What a gap asks for, e.g. "cursus binnen 2 jaar (geaccrediteerd)". */
const gapText = (g) => label("course", g.kind) + " " + t("binnen {0} jaar", g.withinYears) + (g.accreditedOnly ? " (" + t("geaccrediteerd") + ")" : "");

/** One row per school and role: who is trained in what, and the board's requirements nobody in the role meets. */
export function coverageTable(coverages, attrs) {
  const rows = coverages.flatMap((c) => c.roles.map((r) => h("tr", { "data-school": c.schoolId, "data-role": claim(r.role) },
    h("td", {}, c.schoolId), h("td", {}, t("rol." + claim(r.role))), h("td", {}, number(r.trainedPeople)),
    h("td", {}, r.kindsFollowed.length ? r.kindsFollowed.map((k) => label("course", k)).join(", ") : "—"),
    h("td", {}, number(r.hours, 1)),
    r.gaps.length ? h("td", { class: "bad" }, t("Ontbreekt:") + " " + r.gaps.map(gapText).join("; "))
      : h("td", { class: "ok-line" }, t("gedekt")))));
  if (!rows.length) return empty(t("Niets te dekken: het bestuur vraagt (nog) geen scholing en niemand volgde scholing in de afgelopen jaren."));
  return table([t("School"), t("Rol"), t("Mensen geschoold"), t("Gevolgd"), t("Uren"), t("Eisen van het bestuur")], rows, attrs);
}

export async function render(ctx) {
  const base = "/api/schools/" + encodeURIComponent(ctx.school) + "/training";
  const [coverage, staff, needs] = await Promise.all([get(base + "/coverage"), get(base + "/staff"), get(base + "/learning-needs")]);
  const record = h("div", { id: "dossier", "aria-live": "polite" });
  ctx.show(t("Scholing van school {0}", ctx.school),
    section(t("Dekking"), coverage.computedAt ? h("p", { class: "muted" }, t("Berekend op {0}", formatDate(coverage.computedAt, true))) : null,
      coverageTable([coverage], { id: "dekking" })),
    section(t("Medewerkers"), h("p", { class: "muted" }, t("Iedereen die Koers voor deze school heeft gebruikt; de naam staat er zodra iemand zich voor scholing heeft ingeschreven.")),
      staff.length ? table([t("Naam"), t("Gebruikers-id"), t("Rollen"), ""], staff.map((p) => h("tr", { "data-user": p.userId },
        h("td", {}, p.name || t("naam onbekend")), h("td", { class: "mono" }, p.userId), h("td", {}, p.roles.map((r) => t("rol." + r)).join(", ")),
        h("td", {}, h("button", { type: "button", class: "secondary", "aria-label": t("Scholing van {0} bekijken", p.name || p.userId),
          onclick: () => showRecord(base, p, record) }, t("Scholing bekijken"))))), { id: "medewerkers" })
        : empty(t("Nog niemand van deze school heeft Koers gebruikt.")), record),
    section(t("Scholingsbehoeften uit het veiligheidsplan"), needs.length ? h("ul", { id: "behoeften" }, needs.map((n) => h("li", {},
      n.need, " ", h("span", { class: "muted" }, "(" + n.schoolYear + ")"),
      n.offers.length ? h("ul", {}, n.offers.map((o) => h("li", {}, o.title + " · " + label("course", o.kind) + " · " + o.provider)))
        : h("p", { class: "muted" }, t("Nog geen passend aanbod."))))) : empty(t("Nog geen scholingsbehoeften."))));
}

async function showRecord(base, person, out) {
  out.replaceChildren();
  let r;
  try {
    r = await get(base + "/people/" + encodeURIComponent(person.userId) + "/record");
  } catch (error) {
    out.append(errorBox(error));
    return;
  }
  const heading = h("h3", { tabindex: "-1" }, t("Scholing van {0}", person.name || person.userId));
  // h() leaves out what is absent; DOM append would write it as the text "null".
  out.replaceChildren(h("div", {}, heading,
    h("p", {}, t("{0} uur gevolgd", number(r.hoursAttended, 1))),
    r.sessions.length ? table([t("Wat"), t("Wanneer"), t("Waar"), t("Stand")], r.sessions.map((s) => h("tr", { "data-session": s.sessionId },
      h("td", {}, s.courseTitle), h("td", {}, formatDate(s.date) + " " + s.start.substring(0, 5)), h("td", {}, s.place === "online" ? t("online") : s.place),
      h("td", {}, label("enrolment", s.status) + (s.attended ? " · " + t("aanwezig") : "") + (s.sessionCancelled ? " · " + t("geannuleerd") : ""))))) : empty(t("Nog geen scholing.")),
    r.certificates.length ? [h("h4", {}, t("Certificaten")), h("ul", {}, r.certificates.map((c) => h("li", {},
      h("a", { href: base + "/certificates/" + encodeURIComponent(c.certificateId), download: "certificaat.pdf" }, c.courseTitle + " (" + formatDate(c.date) + ")"))))] : null));
  heading.focus();
}

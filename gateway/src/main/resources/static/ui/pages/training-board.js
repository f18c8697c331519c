// A board's training administration (training-service, ADR 0041–0043): the training it requires per role and kind
// (GET/POST /api/boards/{b}/training/requirements, DELETE …/requirements/{role}/{kind}), every school's coverage
// against it (GET …/training/coverage), and its own offers: courses (POST …/training/courses), their sessions (POST
// …/courses/{id}/sessions, …/sessions/{id}/reschedule, …/cancel) with participants and attendance (GET
// …/participants, POST …/attendance; past sessions through GET /api/training/courses/{id}/sessions). A board organises
// only its own courses; the provider catalogue is the platform's.
import { api, errorBox, get } from "../api.js";
import { empty, field, formatDate, h, number, section, select, setStatus, statusLine, table } from "../dom.js";
import { label, options, t } from "../i18n.js";
import { planForm, today } from "./plan-parts.js";
import { claim, coverageTable } from "./training-school.js";
import { reload } from "../app.js";

const ROLES = ["staff", "coordinator", "confidential-adviser", "board-admin"];
const roleOptions = () => ROLES.map((r) => [r, t("rol." + r)]);

// What the last change said, shown once on the page it leads to (a change shows the page again).
let saved = null;

export async function render(ctx) {
  const base = "/api/boards/" + encodeURIComponent(ctx.board) + "/training";
  const admin = ctx.me.roles.includes("board-admin");
  const [requirements, coverage, courses, sessions] = await Promise.all([get(base + "/requirements"), get(base + "/coverage"),
    admin ? get("/api/training/courses") : [], admin ? get("/api/training/sessions") : []]);
  const status = statusLine("scholing-status");
  if (saved) setStatus(status, saved);
  saved = null;
  const coverageBox = h("div", { id: "bestuursdekking", "aria-live": "polite" }, coverageTable(coverage, { id: "dekking" }));
  const own = courses.filter((c) => c.boardId === ctx.board);
  const past = admin ? await pastSection(base, own) : null;
  ctx.show(t("Scholing van het bestuur"), status,
    requirementsSection(base, requirements, coverage, coverageBox, admin),
    section(t("Dekking per school"), h("p", { class: "muted" }, t("Per school en rol: wie welke scholing volgde en welke eisen van het bestuur niemand in die rol haalt.")), coverageBox),
    admin ? sessionsSection(base, sessions.filter((s) => s.boardId === ctx.board)) : null, past,
    admin ? scheduleSection(base, own) : null,
    admin ? courseSection(base, own) : null);
}

function requirementsSection(base, requirements, coverage, coverageBox, admin) {
  const list = h("div", { id: "eisen-lijst" });
  let before = JSON.stringify(coverage);
  const changed = async (answer) => {
    list.replaceChildren(requirementTable(answer, remove));
    before = await refreshCoverage(base, before, coverageBox);
  };
  const remove = admin ? (r) => async (e) => {
    const row = e.target.closest("tr");
    try {
      await api(base + "/requirements/" + encodeURIComponent(r.role) + "/" + encodeURIComponent(r.kind), { method: "DELETE" });
      await changed(await get(base + "/requirements"));
    } catch (error) {
      row.after(h("tr", {}, h("td", { colspan: 5 }, errorBox(error))));
    }
  } : null;
  list.append(requirementTable(requirements, remove));
  const role = select("role", roleOptions(), "staff");
  const kind = select("kind", options("course"), "COURSE");
  const years = h("input", { name: "withinYears", type: "number", inputmode: "numeric", value: 3 });
  const accredited = h("input", { type: "checkbox", name: "accreditedOnly", id: "eis-geaccrediteerd" });
  const form = admin ? planForm("eis-instellen", [h("h3", {}, t("Eis instellen")), field(t("Rol"), role), field(t("Soort scholing"), kind),
    field(t("Elke hoeveel jaar (1–10)"), years, t("Iemand in deze rol heeft dit binnen zoveel jaar gevolgd.")),
    h("span", { class: "check" }, accredited, h("label", { for: accredited.id }, t("Alleen geaccrediteerd (lerarenregister)"))),
    h("button", { type: "submit" }, t("Eis opslaan"))],
  () => api(base + "/requirements", { method: "POST", json: { role: role.value, kind: kind.value,
    withinYears: years.value === "" ? null : Number(years.value), accreditedOnly: accredited.checked } }), false,
  (answer) => changed(answer.data)) : null;
  return section(t("Vereiste scholing per rol"), list, form);
}

function requirementTable(requirements, remove) {
  if (!requirements.length) return empty(t("Het bestuur heeft nog geen scholing vereist."));
  return table([t("Rol"), t("Soort scholing"), t("Elke"), t("Geaccrediteerd"), ""], requirements.map((r) => h("tr", { "data-role": r.role, "data-kind": r.kind },
    h("td", {}, t("rol." + r.role)), h("td", {}, label("course", r.kind)), h("td", {}, t("{0} jaar", r.withinYears)),
    h("td", {}, r.accreditedOnly ? t("ja") : t("nee")),
    h("td", {}, remove ? h("button", { type: "button", class: "link", onclick: remove(r),
      "aria-label": t("Eis {0} voor {1} weghalen", label("course", r.kind), t("rol." + r.role)) }, t("Weghalen")) : null))), { id: "eisen" });
}

/**
 * Coverage is recomputed after the event, in its own processor (ADR 0043): ask again every second until it
 * changed, so that the board sees the effect of its change without reloading. Answers the coverage now shown.
 */
async function refreshCoverage(base, before, box) {
  box.setAttribute("aria-busy", "true");
  box.replaceChildren(h("p", { class: "muted" }, t("De dekking wordt bijgewerkt…")));
  let now = before;
  try {
    // Up to a minute: on a busy machine the recomputation can take longer than a few seconds.
    for (let attempt = 0; attempt < 60 && now === before; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      now = JSON.stringify(await get(base + "/coverage"));
    }
    box.replaceChildren(coverageTable(JSON.parse(now), { id: "dekking" }));
  } catch (error) {
    box.replaceChildren(errorBox(error));
  }
  box.removeAttribute("aria-busy");
  return now;
}

const when = (s) => formatDate(s.date) + " " + (s.start || "").substring(0, 5) + "–" + (s.end || "").substring(0, 5);
const where = (s) => (s.online ? t("online") : s.city + (s.venue ? ", " + s.venue : ""));

function sessionsSection(base, sessions) {
  return section(t("Komende bijeenkomsten van het bestuur"), sessions.length ? h("div", { id: "bijeenkomsten" }, sessions.map((s) =>
    sessionCard(base, s, h("details", { class: "adder" }, h("summary", {}, t("Verplaatsen")), scheduleForm("verplaatsen-" + s.sessionId, s,
      (body) => api(base + "/sessions/" + encodeURIComponent(s.sessionId) + "/reschedule", { method: "POST", json: body }),
      t("Verplaatsen"), t("Verplaatst: iedereen blijft ingeschreven en krijgt bericht."))), cancelForm(base, s))))
    : empty(t("Het bestuur heeft geen komende bijeenkomsten.")));
}

/**
 * Attendance is recorded after the day, when a session has left the upcoming list: the sessions of the board's own
 * courses (GET /api/training/courses/{id}/sessions, one call per course) before today, not cancelled.
 */
async function pastSection(base, own) {
  const all = (await Promise.all(own.map((c) => get("/api/training/courses/" + encodeURIComponent(c.courseId) + "/sessions")))).flat();
  const past = all.filter((s) => !s.cancelled && s.date < today()).sort((a, b) => (b.date + b.start).localeCompare(a.date + a.start));
  return section(t("Afgelopen bijeenkomsten: aanwezigheid"), past.length
    ? h("div", { id: "afgelopen-bijeenkomsten" }, past.map((s) => sessionCard(base, s))) : empty(t("Nog geen afgelopen bijeenkomsten.")));
}

function sessionCard(base, s, ...actions) {
  return h("article", { class: "card", "data-session": s.sessionId },
    h("h3", {}, s.courseTitle + " · " + when(s)),
    h("p", {}, where(s) + " · " + t("{0} van {1} plaatsen bezet", s.enrolled, s.capacity) + (s.waiting ? " · " + t("{0} wachtend", s.waiting) : "")
      + " · " + t("inschrijven tot {0}", formatDate(s.enrolmentDeadline, true))),
    participants(base, s), actions);
}

function cancelForm(base, s) {
  const reason = h("textarea", { name: "reason", rows: 2 });
  return h("details", { class: "adder" }, h("summary", {}, t("Annuleren")), planForm("annuleren-" + s.sessionId,
    [field(t("Reden (voor de ingeschrevenen)"), reason), h("button", { type: "submit", class: "danger" }, t("Bijeenkomst annuleren"))],
    () => api(base + "/sessions/" + encodeURIComponent(s.sessionId) + "/cancel", { method: "POST", json: { reason: reason.value } }), false,
    () => {
      saved = t("Geannuleerd: {0}. De ingeschrevenen krijgen bericht.", s.courseTitle);
      reload();
    }));
}

/** The list the organiser records attendance from, loaded when it is opened (names are personal data). */
function participants(base, s) {
  const path = base + "/sessions/" + encodeURIComponent(s.sessionId);
  const list = h("div", { class: "deelnemers", "aria-live": "polite" });
  const load = async () => {
    try {
      const people = await get(path + "/participants");
      list.replaceChildren(people.length ? table([t("Naam"), t("Gebruikers-id"), t("School"), t("Rol"), t("Stand"), t("Aanwezig")], people.map((p) =>
        h("tr", { "data-participant": p.participant },
          h("td", {}, p.nameErased ? t("(gewist)") : p.name), h("td", { class: "mono" }, p.participant), h("td", {}, p.schoolId),
          h("td", {}, t("rol." + claim(p.role))), h("td", {}, label("enrolment", p.status) + (p.position ? " " + t("(plaats {0})", p.position) : "")),
          h("td", {}, p.attended === null ? t("nog niet vastgelegd") : p.attended ? t("aanwezig") : t("afwezig"),
            p.status === "ENROLLED" ? h("span", { class: "actions" }, attendance(path, p, true, list, load), attendance(path, p, false, list, load)) : null)))) : empty(t("Nog niemand ingeschreven.")));
    } catch (error) {
      list.replaceChildren(errorBox(error));
    }
  };
  const details = h("details", { class: "adder" }, h("summary", {}, t("Deelnemers ({0})", s.enrolled + s.waiting)), list);
  details.addEventListener("toggle", () => details.open && load());
  return details;
}

function attendance(path, p, attended, list, load) {
  const who = p.name || p.participant;
  return h("button", { type: "button", class: "secondary", "aria-label": attended ? t("{0} was aanwezig", who) : t("{0} was afwezig", who),
    onclick: async () => {
      try {
        await api(path + "/attendance", { method: "POST", json: { participant: p.participant, attended } });
        await load();
      } catch (error) {
        list.prepend(errorBox(error));
      }
    } }, attended ? t("aanwezig") : t("afwezig"));
}

/** Date, times, place, and for a new session its capacity; empty fields go as null so the service names them. */
function scheduleForm(id, current, send, button, done, extra = []) {
  const v = (name) => (current ? current[name] : null);
  const date = h("input", { name: "date", type: "date", value: v("date") || "" });
  const start = h("input", { name: "start", type: "time", value: (v("start") || "").substring(0, 5) });
  const end = h("input", { name: "end", type: "time", value: (v("end") || "").substring(0, 5) });
  const online = h("input", { type: "checkbox", name: "online", id: id + "-online", checked: !!v("online") });
  const city = h("input", { name: "city", value: v("city") || "", autocomplete: "address-level2" });
  const venue = h("input", { name: "venue", value: v("venue") || "" });
  const capacity = current ? null : h("input", { name: "capacity", type: "number", inputmode: "numeric", value: 20 });
  const deadline = h("input", { name: "enrolmentDeadline", type: "datetime-local" });
  const value = (input) => (input.value === "" ? null : input.value);
  return planForm(id, [...extra, field(t("Datum"), date), field(t("Begintijd"), start), field(t("Eindtijd"), end),
    h("span", { class: "check" }, online, h("label", { for: online.id }, t("Online"))),
    field(t("Plaats"), city, t("Niet nodig bij online.")), field(t("Locatie (optioneel)"), venue),
    capacity ? field(t("Aantal plaatsen"), capacity) : null,
    field(t("Inschrijven kan tot (optioneel)"), deadline, t("Leeg: tot de bijeenkomst begint.")),
    h("button", { type: "submit" }, button)],
  () => send({ date: value(date), start: value(start), end: value(end), online: online.checked, city: value(city), venue: value(venue),
    capacity: capacity && capacity.value !== "" ? Number(capacity.value) : null,
    enrolmentDeadline: deadline.value ? new Date(deadline.value).toISOString() : null }), false,
  () => {
    saved = done;
    reload();
  });
}

function scheduleSection(base, own) {
  if (!own.length) return section(t("Bijeenkomst plannen"), empty(t("Maak eerst hieronder een eigen aanbod; de catalogus van de aanbieders plant het platform.")));
  const course = select("courseId", own.map((c) => [c.courseId, c.title + " (" + label("course", c.kind) + ")"]), own[own.length - 1].courseId);
  return section(t("Bijeenkomst plannen"), scheduleForm("bijeenkomst-plannen", null,
    (body) => api(base + "/courses/" + encodeURIComponent(course.value) + "/sessions", { method: "POST", json: body }),
    t("Bijeenkomst plannen"), t("Gepland."), [field(t("Aanbod"), course)]));
}

function courseSection(base, own) {
  const kind = select("kind", options("course"), "WORKSHOP");
  const title = h("input", { name: "title" });
  const provider = h("input", { name: "provider" });
  const hours = h("input", { name: "hours", type: "number", step: "0.5", inputmode: "decimal", value: 2 });
  const description = h("textarea", { name: "description", rows: 2 });
  const accredited = h("input", { type: "checkbox", name: "lerarenregister", id: "aanbod-lerarenregister" });
  const roles = h("fieldset", { class: "checks" }, h("legend", {}, t("Voor wie")), ROLES.map((r) => {
    const box = h("input", { type: "checkbox", name: "targetRoles", value: r, id: "aanbod-rol-" + r, checked: r === "staff" });
    return h("span", { class: "check" }, box, h("label", { for: box.id }, t("rol." + r)));
  }));
  const form = planForm("aanbod-maken", [field(t("Soort"), kind), field(t("Titel"), title), field(t("Aanbieder"), provider, t("Wie het geeft, bijvoorbeeld het bestuursbureau.")),
    field(t("Uren"), hours), field(t("Beschrijving (optioneel)"), description), roles,
    h("span", { class: "check" }, accredited, h("label", { for: accredited.id }, t("Geaccrediteerd (lerarenregister)"))),
    h("button", { type: "submit" }, t("Aanbod opslaan"))],
  () => api(base + "/courses", { method: "POST", json: { kind: kind.value, title: title.value, provider: provider.value,
    hours: hours.value === "" ? null : Number(hours.value), description: description.value || null, lerarenregister: accredited.checked,
    targetRoles: [...roles.querySelectorAll("input:checked")].map((b) => b.value) } }), false,
  () => {
    saved = t("Aanbod opgeslagen: {0}. Plan er nu een bijeenkomst voor.", title.value);
    reload();
  });
  return section(t("Eigen aanbod"), own.length ? table([t("Titel"), t("Soort"), t("Aanbieder"), t("Uren")], own.map((c) => h("tr", { "data-course": c.courseId },
    h("td", {}, c.title), h("td", {}, label("course", c.kind)), h("td", {}, c.provider), h("td", {}, number(c.hours, 1)))), { id: "eigen-aanbod" })
    : empty(t("Het bestuur heeft nog geen eigen aanbod.")), h("h3", {}, t("Nieuw aanbod")), form);
}

// The Koers web application: who is logged in (/api/me), the menu for that person's roles, and a small hash router
// with one module per page. Pages call the services through /api/**; the services decide what may be seen.
import { api, errorBox } from "./api.js";
import { h, show } from "./dom.js";
import { t, lang, setLang } from "./i18n.js";

const SCHOOL_ROLES = ["staff", "coordinator", "board-admin", "confidential-adviser"];

/** path pattern → page module, and who sees it in the menu (the API still decides on every call). */
const ROUTES = [
  { path: "school/:school/dashboard", page: "dashboard", roles: ["staff", "coordinator", "board-admin"], menu: "Dashboard", scope: "school" },
  { path: "school/:school/melden", page: "incident-new", roles: SCHOOL_ROLES, menu: "Incident melden", scope: "school" },
  { path: "school/:school/incidenten", page: "incidents", roles: SCHOOL_ROLES, menu: "Incidenten", scope: "school" },
  { path: "school/:school/incidenten/:incident", page: "incident" },
  { path: "school/:school/leerlingen/:reference", page: "pupil" },
  { path: "school/:school/overdrachten", page: "transfers", roles: ["coordinator"], menu: "Overdrachten", scope: "school" },
  { path: "school/:school/overdrachten/:transfer", page: "transfer" },
  { path: "school/:school/plan", page: "plan", roles: ["staff", "coordinator", "board-admin"], menu: "Veiligheidsplan", scope: "school" },
  { path: "school/:school/monitor", page: "surveys", roles: ["coordinator", "board-admin"], menu: "Monitor", scope: "school" },
  { path: "school/:school/monitor/:round", page: "survey" },
  { path: "school/:school/scholing", page: "training-school", roles: ["coordinator", "board-admin"], menu: "Scholing school", scope: "school" },
  { path: "scholing", page: "training", roles: ["staff", "coordinator", "board-admin", "confidential-adviser", "auditor", "platform-admin"], menu: "Scholing" },
  { path: "bestuur/:board/dashboard", page: "board", roles: ["board-admin", "auditor"], menu: "Bestuur", scope: "board" },
  { path: "bestuur/:board/monitor", page: "monitor-board", roles: ["board-admin"], menu: "Monitor bestuur", scope: "board" },
  { path: "bestuur/:board/audit", page: "audit", roles: ["auditor", "board-admin"], menu: "Audittrail", scope: "board" },
  { path: "bestuur/:board/historie/:record", page: "history" },
  { path: "bestuur/:board/privacy", page: "privacy", roles: ["board-admin", "auditor"], menu: "Privacy", scope: "board" },
  { path: "bestuur/:board/scholing", page: "training-board", roles: ["board-admin", "auditor"], menu: "Scholing bestuur", scope: "board" },
  { path: "bestuur/:board/plan-presets", page: "plan-presets", roles: ["board-admin"], menu: "Plan klaarzetten", scope: "board" },
  { path: "bestuur/:board/beheer", page: "admin", roles: ["board-admin"], menu: "Beheer", scope: "board" },
  { path: "platform", page: "platform", roles: ["platform-admin"], menu: "Platform" },
];

const state = { me: null, schools: [], school: null };

function match(hash) {
  const parts = hash.replace(/^#\/?/, "").split("?")[0].split("/").filter(Boolean).map(decodeURIComponent);
  for (const route of ROUTES) {
    const pattern = route.path.split("/");
    if (pattern.length !== parts.length) continue;
    const params = {};
    if (pattern.every((p, i) => (p.startsWith(":") ? ((params[p.substring(1)] = parts[i]), true) : p === parts[i]))) {
      return { route, params };
    }
  }
  return null;
}

export function query() {
  return new URLSearchParams(location.hash.split("?")[1] || "");
}

const allowed = (route) => route.roles && route.roles.some((r) => state.me.roles.includes(r));

function href(route, school) {
  return "#/" + route.path.replace(":school", encodeURIComponent(school || "")).replace(":board", encodeURIComponent(state.me.board || ""));
}

function menu(current) {
  const nav = document.getElementById("nav");
  const items = ROUTES.filter((r) => r.menu && allowed(r) && (r.scope !== "school" || state.school)
    && (r.scope !== "board" || state.me.board));
  const list = h("ul", {}, items.map((r) => {
    const link = h("a", { href: href(r, state.school) }, t(r.menu));
    if (current && current.route === r) link.setAttribute("aria-current", "page");
    return h("li", {}, link);
  }));
  const parts = [list];
  if (state.schools.length > 1 && items.some((r) => r.scope === "school")) {
    const picker = h("select", { id: "school-kiezen", "aria-label": t("School") },
      state.schools.map((s) => h("option", { value: s.schoolId, selected: s.schoolId === state.school }, s.name ? s.schoolId + " " + s.name : s.schoolId)));
    picker.addEventListener("change", () => {
      state.school = picker.value;
      const m = match(location.hash);
      const target = m && m.route.scope === "school" ? m.route : ROUTES[0];
      location.hash = href(target, state.school);
    });
    parts.push(h("label", { class: "picker" }, h("span", { class: "sr-only" }, t("School")), picker));
  }
  nav.replaceChildren(...parts);
}

function home() {
  const first = ROUTES.find((r) => r.menu && allowed(r) && (r.scope !== "school" || state.school) && (r.scope !== "board" || state.me.board));
  return first ? href(first, state.school) : null;
}

let generation = 0;

async function route() {
  if (!state.me) return;
  // A page shows only while it is the latest route: a slow answer for a page the user already left must not
  // replace the page they are on now.
  const mine = ++generation;
  const current = () => mine === generation;
  const m = match(location.hash);
  if (!m) {
    const target = home();
    if (target && location.hash !== target) {
      location.replace(target);
      return;
    }
    show(t("Welkom bij Koers"), h("p", {}, t("Er is voor jouw rollen geen pagina beschikbaar.")));
    return;
  }
  if (m.params.school && state.schools.some((s) => s.schoolId === m.params.school)) state.school = m.params.school;
  menu(m);
  const ctx = { me: state.me, params: m.params, school: m.params.school, board: m.params.board || state.me.board,
    schools: state.schools, query: query(), show: (...content) => (current() ? show(...content) : null) };
  try {
    const module = await import("./pages/" + m.route.page + ".js");
    await module.render(ctx);
  } catch (error) {
    if (error && error.status !== undefined) ctx.show(t("Dat lukte niet"), errorBox(error));
    else throw error;
  }
}

async function start() {
  document.documentElement.lang = lang();
  const taal = document.getElementById("taal");
  const label = () => {
    taal.textContent = lang() === "nl" ? "English" : "Nederlands";
    taal.setAttribute("lang", lang() === "nl" ? "en" : "nl");
    document.getElementById("skip").textContent = t("Naar de inhoud");
    document.getElementById("uitloggen").textContent = t("Uitloggen");
  };
  label();
  taal.addEventListener("click", () => {
    setLang(lang() === "nl" ? "en" : "nl");
    label();
    whoLine();
    route();
  });
  document.getElementById("uitloggen").addEventListener("click", async () => {
    await api("/logout", { method: "POST" }).catch(() => null);
    location.assign("/");
  });
  let me;
  try {
    me = (await api("/api/me")).data;
  } catch (error) {
    if (error.status === 401) {
      const failed = new URLSearchParams(location.search).has("login");
      show(t("Welkom bij Koers"),
        h("p", {}, t("Sociale veiligheid op school: veiligheidsplan, incidenten, monitor en scholing op één plek.")),
        failed ? h("p", { class: "problem", role: "alert" }, t("Inloggen is niet gelukt. Probeer het opnieuw.")) : null,
        h("p", {}, h("a", { class: "button", id: "inloggen", href: "/oauth2/authorization/keycloak" }, t("Inloggen"))));
      return;
    }
    show(t("Dat lukte niet"), errorBox(error));
    return;
  }
  state.me = me;
  if (me.board && (me.roles.includes("board-admin") || me.roles.includes("auditor"))) {
    // The board's schools: those onboarded through tenant-service, and every school the dashboards know of.
    const board = encodeURIComponent(me.board);
    const [registered, compared] = await Promise.all([
      api("/api/boards/" + board + "/schools").then((r) => r.data, () => []),
      api("/api/boards/" + board + "/dashboard?sort=name&order=asc").then((r) => r.data.rows, () => [])]);
    const byId = new Map();
    for (const s of [...compared.map((r) => ({ schoolId: r.schoolId, name: r.name })), ...registered]) byId.set(s.schoolId, s);
    state.schools = [...byId.values()].sort((a, b) => a.schoolId.localeCompare(b.schoolId));
  }
  if (!state.schools.length) state.schools = me.schools.map((s) => ({ schoolId: s }));
  if (!me.roles.includes("board-admin")) state.schools = state.schools.filter((s) => me.schools.includes(s.schoolId));
  state.school = state.schools.length ? state.schools[0].schoolId : null;
  document.getElementById("uitloggen").hidden = false;
  whoLine();
  window.addEventListener("hashchange", route);
  route();
}

function whoLine() {
  const me = state.me;
  if (!me) return;
  document.getElementById("wie").textContent = t("Ingelogd als {0}", me.user.name || me.user.username)
    + (me.roles.length ? " · " + me.roles.map((r) => t("rol." + r)).join(", ") : "");
}

/** Lets a page reload itself after a change (the same route again). */
export function reload() {
  route();
}

export function currentSchools() {
  return state.schools;
}

start();

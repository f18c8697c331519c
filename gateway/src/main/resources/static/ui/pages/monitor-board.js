// The monitor across the board (survey-service): response rate per school (each round of the school year, and the
// schools without one), per school type and per year group - GET /api/boards/{b}/surveys/response-rates?schoolYear=. Counts only: results stay
// per school, suppressed as there; a board admin follows a round's link to its results.
import { api } from "../api.js";
import { empty, field, h, number, percent, schoolYear, section, select, table } from "../dom.js";
import { label, t } from "../i18n.js";


export async function render(ctx) {
  const current = schoolYear();
  const year = ctx.query.get("schooljaar") || current;
  const d = (await api("/api/boards/" + encodeURIComponent(ctx.board) + "/surveys/response-rates?schoolYear=" + encodeURIComponent(year))).data;
  const first = Number(current.substring(0, 4));
  const years = [0, 1, 2, 3].map((back) => first - back + "-" + (first - back + 1));
  if (!years.includes(year)) years.push(year);
  const picker = select("schooljaar", years.map((y) => [y, y]), year, { id: "schooljaar" });
  picker.addEventListener("change", () => { location.hash = "#/bestuur/" + ctx.board + "/monitor?schooljaar=" + picker.value; });
  const group = (g) => { const m = /^jaargroep (\d+)$/.exec(g); return m ? t("jaargroep {0}", m[1]) : label("sector", g); };
  ctx.show(t("Monitor: respons per school"),
    h("form", { class: "inline", onsubmit: (e) => e.preventDefault() }, field(t("Schooljaar"), picker)),
    section(t("Per school"), d.locations.length || d.withoutRound.length ? table([t("School"), t("Soort"), t("Ronde"), t("Codes uitgegeven"), t("Geantwoord"), t("Respons")], [
      ...d.locations.map((l) => h("tr", { "data-round": l.roundId },
        h("td", {}, l.name, h("br"), h("span", { class: "muted" }, l.schoolId)), h("td", {}, label("sector", l.sector)),
        h("td", {}, h("a", { href: "#/school/" + l.schoolId + "/monitor/" + l.roundId }, label("round", l.status))),
        h("td", {}, number(l.issued)), h("td", {}, number(l.responded)), h("td", { class: l.percent !== null && l.percent < 50 ? "bad" : "" }, percent(l.percent)))),
      // A school without any round this year is the board's first follow-up: the yearly monitor is a legal duty.
      ...d.withoutRound.map((s) => h("tr", { "data-school": s.schoolId, class: "missing" },
        h("td", {}, s.name, h("br"), h("span", { class: "muted" }, s.schoolId)), h("td", {}, label("sector", s.sector)),
        h("td", { colspan: 4, class: "bad" }, t("nog geen ronde in dit schooljaar"))))],
      { id: "respons-scholen" }) : empty(t("In schooljaar {0} is nog geen monitor afgenomen.", year)),
    h("p", { class: "muted" }, t("Onder de 50% respons is een uitslag weinig representatief: de school kan de ronde langer open laten of klassen herinneren."))),
    h("div", { class: "grid" },
      section(t("Per soort school"), d.schoolTypes.length ? rates(d.schoolTypes, group, "respons-soort") : empty()),
      section(t("Per jaargroep"), d.yearGroups.length ? rates(d.yearGroups, group, "respons-jaargroep") : empty())));
}

function rates(rows, group, id) {
  return table([t("Groep"), t("Codes uitgegeven"), t("Geantwoord"), t("Respons")], rows.map((r) => h("tr", {},
    h("td", {}, group(r.group)), h("td", {}, number(r.issued)), h("td", {}, number(r.responded)), h("td", {}, percent(r.percent)))), { id });
}

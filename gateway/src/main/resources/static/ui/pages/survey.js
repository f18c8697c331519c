// One monitor round: codes per class (POST …/code-batches, also as CSV or PDF for the teacher), the response rate per
// class, close early, results with suppression shown as "te weinig antwoorden" (GET …/results, also as CSV; closed
// rounds only), the open answers at school level with erasure of one that names someone, and the Inspectie delivery
// (monitor-inspectie.js).
import { api, errorBox } from "../api.js";
import { empty, field, formatDate, h, number, percent, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { reload } from "../app.js";
import { pairedBars } from "../chart.js";
import { inspectie } from "./monitor-inspectie.js";

export async function render(ctx) {
  const base = "/api/schools/" + encodeURIComponent(ctx.school) + "/surveys/rounds/" + encodeURIComponent(ctx.params.round);
  const round = (await api(base)).data;
  const parts = [h("p", {}, h("a", { href: "#/school/" + ctx.school + "/monitor" }, t("← Alle rondes"))), facts(round), responses(round)];
  if (round.status !== "CLOSED") parts.push(codes(base), closeForm(base));
  else parts.push(await results(base), await openAnswers(base), await inspectie(base, round));
  ctx.show(t("Ronde {0}", round.schoolYear), parts);
}

function facts(round) {
  const dl = h("dl", { class: "facts" });
  for (const [k, v] of [[t("Voor wie"), label("audience", round.audience)], [t("Open"), formatDate(round.opensAt, true) + " – " + formatDate(round.closesAt, true)],
    [t("Stand"), label("round", round.status)], [t("Inspectie uiterlijk"), formatDate(round.deliveryDeadline)]]) dl.append(h("dt", {}, k), h("dd", {}, v));
  return dl;
}

/** Who answered so far, per class: the coordinator sees where to remind a teacher (counts only, never who). */
function responses(round) {
  const r = round.responseRates;
  if (!r || !r.school || !r.school.issued) return null;
  return section(t("Respons"),
    h("p", { id: "respons-school" }, t("{0} van {1} leerlingen hebben geantwoord ({2}).", r.school.responded, r.school.issued, percent(r.school.percent))),
    table([t("Klas"), t("Leerjaar"), t("Codes"), t("Geantwoord"), t("Respons")], r.classes.map((c) => h("tr", {},
      h("td", {}, c.group), h("td", {}, c.yearGroup), h("td", {}, c.issued), h("td", {}, c.responded), h("td", {}, percent(c.percent)))), { id: "respons-klassen" }));
}

function codes(base) {
  const klas = h("input", { name: "classLabel", required: true, placeholder: "7A" });
  const year = h("input", { name: "yearGroup", type: "number", min: 1, max: 8, value: 7, required: true });
  const count = h("input", { name: "count", type: "number", min: 1, max: 60, value: 25, required: true });
  const out = h("div", { "aria-live": "polite", id: "codes" });
  const issue = (format) => async (e) => {
    e.preventDefault();
    out.replaceChildren();
    const body = { classLabel: klas.value, yearGroup: Number(year.value), count: Number(count.value) };
    try {
      if (format) {
        const answer = await api(base + "/code-batches?format=" + format, { method: "POST", json: body, as: "blob", accept: format === "pdf" ? "application/pdf" : "text/csv" });
        const url = URL.createObjectURL(answer.data);
        const link = h("a", { href: url, download: "codes-" + body.classLabel + "." + format }, t("Codes van {0} opslaan ({1})", body.classLabel, format.toUpperCase()));
        out.append(h("p", { class: "success" }, t("De codes zijn aangemaakt. Ze worden maar één keer getoond: bewaar het bestand."), " ", link));
        link.click();
      } else {
        const answer = await api(base + "/code-batches", { method: "POST", json: body });
        out.append(h("p", { class: "success" }, t("Codes voor {0} (één per leerling, maar één keer getoond):", answer.data.classLabel)),
          h("ol", { class: "codes" }, answer.data.codes.map((c) => h("li", {}, c))),
          h("button", { type: "button", onclick: () => window.print() }, t("Afdrukken")));
      }
    } catch (error) {
      out.append(errorBox(error));
    }
  };
  return section(t("Toegangscodes per klas"), h("form", { class: "stack", onsubmit: issue(null) }, field(t("Klas"), klas), field(t("Leerjaar"), year), field(t("Aantal leerlingen"), count),
    h("p", { class: "actions" }, h("button", { type: "submit" }, t("Codes tonen")), h("button", { type: "button", class: "secondary", onclick: issue("pdf") }, t("Als PDF")),
      h("button", { type: "button", class: "secondary", onclick: issue("csv") }, t("Als CSV")))), out);
}

function closeForm(base) {
  const out = h("div", { "aria-live": "polite" });
  const button = h("button", { type: "button", class: "secondary" }, t("Ronde nu sluiten"));
  button.addEventListener("click", async () => {
    try {
      await api(base + "/close", { method: "POST" });
      reload();
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  });
  return section(t("Sluiten"), h("p", {}, t("De ronde sluit vanzelf aan het eind. Sluit je eerder, dan kan er niet meer worden geantwoord.")), button, out);
}

async function results(base) {
  const r = (await api(base + "/results")).data;
  const few = t("te weinig antwoorden");
  const rows = r.scales.map((s) => ({ label: label("scale", s.scale), now: s.school.suppressed ? null : s.school.mean,
    before: s.previousRound ? (s.previousRound.suppressed ? null : s.previousRound.mean) : undefined }));
  return section(t("Uitslagen"),
    h("p", {}, t("{0} respondenten · groepen kleiner dan {1} worden niet getoond", r.respondents, r.minimumGroupSize)),
    h("p", {}, h("a", { href: base + "/results?format=csv", download: "uitslagen.csv", id: "uitslagen-csv" }, t("Uitslagen per klas en vraag opslaan (CSV)"))),
    pairedBars(t("Schalen: deze ronde en de vorige"), rows, [t("Deze ronde"), t("Vorige ronde")], few),
    table([t("Schaal"), t("Aantal"), t("Gemiddelde"), t("% positief"), t("Bestuur")], r.scales.map((s) => h("tr", {},
      h("td", {}, label("scale", s.scale)),
      s.school.suppressed ? h("td", { colspan: 3, class: "suppressed" }, few) : [h("td", {}, s.school.n), h("td", {}, number(s.school.mean, 2)), h("td", {}, number(s.school.percentPositive, 0) + "%")],
      h("td", {}, s.boardAverage && s.boardAverage.mean !== undefined && s.boardAverage.mean !== null ? number(s.boardAverage.mean, 2) : "—")))));
}

/**
 * The pupils' open answers, for the school as a whole (no class, in no order of answering), only from the minimum
 * group size on. A text that names someone is erased: its key is deleted, so it is unreadable everywhere (ADR 0031).
 */
async function openAnswers(base) {
  const d = (await api(base + "/open-answers")).data;
  if (d.suppressed) return section(t("Open antwoorden"), h("p", { class: "suppressed" }, t("Open antwoorden worden pas getoond als genoeg leerlingen hebben geantwoord.")));
  if (!d.answers.length) return section(t("Open antwoorden"), empty(t("Geen open antwoorden.")));
  const out = h("div", { "aria-live": "polite" });
  const byQuestion = new Map();
  for (const a of d.answers) {
    if (!byQuestion.has(a.question)) byQuestion.set(a.question, []);
    byQuestion.get(a.question).push(a);
  }
  // Two steps on the page itself (no browser dialog): "Wissen…", then the consequence and "Ja, voorgoed wissen".
  const erase = (a) => (e) => {
    const opener = e.currentTarget;
    const yes = h("button", { type: "button", class: "danger" }, t("Ja, voorgoed wissen"));
    const no = h("button", { type: "button", class: "secondary" }, t("Annuleren"));
    const box = h("span", { class: "confirm", role: "alertdialog", "aria-label": t("Wissen bevestigen") },
      t("Het antwoord is daarna nergens meer leesbaar; de gesloten antwoorden van deze leerling blijven meetellen."), " ", yes, " ", no);
    no.addEventListener("click", () => { box.remove(); opener.hidden = false; opener.focus(); });
    yes.addEventListener("click", async () => {
      yes.disabled = true;
      try {
        await api(base + "/open-answers/" + encodeURIComponent(a.responseId) + "/erasure", { method: "POST" });
        reload();
      } catch (error) {
        yes.disabled = false;
        out.replaceChildren(errorBox(error));
      }
    });
    opener.hidden = true;
    opener.after(box);
    yes.focus();
  };
  return section(t("Open antwoorden"),
    h("p", { class: "muted" }, t("Noemt een antwoord een leerling of medewerker, wis het dan: het is daarna nergens meer leesbaar.")),
    [...byQuestion].map(([question, answers]) => [h("h3", {}, question), h("ul", { class: "open-answers" }, answers.map((a) =>
      h("li", {}, h("q", {}, a.text), " ", h("button", { type: "button", class: "secondary", onclick: erase(a) }, t("Wissen…")))))]),
    out);
}

// The parts of an incident's case that go beyond the workflow: the Meldcode's five steps, corrections, legal holds
// and erasure with its receipt. Used by pages/incident.js and pages/pupil.js. Every form posts to incident-service and
// shows its answer as it comes (a 403, 409 or 422 in plain Dutch); the service decides what is allowed.
import { api, errorBox } from "./api.js";
import { field, formatDate, h, section, select, table } from "./dom.js";
import { label, options, t } from "./i18n.js";

const STEPS = ["MAP_SIGNS", "CONSULT", "TALK", "WEIGH"];

/** A form that posts (or deletes) and then calls done(answer); a refusal goes into the form's own outcome area. */
export function actionForm(attrs, children, send, done) {
  const outcome = h("div", { "aria-live": "polite" });
  const form = h("form", attrs, children, outcome);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    outcome.replaceChildren();
    const button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    try {
      done(await send());
    } catch (error) {
      outcome.append(errorBox(error));
      if (error.problem && error.problem.field === "legalHold") {
        outcome.append(h("p", { class: "problem", id: "blokkade-uitleg" }, t("Er ligt een juridische blokkade op deze gegevens. Wissen kan pas als de blokkade is opgeheven.")));
      }
    } finally {
      if (button) button.disabled = false;
    }
  });
  return form;
}

/** Who did something: the user id as the services know it (there is no directory of names to look it up in). */
export const who = (actor) => h("span", { class: "mono" }, actor || "—");

/** The five steps with what was recorded (or why it was skipped), by whom and when, and the form for the next one. */
export function meldcodeSection(i, base, reload) {
  const m = i.meldcode;
  if (!m) {
    return section(t("Meldcode huiselijk geweld en kindermishandeling"),
      h("p", {}, t("Zijn er signalen van huiselijk geweld of kindermishandeling? Volg dan de vijf stappen van de Meldcode; elke stap en het besluit worden vastgelegd.")),
      actionForm({ id: "meldcode-starten", class: "inline" }, h("button", { type: "submit" }, t("Meldcode starten")),
        () => api(base + "/meldcode", { method: "POST" }), reload));
  }
  const byStep = new Map(m.steps.map((s) => [s.step, s]));
  const rows = STEPS.map((step, n) => {
    const s = byStep.get(step);
    return h("tr", { "data-step": step },
      h("th", { scope: "row" }, (n + 1) + ". " + label("meldcodeStep", step)),
      h("td", {}, s ? (s.skipped ? t("overgeslagen") : t("vastgelegd")) : t("nog niet")),
      h("td", { class: "text" }, s ? (s.text.erased ? t("(gewist)") : (s.skipped ? t("Reden: {0}", s.text.text) : s.text.text)) : "—"),
      h("td", {}, s ? who(s.by) : "—"), h("td", {}, s ? formatDate(s.at, true) : "—"));
  });
  rows.push(h("tr", { "data-step": "DECIDE" },
    h("th", { scope: "row" }, "5. " + label("meldcodeStep", "DECIDE")),
    h("td", {}, m.outcome ? label("meldcodeOutcome", m.outcome) : t("nog niet")),
    h("td", { class: "text" }, m.outcome ? (m.reasoning.erased ? t("(gewist)") : m.reasoning.text) : "—"),
    h("td", {}, m.outcome ? who(m.decidedBy) : "—"), h("td", {}, m.outcome ? formatDate(m.decidedAt, true) : "—")));
  const next = STEPS.find((s) => !byStep.has(s));
  return section(t("Meldcode huiselijk geweld en kindermishandeling"),
    h("p", { class: "muted" }, t("Gestart op {0} door", formatDate(m.startedAt, true)), " ", who(m.startedBy)),
    table([t("Stap"), t("Stand"), t("Besluit of reden"), t("Wie"), t("Wanneer")], rows, { id: "meldcode" }),
    m.outcome ? h("p", { class: "success", role: "status" }, t("Het Meldcode-traject is afgerond.")) : next ? nextStep(next, base, reload) : decision(base, reload));
}

function nextStep(step, base, reload) {
  const number = STEPS.indexOf(step) + 1;
  const decision = h("textarea", { name: "decision", rows: 3, required: true, id: "meldcode-besluit" });
  const forms = [actionForm({ id: "meldcode-stap", class: "stack" }, [
    h("h3", {}, t("Stap {0}: {1}", number, label("meldcodeStep", step))),
    field(t("Wat heb je gedaan en besloten?"), decision, t(HINTS[step])),
    h("button", { type: "submit" }, t("Stap vastleggen"))],
  () => api(base + "/meldcode/steps", { method: "POST", json: { step, decision: decision.value } }), reload)];
  if (step !== "WEIGH") {
    const reason = h("textarea", { name: "reason", rows: 2, required: true, id: "meldcode-reden" });
    forms.push(actionForm({ id: "meldcode-overslaan", class: "stack" }, [
      field(t("Waarom sla je stap {0} over?", number), reason),
      h("button", { type: "submit", class: "secondary" }, t("Stap overslaan"))],
    () => api(base + "/meldcode/skips", { method: "POST", json: { step, reason: reason.value } }), reload));
  } else {
    forms.push(h("p", { class: "muted" }, t("Het wegen met het afwegingskader kan niet worden overgeslagen.")));
  }
  return forms;
}

const HINTS = {
  MAP_SIGNS: "Welke signalen zie je, en wanneer? Beschrijf feiten.",
  CONSULT: "Met wie heb je overlegd (collega, aandachtsfunctionaris, Veilig Thuis) en wat kwam eruit?",
  TALK: "Wat zeiden de leerling en de ouders?",
  WEIGH: "Hoe weeg je het risico met het afwegingskader? Is melden bij Veilig Thuis noodzakelijk?",
};

function decision(base, reload) {
  const outcome = select("outcome", [["", t("kies…")], ...options("meldcodeOutcome")], "", { required: true, id: "meldcode-uitkomst" });
  const reasoning = h("textarea", { name: "reasoning", rows: 3, required: true, id: "meldcode-onderbouwing" });
  return actionForm({ id: "meldcode-besluit-nemen", class: "stack" }, [
    h("h3", {}, t("Stap 5: {0}", label("meldcodeStep", "DECIDE"))),
    field(t("Besluit"), outcome), field(t("Onderbouwing"), reasoning),
    h("button", { type: "submit" }, t("Besluit vastleggen"))],
  () => api(base + "/meldcode/decision", { method: "POST", json: { outcome: outcome.value || null, reasoning: reasoning.value } }), reload);
}

/** Corrections: each an event next to the report (what changed, why, by whom); the report itself stays as recorded. */
export function correctionSection(i, base, reload) {
  const when = h("input", { type: "datetime-local", name: "occurredAt", id: "correctie-wanneer" });
  const unchanged = [["", t("(ongewijzigd)")]];
  const where = select("location", [...unchanged, ...options("location")], "", { id: "correctie-waar" });
  const what = select("category", [...unchanged, ...options("category")], "", { id: "correctie-categorie" });
  const severity = select("severity", [...unchanged, ...options("severity")], "", { id: "correctie-ernst" });
  const description = h("textarea", { name: "description", rows: 3, id: "correctie-beschrijving", maxlength: 10000 });
  const reason = h("textarea", { name: "reason", rows: 2, required: true, id: "correctie-reden" });
  const list = i.corrections && i.corrections.length ? h("ul", { id: "correcties" }, i.corrections.map((c) => h("li", {},
    formatDate(c.at, true) + " · " + c.changed.map((f) => label("field", f)).join(", ") + " · ",
    c.reason.erased ? t("(gewist)") : c.reason.text, " · ", who(c.by)))) : h("p", { class: "empty" }, t("Nog geen correcties."));
  return section(t("Correcties"),
    h("p", { class: "muted" }, t("Een correctie wordt naast de melding vastgelegd; wat eerder is vastgelegd blijft bewaard.")), list,
    h("details", { class: "adder" }, h("summary", {}, t("Correctie vastleggen")),
      actionForm({ id: "corrigeren", class: "stack" }, [
        field(t("Wanneer gebeurde het echt?"), when, t("Leeg laten als het klopt.")), field(t("Waar"), where),
        field(t("Categorie"), what), field(t("Ernst"), severity),
        field(t("Beschrijving"), description, t("Leeg laten als het klopt; anders de hele verbeterde tekst.")),
        field(t("Waarom corrigeer je?"), reason), h("button", { type: "submit" }, t("Correctie vastleggen"))],
      () => api(base + "/corrections", { method: "POST", json: {
        occurredAt: when.value ? new Date(when.value).toISOString() : null, location: where.value || null,
        category: what.value || null, severity: severity.value || null, description: description.value || null,
        reason: reason.value } }), reload)));
}

/** Holds on the incident: in force ones with a button to lift them, the lifted ones for the record, and a form. */
export function incidentHoldSection(i, base, reload) {
  const holds = i.legalHolds || [];
  const active = holds.filter((x) => !x.liftedAt);
  const reason = h("textarea", { name: "reason", rows: 2, required: true, id: "blokkade-reden" });
  return section(t("Juridische blokkade"),
    active.length ? h("p", { class: "notice", id: "blokkade-actief" }, t("Er ligt een juridische blokkade: bewaartermijn en wissen zijn opgeschort.")) : null,
    holds.length ? h("ul", { id: "blokkades" }, holds.map((x) => h("li", {},
      (x.reason.erased ? t("(gewist)") : x.reason.text) + " · " + t("geplaatst op {0}", formatDate(x.placedAt, true)) + " · ", who(x.placedBy),
      x.liftedAt ? " · " + t("opgeheven op {0}", formatDate(x.liftedAt, true))
        : actionForm({ class: "inline" }, h("button", { type: "submit", class: "secondary" }, t("Blokkade opheffen")),
          () => api(base + "/legal-holds/" + encodeURIComponent(x.holdId), { method: "DELETE" }), reload)))) : null,
    actionForm({ id: "blokkade-plaatsen", class: "stack" }, [
      field(t("Reden voor de blokkade"), reason, t("Bijvoorbeeld een lopende rechtszaak of klacht: de gegevens mogen dan niet worden gewist.")),
      h("button", { type: "submit" }, t("Blokkade plaatsen"))],
    () => api(base + "/legal-holds", { method: "POST", json: { reason: reason.value } }), reload));
}

/**
 * The confirmation before an erasure: what goes, that it cannot be undone, and two buttons. The focus moves to the
 * box so a keyboard user lands on the choice; Cancel puts it back on the button that opened it.
 */
export function confirmErasure(opener, what, erase, done) {
  const cancel = h("button", { type: "button", class: "secondary" }, t("Annuleren"));
  const box = h("div", { class: "confirm", role: "alertdialog", "aria-labelledby": "wissen-kop", "aria-describedby": "wissen-uitleg", tabindex: "-1" },
    h("h3", { id: "wissen-kop" }, t("Definitief wissen?")),
    h("p", { id: "wissen-uitleg" }, t("Je wist de persoonsgegevens van {0} in alle incidenten van deze school. Dit kan niet ongedaan worden gemaakt. De rest van de incidenten blijft bewaard; je krijgt een wisbewijs zonder persoonsgegevens.", what)),
    actionForm({ class: "inline", id: "wissen-bevestigen" }, [h("button", { type: "submit", class: "danger" }, t("Ja, definitief wissen")), " ", cancel],
      () => erase().then((r) => r.data), done));
  cancel.addEventListener("click", () => {
    box.remove();
    opener.hidden = false;
    opener.focus();
  });
  opener.hidden = true;
  opener.after(box);
  box.focus();
}

/** The receipt of an erasure: what was erased, when and by whom, without the personal data itself. */
export function receiptView(receipt, school) {
  return h("div", { class: "success", role: "status", id: "wisbewijs" },
    h("h2", {}, t("Wisbewijs")),
    h("p", {}, t("De gegevens zijn gewist. Bewaar dit bewijs bij het verzoek.")),
    h("dl", { class: "facts" },
      h("dt", {}, t("Bewijsnummer")), h("dd", { class: "mono" }, receipt.receiptId),
      h("dt", {}, t("Persoon (id)")), h("dd", { class: "mono" }, receipt.personId),
      h("dt", {}, t("Gewist op")), h("dd", {}, formatDate(receipt.erasedAt, true)),
      h("dt", {}, t("Door")), h("dd", { class: "mono" }, receipt.erasedBy),
      h("dt", {}, t("Incidenten")), h("dd", {}, h("ul", {}, receipt.incidents.map((id) =>
        h("li", {}, h("a", { href: "#/school/" + school + "/incidenten/" + id, class: "mono" }, id)))))));
}

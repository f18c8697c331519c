// The parts of the safety plan beyond its blocks (plan-service, …/plans/{planId}/…): who works on it (PUT coordinator,
// contributors), the facts the legal duties need (PUT duty-details), the year's agreements with partners (POST
// partner-agreements/start-of-year | end-of-year), learning needs, the archive per building block (POST/DELETE
// documents), the yearly evaluation (borging), what the board preset into the plan, and the plan's history.
// Every form sends what the person typed; the service decides and a refusal shows next to the form it concerns.
import { api, errorBox } from "../api.js";
import { empty, field, formatDate, h, section, select, table } from "../dom.js";
import { label, options, t } from "../i18n.js";
import { actionForm } from "../case.js";
import { reload } from "../app.js";

/** Today as yyyy-mm-dd in the browser's own time zone (a date input's value). */
export function today() {
  const d = new Date();
  return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
}

/**
 * A form that sends and then shows the page again with the change; a refusal stays next to the form, and the control
 * the problem names (name="…", as the API calls the field) is marked so a screen reader and the eye find it.
 */
export function planForm(id, children, send, closed, done = reload) {
  if (closed) return null;
  let form;
  form = actionForm({ id, class: "stack" }, children, async () => {
    form.querySelectorAll("[aria-invalid]").forEach((c) => c.removeAttribute("aria-invalid"));
    form.querySelectorAll(".field-problem").forEach((p) => p.remove());
    try {
      return await send();
    } catch (error) {
      markField(form, error);
      throw error;
    }
  }, done);
  return form;
}

export function markField(form, error) {
  const name = error.problem && error.problem.field;
  if (!name) return;
  const control = form.querySelector(`[name="${CSS.escape(name)}"]`) || form.querySelector(`[name="${CSS.escape(name.replace(/[[.].*$/, ""))}"]`);
  if (!control) return;
  control.setAttribute("aria-invalid", "true");
  const note = h("p", { class: "field-problem", id: control.id + "-probleem" }, error.problem.detail || error.problem.title || "");
  control.setAttribute("aria-describedby", note.id);
  control.after(note);
}

/** An edit form folded under its summary, so the plan reads first and is changed on purpose. */
const folded = (summary, form) => (form ? h("details", { class: "adder" }, h("summary", {}, summary), form) : null);

const lines = (text) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const mono = (value) => h("span", { class: "mono" }, value);

/** Who leads the plan (tip 1) and who may work on it with them (tip 2); user ids as the identity provider knows them. */
export function team(planBase, plan) {
  const coordinator = h("input", { name: "userId", value: plan.coordinator || "", autocomplete: "off" });
  const contributors = h("textarea", { name: "userIds", rows: 3 }, plan.contributors.join("\n"));
  return section(t("Wie werkt aan het plan"),
    h("dl", { class: "facts", id: "plan-team" },
      h("dt", {}, t("Coördinator van het plan")), h("dd", { id: "plan-coordinator" }, plan.coordinator ? mono(plan.coordinator) : t("nog niet gekozen")),
      h("dt", {}, t("Meewerkenden")), h("dd", { id: "plan-meewerkenden" }, plan.contributors.length
        ? plan.contributors.map((c, i) => [i ? ", " : "", mono(c)]) : t("niemand"))),
    h("p", { class: "hint" }, t("De coördinator en de meewerkenden mogen het plan bewerken, naast de coördinatoren van de school. Koers kent nog geen lijst van gebruikers: vul de gebruikers-id in.")),
    folded(t("Coördinator kiezen"), planForm("coordinator-kiezen", [field(t("Coördinator (gebruikers-id)"), coordinator), h("button", { type: "submit" }, t("Coördinator vastleggen"))],
      () => api(planBase + "/coordinator", { method: "PUT", json: { userId: coordinator.value.trim() } }), plan.closed)),
    folded(t("Meewerkenden kiezen"), planForm("meewerkenden-kiezen", [field(t("Meewerkenden (één gebruikers-id per regel)"), contributors,
      t("Deze lijst vervangt de huidige; leeg maken haalt iedereen weg.")), h("button", { type: "submit" }, t("Meewerkenden vastleggen"))],
      () => api(planBase + "/contributors", { method: "PUT", json: { userIds: lines(contributors.value) } }), plan.closed)));
}

const DUTY_FIELDS = [
  ["antiBullyingCoordinatorName", "Anti-pestcoördinator (naam)"],
  ["antiBullyingCoordinatorContact", "Contact van de anti-pestcoördinator"],
  ["antiBullyingProgramme", "Anti-pestprogramma"],
  ["confidentialAdviserName", "Vertrouwenspersoon (naam)"],
  ["complaintsProcedure", "Klachtenregeling"],
];

/** The facts behind the legal duties (anti-pestcoördinator, vertrouwenspersoon, klachtenregeling); blank clears one. */
export function dutyDetails(planBase, plan) {
  const d = plan.dutyDetails || {};
  const inputs = Object.fromEntries(DUTY_FIELDS.map(([name]) => [name, h("input", { name, value: d[name] || "" })]));
  const kind = select("confidentialAdviserKind", [["", t("kies…")], ...options("adviserKind")], d.confidentialAdviserKind || "");
  const shown = DUTY_FIELDS.flatMap(([name, text]) => [h("dt", {}, t(text)), h("dd", { "data-duty-detail": name }, d[name] || "—")]);
  shown.push(h("dt", {}, t("Soort vertrouwenspersoon")), h("dd", { "data-duty-detail": "confidentialAdviserKind" }, d.confidentialAdviserKind ? label("adviserKind", d.confidentialAdviserKind) : "—"));
  return section(t("Gegevens voor de wettelijke verplichtingen"),
    h("dl", { class: "facts", id: "plichtgegevens" }, shown),
    folded(t("Gegevens wijzigen"), planForm("plichtgegevens-vastleggen", [
      ...DUTY_FIELDS.slice(0, 4).map(([name, text]) => field(t(text), inputs[name])), field(t("Soort vertrouwenspersoon"), kind),
      field(t("Klachtenregeling"), inputs.complaintsProcedure), h("button", { type: "submit" }, t("Gegevens opslaan"))],
    () => api(planBase + "/duty-details", { method: "PUT", json: { ...Object.fromEntries(DUTY_FIELDS.map(([name]) => [name, inputs[name].value])),
      confidentialAdviserKind: kind.value || null } }), plan.closed)));
}

/**
 * The year's agreements with the partners (Gesprekskaart): made at the start of the year, reviewed at its end. They
 * run from the start agreement until the end review; the six themes are the prompts.
 */
export function partnerAgreements(planBase, plan) {
  const start = plan.startOfYearAgreement;
  const end = plan.endOfYearReview;
  // Ended once reviewed on or after the day they were made; a new start agreement after a review runs again.
  const ended = start && end && end.date >= start.date;
  const state = !start ? t("nog geen afspraken") : ended ? t("afgerond") : t("lopend");
  const themeTitle = (n) => (plan.partnerThemes.find((x) => x.theme === n) || {}).title || t("thema {0}", n);
  const notes = (meeting) => meeting.themes.length ? h("ul", {}, meeting.themes.map((x) => h("li", { "data-theme": x.theme },
    h("strong", {}, themeTitle(x.theme)), ": " + x.note))) : null;
  const meetingForm = (id, path, button, dateLabel) => {
    const date = h("input", { type: "date", name: "date", value: today() });
    const themes = plan.partnerThemes.map((x) => ({ theme: x.theme, note: h("textarea", { name: "themes", rows: 2, "data-theme": x.theme }) }));
    return folded(button, planForm(id, [field(dateLabel, date),
        ...themes.map((x) => field(t("Thema {0}: {1}", x.theme, themeTitle(x.theme)), x.note,
          (plan.partnerThemes.find((p) => p.theme === x.theme) || { questions: [] }).questions.join(" "))),
        h("button", { type: "submit" }, button)],
      () => api(planBase + path, { method: "POST", json: { date: date.value || null,
        themes: themes.filter((x) => x.note.value.trim()).map((x) => ({ theme: x.theme, note: x.note.value.trim() })) } }), plan.closed));
  };
  return section(t("Afspraken met ketenpartners"),
    h("p", { id: "partner-afspraken-stand" }, t("Stand: {0}", state)),
    h("div", { id: "partner-afspraken" },
      start ? h("div", { id: "startafspraak" }, h("h3", {}, t("Afgesproken op {0}", formatDate(start.date))), notes(start)) : null,
      end ? h("div", { id: "eindevaluatie" }, h("h3", {}, t("Geëvalueerd met de partners op {0}", formatDate(end.date))), notes(end)) : null),
    plan.partners.length ? null : h("p", { class: "hint" }, t("Leg eerst de ketenpartners vast; de afspraken maak je met hen samen.")),
    meetingForm("startafspraak-vastleggen", "/partner-agreements/start-of-year", t("Afspraken aan het begin van het jaar vastleggen"), t("Datum van de afspraak")),
    start ? meetingForm("eindevaluatie-vastleggen", "/partner-agreements/end-of-year", t("Afspraken aan het eind van het jaar evalueren"), t("Datum van de evaluatie")) : null);
}

/** What the team wants to learn (Gesprekskaart theme 6); the training context picks it up. */
export function learningNeeds(planBase, plan) {
  const needs = h("textarea", { name: "needs", rows: 4 }, plan.learningNeeds.join("\n"));
  return section(t("Scholingsbehoeften"),
    plan.learningNeeds.length ? h("ul", { id: "scholingsbehoeften" }, plan.learningNeeds.map((n) => h("li", {}, n))) : empty(t("Nog geen scholingsbehoeften.")),
    folded(t("Scholingsbehoeften wijzigen"), planForm("scholingsbehoeften-vastleggen", [field(t("Scholingsbehoeften (één per regel)"), needs, t("Deze lijst vervangt de huidige.")),
      h("button", { type: "submit" }, t("Scholingsbehoeften opslaan"))],
    () => api(planBase + "/learning-needs", { method: "POST", json: { needs: lines(needs.value) } }), plan.closed)));
}

/** The archive (tip 7): where each product of the plan is kept, listed under its building block. */
export function documents(planBase, plan) {
  const byBlock = plan.blocks.map((b) => [b, plan.documents.filter((d) => d.block === b.block)]).filter(([, docs]) => docs.length);
  const list = byBlock.length ? h("div", { id: "archief" }, byBlock.map(([b, docs]) => h("div", { "data-block": b.block },
    h("h3", {}, b.label), h("ul", {}, docs.map((d) => {
      const remove = plan.closed ? null : h("button", { type: "button", class: "link", "aria-label": t("{0} uit het archief halen", d.title) }, t("Verwijderen"));
      const outcome = h("span", { "aria-live": "polite" });
      if (remove) remove.addEventListener("click", async () => {
        remove.disabled = true;
        try {
          await api(planBase + "/documents/" + encodeURIComponent(d.documentId), { method: "DELETE" });
          reload();
        } catch (error) {
          remove.disabled = false;
          outcome.replaceChildren(errorBox(error));
        }
      });
      return h("li", { "data-document": d.documentId },
        d.link ? h("a", { href: d.link, rel: "noopener", target: "_blank" }, d.title) : h("strong", {}, d.title),
        " (" + label("documentKind", d.kind) + ")", d.location ? " — " + d.location : "", " ", remove, outcome);
    }))))) : empty(t("Nog geen documenten in het archief."));
  const title = h("input", { name: "title" });
  const blockSel = select("block", plan.blocks.map((b) => [b.block, b.label]), "HANDELEN");
  const kind = select("kind", options("documentKind"), "PROTOCOL");
  const location = h("input", { name: "location" });
  const link = h("input", { name: "link", type: "url" });
  return section(t("Archief"), list,
    folded(t("Document toevoegen"), planForm("document-toevoegen", [field(t("Titel"), title), field(t("Bouwsteen"), blockSel), field(t("Soort document"), kind),
        field(t("Waar ligt het?"), location, t("Bijvoorbeeld: Teams > Beleid, of de kast in de teamkamer.")),
        field(t("Link (optioneel)"), link), h("button", { type: "submit" }, t("Document toevoegen"))],
      () => api(planBase + "/documents", { method: "POST", json: { block: blockSel.value, title: title.value, kind: kind.value,
        location: location.value || null, link: link.value || null } }), plan.closed)));
}

/** The yearly evaluation (borging): what worked and what goes on to next year; the legal duty checks its date. */
export function evaluation(planBase, plan) {
  const e = plan.evaluation;
  const on = h("input", { type: "date", name: "evaluatedOn", value: e ? e.evaluatedOn : today() });
  const worked = h("textarea", { name: "whatWorked", rows: 3 }, e ? e.whatWorked || "" : "");
  const carry = h("textarea", { name: "carryOver", rows: 3 }, e ? e.carryOver || "" : "");
  return section(t("Evaluatie (borging)"),
    e ? h("dl", { class: "facts", id: "evaluatie" },
      h("dt", {}, t("Geëvalueerd op")), h("dd", {}, formatDate(e.evaluatedOn)),
      h("dt", {}, t("Wat werkte")), h("dd", { class: "text" }, e.whatWorked || "—"),
      h("dt", {}, t("Wat gaat mee naar volgend jaar")), h("dd", { class: "text" }, e.carryOver || "—")) : empty(t("Het plan is dit jaar nog niet geëvalueerd.")),
    folded(e ? t("Evaluatie wijzigen") : t("Evaluatie vastleggen"), planForm("evalueren", [field(t("Geëvalueerd op"), on), field(t("Wat werkte?"), worked), field(t("Wat gaat mee naar volgend jaar?"), carry),
      h("button", { type: "submit" }, t("Evaluatie vastleggen"))],
    () => api(planBase + "/evaluation", { method: "POST", json: { evaluatedOn: on.value || null, whatWorked: worked.value, carryOver: carry.value || null } }), plan.closed)));
}

/** What the board preset into this plan: its agreements, focus points, and its texts the school had already written. */
export function fromTheBoard(plan) {
  if (!plan.presets.length) return null;
  return section(t("Van het bestuur"), h("div", { id: "van-het-bestuur" }, plan.presets.map((p) => h("div", { "data-preset": p.presetId },
    h("p", {}, t("Voorzet versie {0}: {1} onderwerp(en) ingevuld.", p.version, p.filled)),
    p.agreements.length ? [h("h3", {}, t("Afspraken van het bestuur")), h("ul", {}, p.agreements.map((a) => h("li", {}, a)))] : null,
    p.focusPoints.length ? [h("h3", {}, t("Aandachtspunten")), h("ul", {}, p.focusPoints.map((a) => h("li", {}, a)))] : null,
    p.conflicts.length ? [h("h3", {}, t("Niet overgenomen: de school had al een eigen tekst")),
      h("ul", {}, p.conflicts.map((c) => h("li", {}, label("block", c.block) + " · " + c.topicId + ": " + c.presetText)))] : null))));
}

/** The plan's history, newest first: when, who (a user id, or Koers itself), what, with the essentials of the change. */
export function history(plan, entries) {
  const titles = new Map(plan.blocks.flatMap((b) => b.items.map((x) => [x.topicId, x.title])));
  const archived = new Map(entries.filter((e) => eventName(e) === "DocumentArchived").map((e) => [e.event.documentId, e.event.title]));
  const rows = [...entries].reverse().map((e) => {
    const name = eventName(e);
    const what = detail(name, e.event || {}, titles, archived);
    return h("li", { "data-event": name, "data-sequence": e.sequence },
      h("div", {}, h("strong", {}, label("planEvent", name)), what ? ": " + what : ""),
      h("div", { class: "muted" }, h("span", { class: "when" }, formatDate(e.at, true)), " · ",
        h("span", { class: "who" }, e.actor && e.actor !== "null" ? mono(e.actor) : t("Koers"))));
  });
  return section(t("Geschiedenis van het plan"), rows.length ? h("ol", { class: "timeline", id: "plan-geschiedenis" }, rows) : empty());
}

const short = (text) => (text.length > 120 ? text.substring(0, 119) + "…" : text);

/** "nl.koers.plan.PlanEvaluated.v1" → "PlanEvaluated". */
const eventName = (e) => String(e.type || "").split(".").slice(-2, -1)[0] || e.type;

function detail(name, e, titles, archived) {
  const topic = () => titles.get(e.topicId) || e.topicId;
  switch (name) {
    case "TopicTextChanged": return topic();
    case "TopicStatusChanged": return topic() + " → " + label("topicStatus", e.status);
    case "TopicPriorityChanged": return topic();
    case "TopicAdded": case "GoalSet": case "ActionPointAdded": case "ActionPointChanged": case "DocumentArchived": return e.title;
    case "DocumentRemoved": return archived.get(e.documentId) || "";
    case "PlanCoordinatorAssigned": return e.coordinator;
    case "ContributorsAssigned": return (e.contributors || []).join(", ") || t("niemand");
    case "PartnerRecorded": return e.organisation;
    case "StartOfYearAgreementRecorded": return formatDate(e.agreedOn);
    case "EndOfYearReviewRecorded": return formatDate(e.reviewedOn);
    case "LearningNeedsPublished": return (e.needs || []).join("; ");
    case "PlanEvaluated": return formatDate(e.evaluatedOn) + (e.whatWorked ? " — " + short(e.whatWorked) : "");
    case "PresetApplied": return t("{0} onderwerp(en) ingevuld", (e.filled || []).length);
    default: return "";
  }
}

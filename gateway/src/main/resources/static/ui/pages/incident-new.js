// Incident registration on one screen, made for a phone between lessons: when, where, what, how serious, what
// happened, optionally the pupils involved by the school's reference. POST /api/schools/{s}/incidents;
// the entry hints come from GET …/incidents/entry-hints (incident-service).
import { api, errorBox } from "../api.js";
import { field, h, select } from "../dom.js";
import { label, lang, options, t } from "../i18n.js";

function localNow() {
  const d = new Date(Date.now() - new Date().getTimezoneOffset() * 60000);
  return d.toISOString().substring(0, 16);
}

export async function render(ctx) {
  const base = "/api/schools/" + encodeURIComponent(ctx.school) + "/incidents";
  const hints = await api(base + "/entry-hints").then((r) => r.data);
  const when = h("input", { type: "datetime-local", name: "occurredAt", required: true, value: localNow(), max: localNow() });
  const where = select("location", [["", t("kies…")], ...options("location")], "", { required: true });
  const what = select("category", [["", t("kies…")], ...options("category")], "", { required: true });
  const severity = select("severity", options("severity"), "MEDIUM", { required: true });
  const description = h("textarea", { name: "description", rows: 5, required: true, maxlength: 10000 });
  const confidential = h("input", { type: "checkbox", name: "confidential" });
  const people = h("div", { class: "people" });
  const addPerson = h("button", { type: "button", class: "secondary" }, t("Leerling toevoegen"));
  addPerson.addEventListener("click", () => people.append(person(people.children.length)));
  const outcome = h("div", { "aria-live": "polite" });
  const submit = h("button", { type: "submit" }, t("Incident melden"));
  const form = h("form", { id: "melden", class: "stack", novalidate: true },
    field(t("Wanneer gebeurde het?"), when),
    field(t("Waar?"), where),
    field(t("Wat voor incident?"), what),
    field(t("Hoe ernstig?"), severity),
    field(t("Wat is er gebeurd?"), description, t("Beschrijf feiten, geen namen: leerlingen voeg je hieronder toe met hun leerlingnummer.")),
    h("fieldset", {}, h("legend", {}, t("Betrokken leerlingen (optioneel)")), people, addPerson),
    h("div", { class: "check" }, confidential, h("label", { for: (confidential.id = "vertrouwelijk") }, t("Vertrouwelijk: alleen behandelaar, coördinator en vertrouwenspersoon lezen de inhoud"))),
    submit, outcome);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    outcome.replaceChildren();
    const missing = [when, where, what, severity, description].find((c) => !c.value.trim());
    if (missing) {
      outcome.append(h("p", { class: "problem", role: "alert" }, t("Vul alle verplichte velden in.")));
      missing.focus();
      return;
    }
    submit.disabled = true;
    try {
      const involved = [...people.querySelectorAll(".person")].map((p) => ({
        kind: "PUPIL", role: p.querySelector("[name=role]").value,
        reference: p.querySelector("[name=reference]").value.trim(), group: p.querySelector("[name=group]").value.trim() || null,
      })).filter((p) => p.reference);
      const answer = await api(base, { method: "POST", json: {
        occurredAt: new Date(when.value).toISOString(), location: where.value, category: what.value,
        severity: severity.value, description: description.value, involved, confidential: confidential.checked } });
      const id = answer.data.incidentId;
      form.reset();
      when.value = localNow();
      severity.value = "MEDIUM";
      people.replaceChildren();
      outcome.append(h("div", { class: "success", role: "status" },
        h("p", {}, t("Het incident is gemeld. Dank je wel.")),
        h("p", {}, h("a", { href: "#/school/" + ctx.school + "/incidenten/" + id, id: "gemeld" }, t("Bekijk het incident")),
          " · ", h("a", { href: "#/school/" + ctx.school + "/incidenten" }, t("Naar de lijst")))));
    } catch (error) {
      outcome.append(errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  ctx.show(t("Incident melden"),
    h("div", { class: "two" }, form,
      h("aside", { class: "hints", "aria-label": t("Tips") }, h("h2", {}, t("Tips")),
        h("ul", {}, hints.map((hint) => h("li", {}, lang() === "en" ? hint.en : hint.nl))))));
}

function person(index) {
  const reference = h("input", { name: "reference", autocomplete: "off" });
  const group = h("input", { name: "group", autocomplete: "off" });
  const role = select("role", options("role"), "VICTIM");
  const remove = h("button", { type: "button", class: "link" }, t("Verwijderen"));
  const box = h("div", { class: "person" },
    field(t("Leerlingnummer"), reference), field(t("Groep of klas"), group), field(t("Rol"), role), remove);
  remove.addEventListener("click", () => box.remove());
  setTimeout(() => reference.focus(), 0);
  return box;
}

// The board prepares its schools' safety plans ("klaarzetten", plan-service): GET/POST /api/boards/{b}/plan-presets
// {title, topics, agreements, focusPoints}, GET/PUT …/{id} (a new version), and POST …/{id}/applications {all: true} |
// {schools: […]}, which fills the current plans (starting one where a school has none) and answers per school. A
// school's own text is never overwritten: the service keeps the board's text beside it as a conflict.
import { api } from "../api.js";
import { empty, field, h, section, select, setStatus, statusLine, table } from "../dom.js";
import { label, options, t } from "../i18n.js";
import { actionForm } from "../case.js";
import { markField, planForm } from "./plan-parts.js";
import { reload } from "../app.js";

// What the last save said, shown once on the page it leads to (a save shows the page again, with the new version).
let saved = null;

export async function render(ctx) {
  const base = "/api/boards/" + encodeURIComponent(ctx.board) + "/plan-presets";
  const editing = ctx.query.get("voorzet");
  const [list, current, known] = await Promise.all([
    api(base).then((r) => r.data),
    editing ? api(base + "/" + encodeURIComponent(editing)).then((r) => r.data) : null,
    knownTopics()]);
  const href = (id) => "#/bestuur/" + encodeURIComponent(ctx.board) + "/plan-presets" + (id ? "?voorzet=" + encodeURIComponent(id) : "");
  ctx.show(t("Veiligheidsplan klaarzetten"),
    h("p", {}, t("Zet teksten, afspraken en aandachtspunten klaar voor de plannen van de scholen. Een school die een onderwerp al zelf heeft geschreven, houdt haar tekst; de tekst van het bestuur staat er dan naast.")),
    section(t("Voorzetten"), list.length ? table([t("Titel"), t("Versie"), ""], list.map((p) => h("tr", { "data-preset": p.presetId },
      h("td", {}, p.title), h("td", {}, p.version),
      h("td", {}, h("a", { href: href(p.presetId), "aria-label": t("{0} bewerken of toepassen", p.title) }, t("Bewerken of toepassen"))))), { id: "voorzetten" })
      : empty(t("Nog geen voorzetten.")),
      editing ? h("p", {}, h("a", { href: href(null) }, t("Nieuwe voorzet maken"))) : null),
    presetForm(base, current, known, href),
    current ? applySection(base, current, ctx) : null);
}

/** The platform's starting topics (GET /api/plan/default-topics), to pick the one a preset fills. */
async function knownTopics() {
  const catalogue = (await api("/api/plan/default-topics")).data;
  return catalogue.topics.map((x) => ({ block: x.block, topicId: x.topicId, title: x.title }));
}

function presetForm(base, current, known, href) {
  const title = h("input", { name: "title", value: current ? current.title : "" });
  const rows = h("div", { class: "preset-topics", id: "voorzet-onderwerpen" });
  const agreements = h("textarea", { name: "agreements", rows: 3 }, current ? current.agreements.join("\n") : "");
  const focusPoints = h("textarea", { name: "focusPoints", rows: 3 }, current ? current.focusPoints.join("\n") : "");
  const datalist = h("datalist", { id: "bekende-onderwerpen" }, known.map((k) => h("option", { value: k.topicId }, label("block", k.block) + ": " + k.title)));
  const addRow = (topic) => rows.append(topicRow(topic, known));
  (current ? current.topics : []).forEach(addRow);
  if (!current) addRow(null);
  const more = h("button", { type: "button", class: "secondary", id: "onderwerp-erbij" }, t("Onderwerp toevoegen"));
  more.addEventListener("click", () => {
    addRow(null);
    rows.lastElementChild.querySelector("select").focus();
  });
  const status = statusLine("voorzet-status");
  if (saved) setStatus(status, saved);
  saved = null;
  const form = planForm("voorzet-opslaan", [field(t("Titel van de voorzet"), title), datalist,
    h("fieldset", {}, h("legend", {}, t("Onderwerpen met tekst")), rows, more),
    field(t("Afspraken van het bestuur (één per regel)"), agreements),
    field(t("Aandachtspunten (één per regel)"), focusPoints),
    h("button", { type: "submit" }, current ? t("Nieuwe versie opslaan") : t("Voorzet opslaan"))],
  () => {
    const topics = [...rows.children].map((row, i) => {
      row.querySelectorAll("[data-name]").forEach((c) => c.setAttribute("name", "topics[" + i + "]." + c.dataset.name));
      const value = (n) => row.querySelector(`[data-name="${n}"]`).value.trim();
      return { block: value("block"), topicId: value("topicId") || newTopicId(value("block"), value("title")), title: value("title"), text: value("text") };
    });
    const body = { title: title.value, topics, agreements: lines(agreements.value), focusPoints: lines(focusPoints.value) };
    return current ? api(base + "/" + encodeURIComponent(current.presetId), { method: "PUT", json: body })
      : api(base, { method: "POST", json: body });
  }, false, (answer) => {
    saved = t("Opgeslagen: versie {0}.", answer.data.version);
    if (current) reload();
    else location.hash = href(answer.data.presetId);
  });
  return section(current ? t("Voorzet bewerken: {0} (versie {1})", current.title, current.version) : t("Nieuwe voorzet"), status, form);
}

function topicRow(topic, known) {
  const block = select("block", options("block"), topic ? topic.block : "VISIE", { "data-name": "block" });
  const topicId = h("input", { "data-name": "topicId", list: "bekende-onderwerpen", value: topic ? topic.topicId : "", autocomplete: "off" });
  const title = h("input", { "data-name": "title", value: topic ? topic.title : "" });
  const text = h("textarea", { "data-name": "text", rows: 3 }, topic ? topic.text : "");
  // Picking an existing topic fills its block and title; a new one gets its id from the title on saving.
  topicId.addEventListener("change", () => {
    const match = known.find((k) => k.topicId === topicId.value.trim());
    if (match) {
      block.value = match.block;
      if (!title.value) title.value = match.title;
    }
  });
  const row = h("div", { class: "preset-topic" }, field(t("Bouwsteen"), block),
    field(t("Bestaand onderwerp (code)"), topicId, t("Kies een onderwerp uit het plan om het te vullen, of laat leeg voor een nieuw onderwerp.")),
    field(t("Onderwerp"), title), field(t("Tekst van het bestuur"), text));
  const remove = h("button", { type: "button", class: "link" }, t("Onderwerp weghalen"));
  remove.addEventListener("click", () => row.remove());
  row.append(remove);
  return row;
}

/** A new topic's id from its block and title: "voorwaarden.bestuur-klachtenregeling". */
function newTopicId(block, title) {
  const slug = title.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").substring(0, 60);
  return (block || "").toLowerCase() + ".bestuur-" + (slug || "onderwerp");
}

const lines = (text) => text.split("\n").map((l) => l.trim()).filter(Boolean);

function applySection(base, preset, ctx) {
  const all = h("input", { type: "radio", name: "scope", value: "all", id: "toepassen-alle" });
  const chosen = h("input", { type: "radio", name: "scope", value: "chosen", id: "toepassen-gekozen", checked: true });
  const boxes = ctx.schools.map((s) => h("label", { class: "check" },
    h("input", { type: "checkbox", name: "schools", value: s.schoolId }), " " + s.schoolId + (s.name ? " " + s.name : "")));
  const outcome = h("div", { id: "toepassing-uitkomst", "aria-live": "polite" });
  let form;
  form = actionForm({ id: "voorzet-toepassen", class: "stack" }, [
    h("fieldset", {}, h("legend", {}, t("Voor welke scholen?")),
      h("label", { class: "check" }, all, " " + t("Alle scholen van het bestuur")),
      h("label", { class: "check" }, chosen, " " + t("Alleen de gekozen scholen")),
      h("div", { class: "schools" }, boxes)),
    h("button", { type: "submit" }, t("Versie {0} toepassen", preset.version))],
  async () => {
    outcome.replaceChildren();
    const body = all.checked ? { all: true } : { schools: [...form.querySelectorAll("input[name=schools]:checked")].map((c) => c.value) };
    try {
      return await api(base + "/" + encodeURIComponent(preset.presetId) + "/applications", { method: "POST", json: body });
    } catch (error) {
      markField(form, error);
      throw error;
    }
  }, (answer) => outcome.replaceChildren(appliedView(answer.data)));
  return section(t("Toepassen op de scholen"),
    h("p", {}, t("De voorzet vult de plannen van dit schooljaar. Heeft een school nog geen plan, dan begint Koers het.")), form, outcome);
}

function appliedView(applied) {
  if (!applied.schools.length) return empty(t("Het bestuur heeft nog geen scholen."));
  return h("div", {}, h("p", { class: "success" }, t("Versie {0} is toegepast op {1} school/scholen ({2}).", applied.version, applied.schools.length, applied.schoolYear)),
    table([t("School"), t("Plan"), t("Ingevuld"), t("Niet overgenomen (eigen tekst van de school)")], applied.schools.map((s) =>
      h("tr", { "data-school": s.schoolId },
        h("td", {}, h("a", { href: "#/school/" + encodeURIComponent(s.schoolId) + "/plan" }, s.schoolId)),
        h("td", {}, s.planStarted ? t("nieuw begonnen") : t("bestond al")),
        h("td", {}, t("{0} onderwerp(en)", s.filled)),
        h("td", {}, s.conflicts.length ? h("ul", {}, s.conflicts.map((c) => h("li", {}, label("block", c.block) + " · " + c.topicId))) : t("niets"))))));
}

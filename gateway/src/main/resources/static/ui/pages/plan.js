// The safety plan of this school year (plan-service): GET /api/schools/{s}/plans/year/{y} (PUT starts it);
// a block's topics saved with PATCH …/blocks/{block}/topics/{topicId} (only what changed); goals, action points,
// partners; the legal duties as the service evaluates them; GET …/{planId}/pdf. The rest of the plan (team, duty
// details, partner agreements, learning needs, archive, evaluation, history) is in plan-parts.js.
import { api, errorBox } from "../api.js";
import { empty, field, formatDate, h, schoolYear, section, select, setStatus, statusLine, table } from "../dom.js";
import { label, options, t } from "../i18n.js";
import { reload } from "../app.js";
import * as parts from "./plan-parts.js";

/** The Dutch school year runs from 1 August to 31 July. */
export async function render(ctx) {
  const year = ctx.query.get("jaar") || schoolYear();
  const base = "/api/schools/" + encodeURIComponent(ctx.school) + "/plans";
  let plan;
  try {
    plan = (await api(base + "/year/" + year)).data;
  } catch (error) {
    const plans = error.status === 404 ? await planList(ctx) : null;
    if (!plans) throw error;
    // Carry last year's texts over only when there is a plan of last year (the service refuses it otherwise).
    const previous = (Number(year.substring(0, 4)) - 1) + "-" + year.substring(0, 4);
    const carryOver = plans.some((p) => String(p.schoolYear) === previous);
    const outcome = h("div", { "aria-live": "polite" });
    const start = h("button", { type: "button", id: "plan-starten" }, t("Plan {0} beginnen", year));
    start.addEventListener("click", async () => {
      try {
        await api(base + "/year/" + year, { method: "PUT", json: { carryOver } });
        reload();
      } catch (e) {
        outcome.replaceChildren(errorBox(e));
      }
    });
    ctx.show(t("Veiligheidsplan {0}", year), h("p", {}, t("Voor dit schooljaar is nog geen plan. Een coördinator of de bestuurder begint het; de teksten van vorig jaar gaan mee als er een plan van vorig jaar is.")), start, outcome);
    return;
  }
  const planBase = base + "/" + plan.planId;
  // The history is read beside the plan; when it cannot be read the plan still shows, with the reason in its place.
  const history = await api(planBase + "/history").then((r) => parts.history(plan, r.data),
    (error) => section(t("Geschiedenis van het plan"), errorBox(error)));
  ctx.show(t("Veiligheidsplan {0}", plan.schoolYear),
    h("p", { class: "actions" },
      h("a", { class: "button", id: "pdf", href: planBase + "/pdf", download: "veiligheidsplan-" + ctx.school + "-" + plan.schoolYear + ".pdf" }, t("Download als PDF")),
      plan.closed ? h("span", { class: "tag" }, t("afgesloten schooljaar: alleen lezen")) : null),
    parts.team(planBase, plan),
    h("div", { class: "blocks" }, plan.blocks.map((b) => block(planBase, b, plan.closed))),
    parts.fromTheBoard(plan),
    duties(plan.duties),
    parts.dutyDetails(planBase, plan),
    goals(planBase, plan),
    actionPoints(planBase, plan),
    partners(planBase, plan),
    parts.partnerAgreements(planBase, plan),
    parts.learningNeeds(planBase, plan),
    parts.documents(planBase, plan),
    parts.evaluation(planBase, plan),
    history);
}

/** A 404 for the year means "no plan yet" only when the school itself is readable (its list answers 200). */
async function planList(ctx) {
  try {
    return (await api("/api/schools/" + encodeURIComponent(ctx.school) + "/plans")).data;
  } catch (error) {
    return null;
  }
}

function block(planBase, b, closed) {
  const status = statusLine();
  const topics = b.items.map((topic) => {
    const text = h("textarea", { name: "text", rows: 4, "data-topic": topic.topicId, maxlength: 20000, readonly: closed }, topic.text || "");
    const state = select("status", options("topicStatus"), topic.status, { "data-topic": topic.topicId, disabled: closed });
    return h("div", { class: "topic" }, h("h4", {}, topic.title, topic.byBoard ? h("span", { class: "tag" }, t("door het bestuur")) : null),
      topic.prompt ? h("p", { class: "hint" }, topic.prompt) : null,
      field(t("Tekst"), text), field(t("Stand"), state));
  });
  const form = h("form", { class: "stack", "data-block": b.block }, topics,
    closed ? null : h("button", { type: "submit" }, t("Blok {0} opslaan", b.label)), status);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    let saved = 0;
    try {
      for (const topic of b.items) {
        const text = form.querySelector(`textarea[data-topic="${topic.topicId}"]`).value;
        const stand = form.querySelector(`select[data-topic="${topic.topicId}"]`).value;
        const change = {};
        if (text !== (topic.text || "")) change.text = text;
        if (stand !== topic.status) change.status = stand;
        if (!Object.keys(change).length) continue;
        await api(planBase + "/blocks/" + b.block + "/topics/" + encodeURIComponent(topic.topicId), { method: "PATCH", json: change });
        topic.text = text;
        topic.status = stand;
        saved++;
      }
      setStatus(status, saved ? t("Opgeslagen: {0} onderwerp(en).", saved) : t("Er was niets veranderd."));
    } catch (error) {
      status.replaceWith(errorBox(error));
    }
  });
  return h("details", { class: "block" },
    h("summary", {}, h("span", {}, b.label), h("span", { class: "muted" }, t("{0} van {1} klaar", b.done, b.topics))), form);
}

function duties(list) {
  return section(t("Wettelijke verplichtingen"), list && list.length ? h("ul", { class: "lights" }, list.map((d) =>
    h("li", { class: "light " + (d.state === "MET" ? "green" : d.state === "NOT_MET" ? "red" : "grey") },
      h("span", { class: "dot", "aria-hidden": "true" }),
      h("span", {}, h("strong", {}, d.title), " ", h("span", { class: "tag" }, label("kind", d.kind)), h("br"),
        label("state", d.state), d.reason ? " — " + d.reason : "")))) : empty());
}

function goals(planBase, plan) {
  const title = h("input", { name: "title", required: true });
  const blockSel = select("block", plan.blocks.map((b) => [b.block, b.label]), "VISIE");
  const form = adder(planBase + "/goals", () => ({ block: blockSel.value, title: title.value }),
    [field(t("Doel"), title), field(t("Bouwsteen"), blockSel)], t("Doel toevoegen"), plan.closed);
  return section(t("Doelen"), plan.goals.length ? h("ul", {}, plan.goals.map((g) => h("li", {}, g.title + " (" + label("block", g.block) + ")" + (g.achieved ? " ✓" : "")))) : empty(t("Nog geen doelen.")), form);
}

function actionPoints(planBase, plan) {
  const title = h("input", { name: "title", required: true });
  const owner = h("input", { name: "owner" });
  const due = h("input", { type: "date", name: "dueDate" });
  const blockSel = select("block", plan.blocks.map((b) => [b.block, b.label]), "HANDELEN");
  const priority = select("priority", options("priority"), "NORMAL");
  const form = adder(planBase + "/action-points", () => ({ title: title.value, block: blockSel.value, owner: owner.value || null,
    dueDate: due.value || null, status: "OPEN", priority: priority.value }),
    [field(t("Actiepunt"), title), field(t("Bouwsteen"), blockSel), field(t("Wie"), owner), field(t("Klaar op"), due), field(t("Prioriteit"), priority)],
    t("Actiepunt toevoegen"), plan.closed);
  return section(t("Actiepunten"), plan.actionPoints.length ? table([t("Actiepunt"), t("Bouwsteen"), t("Wie"), t("Klaar op"), t("Stand")],
    plan.actionPoints.map((a) => h("tr", {}, h("td", {}, a.title), h("td", {}, label("block", a.block)), h("td", {}, a.owner || "—"),
      h("td", {}, formatDate(a.dueDate), a.overdue ? h("span", { class: "tag critical" }, t("te laat")) : null), h("td", {}, label("actionStatus", a.status))))) : empty(t("Nog geen actiepunten.")), form);
}

function partners(planBase, plan) {
  const kind = select("kind", options("partner"), "GGD");
  const organisation = h("input", { name: "organisation", required: true });
  const contact = h("input", { name: "contactPerson" });
  const phone = h("input", { name: "phone", type: "tel" });
  const email = h("input", { name: "email", type: "email" });
  const tasks = h("input", { name: "tasks" });
  const form = adder(planBase + "/partners", () => ({ kind: kind.value, organisation: organisation.value, contactPerson: contact.value || null,
    phone: phone.value || null, email: email.value || null, tasks: tasks.value || null, meetingFrequency: null }),
    [field(t("Soort partner"), kind), field(t("Organisatie"), organisation), field(t("Contactpersoon"), contact), field(t("Telefoon"), phone),
      field(t("E-mail"), email), field(t("Taken"), tasks)], t("Partner toevoegen"), plan.closed);
  return section(t("Ketenpartners"), plan.partners.length ? table([t("Soort"), t("Organisatie"), t("Contactpersoon"), t("Taken")],
    plan.partners.map((p) => h("tr", {}, h("td", {}, label("partner", p.kind)), h("td", {}, p.organisation), h("td", {}, p.contactPerson || "—"), h("td", {}, p.tasks || "—")))) : empty(t("Nog geen partners.")), form);
}

/** A small "add" form: posts the body, then shows the page again with the new line. */
function adder(path, body, fields, button, closed) {
  if (closed) return null;
  const status = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "stack adder" }, h("details", {}, h("summary", {}, button), fields, h("button", { type: "submit" }, button)), status);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api(path, { method: "POST", json: body() });
      reload();
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  });
  return form;
}

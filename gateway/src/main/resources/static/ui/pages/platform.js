// Platform administration: the rule sets of duties (plan-service: GET /api/plan/rule-sets, PUT …/{id}/activation for a
// coming law, which re-evaluates every open plan at once), the monitor's minimum group size (survey-service: GET/PUT
// /api/surveys/settings, never below 5), and the rebuild of every read model (projection-service: POST
// /api/platform/projections/rebuilds, progress by polling GET …/rebuilds/{id}).
import { api, errorBox } from "../api.js";
import { field, formatDate, h, section, setStatus, statusLine, table } from "../dom.js";
import { label, t } from "../i18n.js";

export async function render(ctx) {
  const [ruleSets, settings] = await Promise.all([api("/api/plan/rule-sets"), api("/api/surveys/settings")].map((p) => p.then((r) => r.data)));
  ctx.show(t("Platform"), rules(ruleSets), groupSize(settings), rebuild());
}

/**
 * Law in force cannot be switched; a coming law (a bill before parliament) or a recommendation can, for every board
 * at once. The page says how many open plans were evaluated again, so the effect is visible straight away.
 */
function rules(sets) {
  const out = h("div", { "aria-live": "polite", id: "regels-uitkomst" });
  const rows = sets.map(({ ruleSet: r, switchedOn }) => {
    const state = h("td", {}, !r.switchable ? (r.kind === "WETTELIJK" ? t("geldt (wet)") : t("geldt altijd")) : switchedOn ? t("aan") : t("uit"));
    const action = h("td", {});
    if (r.switchable) {
      const button = h("button", { type: "button", class: "secondary", "aria-label": (switchedOn ? t("{0} uitzetten", r.title) : t("{0} aanzetten", r.title)) },
        switchedOn ? t("Uitzetten") : t("Aanzetten"));
      button.addEventListener("click", async () => {
        button.disabled = true;
        out.replaceChildren();
        try {
          const answer = (await api("/api/plan/rule-sets/" + encodeURIComponent(r.id) + "/activation", { method: "PUT", json: { active: !switchedOn } })).data;
          const again = (await api("/api/plan/rule-sets")).data;
          showSwitched(out, again, answer);
        } catch (error) {
          button.disabled = false;
          out.append(errorBox(error));
        }
      });
      action.append(button);
    }
    return h("tr", { "data-rule-set": r.id }, h("td", {}, r.title), h("td", {}, label("kind", r.kind)), h("td", {}, formatDate(r.effectiveFrom)),
      h("td", {}, r.duties.length), state, action);
  });
  const card = section(t("Regels voor de plichten"),
    h("p", {}, t("Welke plichten Koers per school beoordeelt. Een komende wet zet je hier aan zodra scholen zich erop moeten voorbereiden; alle open plannen worden dan direct opnieuw beoordeeld.")),
    table([t("Regels"), t("Soort"), t("Geldt vanaf"), t("Plichten"), t("Stand"), ""], rows, { id: "regels" }), out);
  card.id = "regels-kaart";
  return card;
}

/** After a switch: the card again with the new state, and the outcome as a status line. */
function showSwitched(out, sets, answer) {
  const card = document.getElementById("regels-kaart");
  const fresh = rules(sets);
  card.replaceWith(fresh);
  fresh.querySelector("#regels-uitkomst").append(h("p", { class: "success", role: "status", id: "regels-gewijzigd" },
    t(answer.switchedOn ? "Aangezet; {0} open plan(nen) opnieuw beoordeeld." : "Uitgezet; {0} open plan(nen) opnieuw beoordeeld.", answer.plansReevaluated)));
}

/** Groups smaller than this never show results (ADR 0032); the service refuses anything below 5. */
function groupSize(settings) {
  const size = h("input", { type: "number", name: "minimumGroupSize", min: 5, max: 100, required: true, value: settings.minimumGroupSize, id: "minimale-groep" });
  const out = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "stack", id: "groepsgrootte" },
    field(t("Minimale groepsgrootte"), size, t("Uitslagen van een groep met minder antwoorden worden nergens getoond, ook niet aan de Inspectie. Minimaal 5.")),
    h("button", { type: "submit" }, t("Opslaan")), out);
  // The browser's own check would stop a value below 5 before the service sees it; the service is the one that decides.
  form.noValidate = true;
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    out.replaceChildren();
    try {
      const saved = (await api("/api/surveys/settings", { method: "PUT", json: { minimumGroupSize: Number(size.value) } })).data;
      out.append(h("p", { class: "success", role: "status", id: "groepsgrootte-opgeslagen" }, t("Opgeslagen: minimaal {0} antwoorden per groep.", saved.minimumGroupSize)));
    } catch (error) {
      out.append(errorBox(error));
    }
  });
  return section(t("Monitor: kleine groepen"), form);
}

function rebuild() {
  const status = statusLine("herbouw");
  const progress = h("progress", { max: 100, value: 0, hidden: true, "aria-label": t("Voortgang") });
  const out = h("div", {});
  const button = h("button", { type: "button" }, t("Leesmodellen opnieuw opbouwen"));
  button.addEventListener("click", async () => {
    out.replaceChildren();
    button.disabled = true;
    try {
      const started = await api("/api/platform/projections/rebuilds", { method: "POST" });
      const where = started.headers.get("Location");
      progress.hidden = false;
      for (;;) {
        const run = (await api(where)).data;
        progress.value = run.totalEvents ? Math.round((100 * run.appliedEvents) / run.totalEvents) : 0;
        setStatus(status, t("{0} van {1} gebeurtenissen verwerkt", run.appliedEvents, run.totalEvents));
        if (run.status && run.status !== "RUNNING") {
          setStatus(status, run.equalToLive ? t("Klaar: de opnieuw opgebouwde gegevens zijn gelijk aan de huidige.") : t("Klaar, met verschillen: {0}", JSON.stringify(run.differences || {})), run.equalToLive ? "ok" : "bad");
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    } catch (error) {
      out.append(errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
  return section(t("Opnieuw opbouwen"), h("p", {}, t("Berekent alle dashboards en overzichten opnieuw uit de audittrail en schakelt daarna in één keer over.")), button, progress, status, out);
}

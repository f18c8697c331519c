// Platform administration (projection-service): rebuild every read model from the audit trail, with progress by
// polling GET /api/platform/projections/rebuilds/{id} after POST /api/platform/projections/rebuilds.
import { api, errorBox } from "../api.js";
import { h, section, setStatus, statusLine } from "../dom.js";
import { t } from "../i18n.js";

export async function render(ctx) {
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
  ctx.show(t("Platform"), section(t("Opnieuw opbouwen"), h("p", {}, t("Berekent alle dashboards en overzichten opnieuw uit de audittrail en schakelt daarna in één keer over.")), button, progress, status, out));
}

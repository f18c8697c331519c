// Board administration (tenant-service): schools from a CSV (POST /api/boards/{b}/schools/import, progress by
// polling GET …/imports/{id}, the line-numbered errors of a refused file), the school list (GET …/schools),
// the board's people (GET …/users: roles per school, whether the account exists yet), invitations (POST …/users,
// …/users/{id}/invitation) and roles (POST …/users/{id}/roles, DELETE …/roles/{role}).
import { api, errorBox } from "../api.js";
import { empty, field, h, section, select, setStatus, statusLine, table } from "../dom.js";
import { t } from "../i18n.js";
import { currentSchools, reload } from "../app.js";

const ROLES = ["coordinator", "staff", "confidential-adviser", "board-admin", "auditor"];

export async function render(ctx) {
  const board = "/api/boards/" + encodeURIComponent(ctx.board);
  const [schools, people] = await Promise.all([api(board + "/schools"), api(board + "/users")].map((p) => p.then((r) => r.data)));
  const list = h("div", { id: "scholen" }, schoolTable(schools));
  // Invitations and roles may name every school of the board, also those the dashboards know from elsewhere.
  const all = currentSchools().length ? currentSchools() : schools;
  // After an invitation the page stays (its link must be copied); the people and the role picker are shown again.
  const refresh = async () => {
    const now = (await api(board + "/users")).data;
    document.getElementById("mensen-kaart").replaceWith(peopleSection(board, now));
    document.getElementById("rollen-kaart").replaceWith(rolesSection(board, all, now));
  };
  ctx.show(t("Beheer van het bestuur"), importSection(board, list), section(t("Scholen"), list),
    peopleSection(board, people), inviteSection(board, all, refresh), rolesSection(board, all, people));
}

function schoolTable(schools) {
  return schools.length ? table([t("School"), t("Naam"), t("Sector"), t("Gemeente"), t("Leerlingen")], schools.map((s) => h("tr", {},
    h("td", {}, s.schoolId), h("td", {}, s.name), h("td", {}, s.sector), h("td", {}, s.municipality), h("td", {}, s.pupilCount)))) : empty(t("Nog geen scholen."));
}

function importSection(board, list) {
  const file = h("input", { type: "file", accept: ".csv,text/csv", name: "csv" });
  const text = h("textarea", { name: "inhoud", rows: 8, class: "mono", spellcheck: "false" });
  const progress = h("progress", { max: 100, value: 0, hidden: true, "aria-label": t("Voortgang") });
  const status = statusLine("voortgang");
  const errors = h("div", { id: "fouten" });
  file.addEventListener("change", async () => {
    if (file.files[0]) text.value = await file.files[0].text();
  });
  const button = h("button", { type: "submit" }, t("Scholen inlezen"));
  const form = h("form", { class: "stack", id: "inlezen" },
    h("p", {}, t("Eén regel per school met de kolommen brin,location,name,sector,municipality,pupils (sector PO, SBO, SO, VSO of VO). Kies een bestand of plak de inhoud; je kunt het hieronder verbeteren.")),
    field(t("CSV-bestand"), file), field(t("Inhoud"), text), button, progress, status, errors);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    errors.replaceChildren();
    if (!text.value.trim()) {
      setStatus(status, t("Kies eerst een CSV-bestand of plak de inhoud."), "bad");
      return;
    }
    button.disabled = true;
    setStatus(status, t("Bezig met controleren…"));
    try {
      const answer = await api(board + "/schools/import", { method: "POST", body: text.value, contentType: "text/csv" });
      if (answer.status === 200) {
        setStatus(status, t("Alle scholen stonden er al zo in; er is niets veranderd."));
        return;
      }
      progress.hidden = false;
      const where = answer.headers.get("Location");
      for (;;) {
        const run = (await api(where)).data;
        progress.value = run.total ? Math.round((100 * (run.done + run.skipped)) / run.total) : 100;
        setStatus(status, t("{0} van {1} scholen verwerkt", run.done + run.skipped, run.total));
        if (run.status !== "RUNNING") {
          setStatus(status, t("Klaar: {0} scholen ingelezen, {1} ongewijzigd.", run.done, run.skipped));
          if (run.errors && run.errors.length) errors.append(errorBox({ status: 422, problem: { errors: run.errors } }, { lines: true }));
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      list.replaceChildren(schoolTable((await api(board + "/schools")).data));
    } catch (error) {
      if (error.status === 422 && error.problem.errors) {
        setStatus(status, t("Het bestand is niet ingelezen; er is niets veranderd. Verbeter deze regels en lees het opnieuw in:"), "bad");
        errors.append(errorBox(error, { lines: true }));
        text.focus();
      } else {
        status.textContent = "";
        errors.append(errorBox(error));
      }
    } finally {
      button.disabled = false;
    }
  });
  return section(t("Scholen inlezen"), form);
}

function schoolChecks(schools, name) {
  return h("fieldset", { class: "checks" }, h("legend", {}, t("Scholen")), schools.map((s) => {
    const box = h("input", { type: "checkbox", name, value: s.schoolId, id: name + "-" + s.schoolId });
    return h("span", { class: "check" }, box, h("label", { for: box.id }, s.schoolId + " " + (s.name || "")));
  }));
}

const chosen = (form, name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value);
const roleOptions = () => ROLES.map((r) => [r, t("rol." + r)]);

function inviteSection(board, schools, refresh) {
  const username = h("input", { name: "username", required: true, autocomplete: "off" });
  const email = h("input", { name: "email", type: "email", required: true, autocomplete: "off" });
  const first = h("input", { name: "firstName", required: true, autocomplete: "off" });
  const last = h("input", { name: "lastName", required: true, autocomplete: "off" });
  const role = select("role", roleOptions(), "staff");
  const out = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "stack", id: "uitnodigen" }, field(t("Gebruikersnaam"), username), field(t("E-mail"), email),
    field(t("Voornaam"), first), field(t("Achternaam"), last), field(t("Rol"), role), schoolChecks(schools, "invite-school"),
    h("button", { type: "submit" }, t("Uitnodigen")), out);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    out.replaceChildren();
    try {
      const answer = (await api(board + "/users", { method: "POST", json: { username: username.value, email: email.value,
        firstName: first.value, lastName: last.value, role: role.value, schools: chosen(form, "invite-school") } })).data;
      out.append(h("div", { class: "success" }, h("p", {}, t("Uitgenodigd. Stuur deze link naar {0}; hij is geldig tot {1}.", email.value, new Date(answer.invitation.expiresAt).toLocaleString())),
        h("p", { class: "mono" }, answer.invitation.url), h("p", {}, t("Gebruikers-id: {0}", answer.userId))));
      form.reset();
      await refresh();
    } catch (error) {
      out.append(errorBox(error));
    }
  });
  return section(t("Mensen uitnodigen"), form);
}

/**
 * Who, with which roles at which schools, and whether their login exists in Keycloak yet; per person a new invitation
 * link, for a link that expired or got lost (it replaces the earlier ones, which stop working).
 */
function peopleSection(board, people) {
  // Whether Koers made the login in Keycloak yet (it does so right after the invitation), not whether it was used.
  const state = (p) => (p.provisioning === "PROVISIONED" ? t("aangemaakt")
    : p.provisioning.startsWith("FAILED") ? t("niet aangemaakt: {0}", p.provisioning.substring("FAILED: ".length)) : t("wordt aangemaakt"));
  const out = h("div", { id: "nieuwe-link", "aria-live": "polite" });
  const newLink = (p) => {
    const button = h("button", { type: "button", class: "secondary", "aria-label": t("Nieuwe uitnodigingslink voor {0}", p.name) },
      t("Nieuwe link"));
    button.addEventListener("click", async () => {
      out.replaceChildren();
      button.disabled = true;
      try {
        const link = (await api(board + "/users/" + encodeURIComponent(p.userId) + "/invitation", { method: "POST" })).data;
        out.append(h("div", { class: "success" },
          h("p", {}, t("Nieuwe link voor {0}. Stuur hem naar {1}; hij is geldig tot {2}.", p.name, p.email || p.username,
            new Date(link.expiresAt).toLocaleString())), h("p", { class: "mono" }, link.url)));
      } catch (error) {
        out.append(errorBox(error));
      } finally {
        button.disabled = false;
      }
    });
    return button;
  };
  const card = section(t("Mensen"), people.length ? table([t("Naam"), t("Gebruikersnaam"), t("E-mail"), t("Rollen"), t("Login"), ""],
    people.map((p) => h("tr", { "data-user": p.userId },
      h("td", {}, p.erased ? t("(gewist)") : p.name), h("td", {}, p.username || "—"), h("td", {}, p.email || "—"),
      h("td", {}, p.roles.map((r) => t("rol." + r.role) + (r.schools.length ? " (" + r.schools.join(", ") + ")" : "")).join("; ") || "—"),
      h("td", { class: p.provisioning.startsWith("FAILED") ? "bad" : "" }, state(p)),
      h("td", {}, p.erased ? "" : newLink(p)))), { id: "mensen" })
    : empty(t("Nog niemand uitgenodigd via Koers. (De demo-gebruikers staan alleen in Keycloak.)")), out);
  card.id = "mensen-kaart";
  return card;
}

function rolesSection(board, schools, people) {
  const user = select("userId", people.filter((p) => !p.erased).map((p) => [p.userId, p.name + " (" + (p.username || p.userId) + ")"]), null, { required: true });
  const role = select("role", roleOptions(), "coordinator");
  const out = h("div", { "aria-live": "polite" });
  const grant = h("button", { type: "submit" }, t("Rol geven"));
  const revoke = h("button", { type: "button", class: "secondary" }, t("Rol afnemen"));
  const form = h("form", { class: "stack", id: "rollen" }, field(t("Wie"), user), field(t("Rol"), role),
    schoolChecks(schools, "role-school"), h("p", { class: "actions" }, grant, revoke), out);
  const send = async (method) => {
    out.replaceChildren();
    try {
      const path = board + "/users/" + encodeURIComponent(user.value.trim()) + "/roles";
      if (method === "POST") await api(path, { method, json: { role: role.value, schools: chosen(form, "role-school") } });
      else await api(path + "/" + encodeURIComponent(role.value), { method });
      reload(); // the people list shows the change
      return;
    } catch (error) {
      out.append(errorBox(error));
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    send("POST");
  });
  revoke.addEventListener("click", () => send("DELETE"));
  const card = section(t("Rollen"), h("p", { class: "muted" }, t("Een wijziging geldt vanaf de volgende keer dat die persoon inlogt.")), form);
  card.id = "rollen-kaart";
  return card;
}

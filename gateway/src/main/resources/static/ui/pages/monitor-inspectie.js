// The Inspectie delivery of a closed monitor round (survey-service): the school's consent
// (POST …/delivery-consent), the summary exactly as it would be sent (GET …/inspectie-summary, suppressed parts
// without numbers), the delivery itself (POST …/inspectie-delivery → the file and its SHA-256) and, afterwards, what was
// sent and when. The 1 July deadline of the round's school year is shown with the days left, or as overdue.
import { api, errorBox } from "../api.js";
import { formatDate, h, number, section, table } from "../dom.js";
import { label, t } from "../i18n.js";
import { reload } from "../app.js";

const DAY = 864e5;

/** The delivery card for a closed round; {@code base} is the round's API path. */
export async function inspectie(base, round) {
  const summary = (await api(base + "/inspectie-summary")).data;
  const out = h("div", { "aria-live": "polite", id: "levering-uitkomst" });
  const act = (path, after) => async (e) => {
    const button = e.currentTarget; // gone from the event once it has been dispatched
    button.disabled = true; // one click, one delivery: the service refuses a second one anyway (409)
    out.replaceChildren();
    try {
      const answer = await api(base + path, { method: "POST" });
      after(answer.data);
    } catch (error) {
      button.disabled = false;
      out.append(errorBox(error));
    }
  };
  const parts = [deadline(round), summaryTables(summary)];
  if (round.deliveredAt) {
    parts.push(h("p", { class: "success", id: "aangeleverd" }, t("Aangeleverd op {0}.", formatDate(round.deliveredAt, true))),
      fingerprint(round.summarySha256), await sameAsDelivered(base, round));
  } else if (!round.consentRecordedAt) {
    parts.push(h("p", {}, t("De Inspectie krijgt alleen schoolgemiddelden, nooit klassen of leerlingen. Er gaat niets weg zonder toestemming van de school.")),
      h("button", { type: "button", id: "toestemming", onclick: act("/delivery-consent", () => reload()) }, t("Toestemming geven voor aanlevering")));
  } else {
    parts.push(h("p", {}, t("Toestemming gegeven op {0}. Controleer de samenvatting hierboven en lever aan.", formatDate(round.consentRecordedAt, true))),
      h("button", { type: "button", id: "aanleveren", onclick: act("/inspectie-delivery", (d) => delivered(out, d, round)) }, t("Aanleveren bij de Inspectie")));
  }
  parts.push(out);
  return section(t("Aanlevering aan de Inspectie"), ...parts);
}

function deadline(round) {
  const due = new Date(round.deliveryDeadline + "T23:59:59");
  const days = Math.ceil((due - Date.now()) / DAY);
  const state = round.deliveredAt ? t("aangeleverd")
    : days < 0 ? t("te laat: {0} dagen over de termijn", -days) : t("nog {0} dagen", days);
  return h("p", { id: "termijn", class: !round.deliveredAt && days < 0 ? "bad" : "" },
    t("Uiterlijk {0} (schooljaar {1}): {2}.", formatDate(round.deliveryDeadline), round.schoolYear, state));
}

function fingerprint(sha256) {
  return h("p", {}, t("Vingerafdruk van het bestand (SHA-256): "), h("code", { id: "vingerafdruk" }, sha256));
}

/**
 * The summary is computed again on every request, so after a change (a larger minimum group size, say) it may differ
 * from what was sent: the page compares its SHA-256 with the delivered one and says which it is.
 */
async function sameAsDelivered(base, round) {
  const csv = (await api(base + "/inspectie-summary?format=csv", { accept: "text/csv" })).data;
  const link = h("a", { href: URL.createObjectURL(new Blob([csv], { type: "text/csv" })), download: "inspectie-" + round.schoolYear + ".csv",
    id: "aangeleverd-bestand" }, t("De samenvatting opslaan (CSV)"));
  if (!crypto.subtle) return h("p", {}, link);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(csv));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return h("p", { id: "vergelijking", class: hex === round.summarySha256 ? "" : "bad" },
    hex === round.summarySha256 ? t("Dit is precies het bestand dat is aangeleverd (zelfde vingerafdruk).")
      : t("Let op: de samenvatting wijkt nu af van wat is aangeleverd (andere vingerafdruk), bijvoorbeeld door een gewijzigde minimale groepsgrootte."),
    " ", link);
}

/** After delivery: the fingerprint and the very file that was delivered, to keep with the school's records. */
function delivered(out, d, round) {
  const file = URL.createObjectURL(new Blob([d.file], { type: "text/csv" }));
  out.replaceChildren(h("p", { class: "success", id: "aangeleverd" }, t("Aangeleverd. Bewaar het bestand bij de administratie van de school.")),
    fingerprint(d.summarySha256),
    h("p", {}, h("a", { href: file, download: "inspectie-" + round.schoolYear + ".csv", id: "aangeleverd-bestand" }, t("Het aangeleverde bestand opslaan (CSV)"))));
  document.getElementById("aanleveren")?.remove();
}

function summaryTables(s) {
  const hidden = () => h("td", { colspan: 3, class: "suppressed" }, t("onderdrukt: minder dan {0} antwoorden", s.minimumGroupSize));
  return h("div", { id: "inspectie-samenvatting" },
    h("h3", {}, t("Wat de Inspectie krijgt")),
    table([t("Onderdeel"), t("Aantal"), t("Gemiddelde"), t("% positief")], s.aspects.map((a) => h("tr", {},
      h("td", {}, label("scale", a.aspect)),
      a.suppressed ? hidden() : [h("td", {}, a.n), h("td", {}, number(a.mean, 2)), h("td", {}, number(a.percentPositive, 0) + "%")]))),
    s.bullying.length ? table([t("Vraag over pesten"), t("Aantal"), t("Antwoorden")], s.bullying.map((q) => h("tr", {},
      h("td", {}, q.text),
      q.suppressed ? h("td", { colspan: 2, class: "suppressed" }, t("onderdrukt: minder dan {0} antwoorden", s.minimumGroupSize))
        : [h("td", {}, q.n), h("td", {}, Object.entries(q.percentPerOption).map(([option, p]) => option + " " + number(p, 1) + "%").join(" · "))]))) : null);
}

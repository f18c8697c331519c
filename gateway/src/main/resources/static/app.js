// The landing page: who is logged in (GET /api/me), a login link, a logout button. The browser holds only the
// session cookie; the tokens stay in the gateway. Logout is a POST with the CSRF token from the XSRF-TOKEN cookie.
"use strict";

const lijst = (items) => (items && items.length ? items.join(", ") : "geen");

function cookie(name) {
  const match = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
  return match ? decodeURIComponent(match.substring(name.length + 1)) : "";
}

async function toon() {
  const status = document.getElementById("status");
  document.getElementById("fout").hidden = !new URLSearchParams(location.search).has("login");
  const antwoord = await fetch("/api/me", { headers: { Accept: "application/json" } });
  if (antwoord.status === 401) {
    status.textContent = "Je bent niet ingelogd.";
    document.getElementById("inloggen").hidden = false;
    return;
  }
  if (!antwoord.ok) {
    status.textContent = "Koers is nu niet bereikbaar (" + antwoord.status + ").";
    return;
  }
  const ik = await antwoord.json();
  status.textContent = "Ingelogd als " + (ik.user.name || ik.user.username) + " (" + ik.user.username + ")"
    + ", bestuur " + (ik.board || "geen") + ", scholen " + lijst(ik.schools) + ", rollen " + lijst(ik.roles) + ".";
  document.getElementById("uitloggen").hidden = false;
  if (ik.board && ik.roles.includes("board-admin")) {
    bestuur = ik.board;
    document.getElementById("scholen").hidden = false;
    scholen();
  }
}

// Board admins: import the board's schools from a CSV and see them. Everything is shown with textContent.
let bestuur = null;

function regel(tekst) {
  const li = document.createElement("li");
  li.textContent = tekst;
  document.getElementById("fouten").append(li);
}

async function scholen() {
  const antwoord = await fetch("/api/boards/" + bestuur + "/schools", { headers: { Accept: "application/json" } });
  const lijst = document.getElementById("lijst");
  lijst.replaceChildren();
  if (!antwoord.ok) {
    return;
  }
  for (const school of await antwoord.json()) {
    const tr = document.createElement("tr");
    for (const waarde of [school.schoolId, school.name, school.sector, school.municipality, school.pupilCount]) {
      const td = document.createElement("td");
      td.textContent = String(waarde);
      tr.append(td);
    }
    lijst.append(tr);
  }
}

async function inlezen() {
  const bestand = document.getElementById("csv").files[0];
  const voortgang = document.getElementById("voortgang");
  document.getElementById("fouten").replaceChildren();
  if (!bestand) {
    voortgang.textContent = "Kies eerst een CSV-bestand.";
    return;
  }
  voortgang.textContent = "Bezig met inlezen…";
  const antwoord = await fetch("/api/boards/" + bestuur + "/schools/import", {
    method: "POST", body: bestand,
    headers: { "Content-Type": "text/csv", Accept: "application/json", "X-XSRF-TOKEN": cookie("XSRF-TOKEN") }
  });
  const inhoud = await antwoord.json().catch(() => ({}));
  if (antwoord.status === 422) {
    voortgang.textContent = "Het bestand is niet ingelezen: er is niets veranderd. Verbeter deze regels:";
    (inhoud.errors || []).forEach((f) => regel("regel " + f.line + ", " + f.field + ": " + f.reason));
    return;
  }
  if (antwoord.status === 200) {
    voortgang.textContent = "Alle " + inhoud.total + " scholen stonden er al zo in; er is niets veranderd.";
    return;
  }
  if (antwoord.status !== 202) {
    voortgang.textContent = "Inlezen is niet gelukt (" + antwoord.status + "): " + (inhoud.detail || "");
    return;
  }
  const adres = antwoord.headers.get("Location");
  for (;;) {
    const stand = await (await fetch(adres, { headers: { Accept: "application/json" } })).json();
    voortgang.textContent = stand.done + " van " + stand.total + " scholen verwerkt (" + stand.status + ").";
    if (stand.status !== "RUNNING") {
      (stand.errors || []).forEach((f) => regel("regel " + f.line + ": " + f.reason));
      break;
    }
    await new Promise((klaar) => setTimeout(klaar, 500));
  }
  scholen();
}

async function uitloggen() {
  await fetch("/logout", { method: "POST", headers: { "X-XSRF-TOKEN": cookie("XSRF-TOKEN") }, redirect: "manual" });
  location.assign("/");
}

document.getElementById("uitloggen").addEventListener("click", uitloggen);
document.getElementById("inlezen").addEventListener("click", inlezen);
toon();

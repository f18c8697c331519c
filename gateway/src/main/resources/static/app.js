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
}

async function uitloggen() {
  await fetch("/logout", { method: "POST", headers: { "X-XSRF-TOKEN": cookie("XSRF-TOKEN") }, redirect: "manual" });
  location.assign("/");
}

document.getElementById("uitloggen").addEventListener("click", uitloggen);
toon();

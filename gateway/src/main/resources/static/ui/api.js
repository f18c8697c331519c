// Every call goes to the gateway's /api/**, which relays the session's token to the service. The browser holds
// only the session cookie and XSRF-TOKEN; state-changing calls echo the latter in X-XSRF-TOKEN (ADR 0008).
import { h } from "./dom.js";
import { t } from "./i18n.js";

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || "HTTP " + status);
    this.status = status;
    this.problem = problem || {};
  }
}

export function csrfToken() {
  const match = document.cookie.split("; ").find((c) => c.startsWith("XSRF-TOKEN="));
  return match ? decodeURIComponent(match.substring("XSRF-TOKEN=".length)) : "";
}

/**
 * api("/api/…", {method, json, body, contentType, as}) → the parsed answer ({status, data, headers}); any status
 * other than 2xx throws an ApiError carrying the service's problem+json, which the page shows with errorBox().
 */
export async function api(path, options = {}) {
  const method = options.method || "GET";
  const headers = { Accept: options.accept || "application/json" };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["Content-Type"] = "application/json";
  } else if (options.contentType) {
    headers["Content-Type"] = options.contentType;
  }
  if (method !== "GET" && method !== "HEAD") headers["X-XSRF-TOKEN"] = csrfToken();
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: "same-origin", redirect: "manual" });
  } catch (e) {
    throw new ApiError(0, { detail: String(e) });
  }
  if (response.type === "opaqueredirect") throw new ApiError(401, {});
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    const problem = type.includes("json") ? await response.json().catch(() => ({})) : {};
    throw new ApiError(response.status, problem);
  }
  let data = null;
  if (options.as === "blob") data = await response.blob();
  else if (type.includes("json")) data = await response.json();
  else if (response.status !== 204) data = await response.text();
  return { status: response.status, data, headers: response.headers };
}

export const get = (path) => api(path).then((r) => r.data);

/** What the user should know and do, in plain words; the API decided, the page only explains. */
export function errorMessage(error) {
  const p = error.problem || {};
  const where = p.field ? " (" + t("veld") + " " + p.field + ")" : "";
  switch (error.status) {
    case 0: return t("Koers is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.");
    case 400:
    case 422: return t("Dit kan zo niet worden opgeslagen{0}: {1}. Pas het aan en probeer het opnieuw; er is niets veranderd.", where, p.detail || p.title || "");
    case 401: return t("Je bent niet (meer) ingelogd. Log opnieuw in; daarna kom je hier terug.");
    case 403: return t("Dit mag je met je huidige rol niet zien of doen. Heb je het nodig voor je werk, vraag dan je bestuursbeheerder om die rol.");
    case 404: return t("Niet gevonden. Het bestaat niet, of het hoort niet bij jouw bestuur of school. Controleer het adres of kies een pagina in het menu.");
    case 409: return t("Dit kan nu niet{0}: {1}. Vernieuw de pagina en kijk wat de huidige stand is.", where, p.detail || "");
    case 413: return t("Het bestand is te groot. Splits het in kleinere delen.");
    case 429: return t("Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.");
    default: return t("Er ging iets mis bij Koers ({0}). Probeer het over een minuut opnieuw; blijft het misgaan, meld het dan bij je beheerder.", error.status);
  }
}

/** The message and, for a refused file, its lines; {lines: true} shows only the lines (the page says the rest). */
export function errorBox(error, options = {}) {
  const box = h("div", { class: "problem", role: "alert", "data-status": error.status },
    options.lines && Array.isArray(error.problem.errors) ? null : h("p", {}, errorMessage(error)));
  if (error.status === 401) {
    box.append(h("p", {}, h("a", { href: "/oauth2/authorization/keycloak", class: "button" }, t("Inloggen"))));
  }
  if (Array.isArray(error.problem.errors)) {
    box.append(h("ul", { class: "errors" }, error.problem.errors.map((e) =>
      h("li", {}, e.line !== undefined ? t("regel {0}", e.line) + (e.field ? ", " + e.field : "") + ": " + e.reason
        : (e.field || "") + ": " + (e.reason || e.message || "")))));
  }
  return box;
}

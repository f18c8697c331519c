// The invitee's page: choose a password, once. The token is the link's fragment (#...), which browsers never send to a
// server; it leaves this page only as the path of the POST that uses it, and is dropped from the address bar after.
const MIN = 10;
const MAX = 128;
// While tenant-service still creates the login in Keycloak (right after the invitation) it answers 409: the page
// tries again by itself for a minute instead of asking the invitee to keep clicking.
const RETRY_MS = 3000;
const RETRIES = 20;

const $ = (id) => document.getElementById(id);
const token = decodeURIComponent(location.hash.slice(1));

function show(step) {
  for (const id of ['stap-kiezen', 'stap-klaar', 'stap-ongeldig']) $(id).hidden = id !== step;
  $('kop').focus();
}

function message(element, text) {
  element.textContent = text || '';
  element.hidden = !text;
}

function invalid(field, text) {
  for (const id of ['wachtwoord', 'herhaal']) $(id).removeAttribute('aria-invalid');
  if (field) $(field).setAttribute('aria-invalid', 'true');
  message($('fout'), text);
  if (field) $(field).focus();
}

async function accept(password, attempt) {
  let response;
  try {
    response = await fetch('/api/invitations/' + encodeURIComponent(token), {
      method: 'POST', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/problem+json' },
      body: JSON.stringify({ password }),
    });
  } catch {
    return 'Geen verbinding met Koers. Controleer je internetverbinding en probeer het opnieuw.';
  }
  if (response.ok) {
    history.replaceState(null, '', location.pathname); // the link is used up: nothing to keep in the history
    show('stap-klaar');
    return null;
  }
  if (response.status === 404) {
    show('stap-ongeldig');
    return null;
  }
  if (response.status === 409 && attempt < RETRIES) {
    message($('bezig'), 'Je account wordt nog aangemaakt. Even geduld: we proberen het zo vanzelf opnieuw.');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    return accept(password, attempt + 1);
  }
  if (response.status === 409) {
    return 'Je account is nog niet klaar. Probeer het over een paar minuten opnieuw met dezelfde link.';
  }
  if (response.status === 400 || response.status === 422) {
    return `Kies een wachtwoord van ${MIN} tot ${MAX} tekens.`;
  }
  return `Er ging iets mis (${response.status}). Probeer het later opnieuw met dezelfde link.`;
}

$('formulier').addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = $('wachtwoord').value;
  if (password.length < MIN || password.length > MAX) {
    invalid('wachtwoord', `Kies een wachtwoord van ${MIN} tot ${MAX} tekens.`);
    return;
  }
  if ($('herhaal').value !== password) {
    invalid('herhaal', 'De twee wachtwoorden zijn niet gelijk.');
    return;
  }
  invalid(null, null);
  $('activeren').disabled = true;
  const problem = await accept(password, 0);
  $('activeren').disabled = false;
  message($('bezig'), null);
  if (problem) message($('fout'), problem);
});

if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) show('stap-ongeldig');

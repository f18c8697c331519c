// The pupil's questionnaire: a code, the questions one at a time, one send. Answers live only in this page's memory
// (never in localStorage or a cookie): classroom devices are shared, and the next pupil must find nothing.
const API = '/api/public/surveys/';
const CODE_LENGTH = 13;

const $ = (id) => document.getElementById(id);
const steps = ['stap-code', 'stap-vragen', 'stap-klaar', 'stap-bedankt'];

let state = empty();

function empty() {
  return { code: null, title: '', questions: [], answers: new Map(), index: 0 };
}

function show(step, focus) {
  for (const id of steps) $(id).hidden = id !== step;
  (focus || $(step).querySelector('h1, legend') || $(step)).focus?.();
  window.scrollTo(0, 0);
}

function message(element, text) {
  element.textContent = text || '';
  element.hidden = !text;
}

/** The service speaks to pupils in plain Dutch already; only what it cannot say is worded here. */
async function problemText(response) {
  if (response.status === 429) {
    const wait = Number(response.headers.get('Retry-After')) || 30;
    return `Even rustig aan. Probeer het over ${wait} seconden opnieuw.`;
  }
  if (response.status === 413) return 'Je antwoorden zijn te lang. Maak je open antwoorden wat korter.';
  try {
    const problem = await response.json();
    return { text: problem.detail || fallback(response.status), errors: problem.errors || [] };
  } catch {
    return fallback(response.status);
  }
}

function fallback(status) {
  return status >= 500 || status === 503
    ? 'Het lukt nu even niet. Probeer het over een paar minuten opnieuw, of vraag je leerkracht om hulp.'
    : 'Dat lukte niet. Vraag je leerkracht om hulp.';
}

function asText(problem) {
  return typeof problem === 'string' ? problem : problem.text;
}

// 1. The code -----------------------------------------------------------------------------------------------------

$('code-formulier').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = $('code-fout');
  const code = $('code').value.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH || !/^[0-9A-Z]+$/.test(code)) {
    message(error, `Een code heeft ${CODE_LENGTH} letters en cijfers. Kijk of je hem goed hebt overgetypt.`);
    $('code').setAttribute('aria-invalid', 'true');
    $('code').focus();
    return;
  }
  $('beginnen').disabled = true;
  try {
    const response = await fetch(API + encodeURIComponent(code) + '/questions', {
      headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store',
    });
    if (!response.ok) {
      message(error, asText(await problemText(response)));
      $('code').setAttribute('aria-invalid', 'true');
      $('code').focus();
      return;
    }
    const sheet = await response.json();
    state = { ...empty(), code, title: sheet.title, questions: sheet.questions };
    $('code').value = '';
    $('code').removeAttribute('aria-invalid');
    message(error, '');
    $('titel').textContent = sheet.title;
    ask(0);
  } catch {
    message(error, fallback(503));
  } finally {
    $('beginnen').disabled = false;
  }
});

// 2. The questions ------------------------------------------------------------------------------------------------

function ask(index, problem) {
  state.index = index;
  const question = state.questions[index];
  const total = state.questions.length;
  $('vraag-nummer').textContent = `Vraag ${index + 1} van ${total}.`;
  $('vraag-tekst').textContent = question.text;
  $('balk').max = total;
  $('balk').value = index;
  $('vorige').hidden = index === 0;
  $('overslaan').hidden = question.required;
  $('volgende').textContent = index === total - 1 ? 'Naar versturen' : 'Volgende';
  const open = question.type === 'OPEN_TEXT';
  $('open').hidden = !open;
  $('keuzes').hidden = open;
  if (open) {
    $('open-tekst').value = state.answers.get(question.id) || '';
    count();
  } else {
    choices(question);
  }
  message($('vraag-fout'), problem || '');
  $('vraag-veld').toggleAttribute('aria-invalid', Boolean(problem));
  show('stap-vragen', open ? $('open-tekst') : $('keuzes').querySelector('input:checked, input'));
}

function choices(question) {
  const list = $('keuzes');
  list.replaceChildren();
  for (const option of question.options) {
    const id = `keuze-${question.id}-${option.value}`;
    const input = Object.assign(document.createElement('input'), {
      type: 'radio', name: 'keuze', id, value: String(option.value),
      checked: state.answers.get(question.id) === option.value,
    });
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: option.label });
    const row = document.createElement('div');
    row.className = 'keuze';
    row.append(input, label);
    list.append(row);
  }
}

function count() {
  $('tekens').textContent = String($('open-tekst').value.length);
}
$('open-tekst').addEventListener('input', count);

/** Keeps what is on screen; an empty choice or text means "not answered". */
function keep() {
  const question = state.questions[state.index];
  if (question.type === 'OPEN_TEXT') {
    const text = $('open-tekst').value.trim();
    if (text) state.answers.set(question.id, text); else state.answers.delete(question.id);
  } else {
    const checked = $('keuzes').querySelector('input:checked');
    if (checked) state.answers.set(question.id, Number(checked.value)); else state.answers.delete(question.id);
  }
  return question;
}

function next() {
  if (state.index + 1 < state.questions.length) ask(state.index + 1); else review();
}

$('vraag-formulier').addEventListener('submit', (event) => {
  event.preventDefault();
  const question = keep();
  if (question.required && !state.answers.has(question.id)) {
    ask(state.index, question.type === 'OPEN_TEXT' ? 'Schrijf een antwoord om verder te gaan.'
      : 'Kies een antwoord om verder te gaan.');
    return;
  }
  next();
});
$('overslaan').addEventListener('click', () => {
  state.answers.delete(state.questions[state.index].id);
  next();
});
$('vorige').addEventListener('click', () => {
  keep();
  ask(Math.max(0, state.index - 1));
});

// 3. Send ---------------------------------------------------------------------------------------------------------

function review(problem) {
  const answered = state.questions.filter((q) => state.answers.has(q.id)).length;
  $('samenvatting').textContent = `Je hebt ${answered} van de ${state.questions.length} vragen beantwoord.`;
  message($('verstuur-fout'), problem || '');
  show('stap-klaar');
}

$('terug').addEventListener('click', () => ask(state.questions.length - 1));

$('versturen').addEventListener('click', async () => {
  $('versturen').disabled = true;
  try {
    const response = await fetch(API + encodeURIComponent(state.code) + '/answers', {
      method: 'POST', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ answers: Object.fromEntries(state.answers) }),
    });
    if (response.ok) {
      const thanks = await response.json().catch(() => ({}));
      state = empty(); // nothing of this pupil stays in the page
      $('bedankt-tekst').textContent = thanks.message || 'Je antwoorden zijn ontvangen.';
      show('stap-bedankt');
      return;
    }
    const problem = await problemText(response);
    // A refused answer names its question ("answers.<id>"): take the pupil there with the service's words.
    const first = (problem.errors || []).find((e) => e.field && e.field.startsWith('answers.'));
    const index = first ? state.questions.findIndex((q) => q.id === first.field.slice('answers.'.length)) : -1;
    if (index >= 0) ask(index, first.reason); else review(asText(problem));
  } catch {
    review(fallback(503));
  } finally {
    $('versturen').disabled = false;
  }
});

$('opnieuw').addEventListener('click', () => {
  state = empty();
  show('stap-code', $('code'));
});

show('stap-code', $('code'));

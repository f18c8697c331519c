// Dutch first; English as a second language. The Dutch text is the key: a page reads as Dutch in the source, and a
// missing English entry shows Dutch rather than a code. The choice is kept in localStorage ("koers.lang").
const KEY = "koers.lang";

export function lang() {
  try {
    return localStorage.getItem(KEY) === "en" ? "en" : "nl";
  } catch (e) {
    return "nl";
  }
}

export function setLang(value) {
  try {
    localStorage.setItem(KEY, value);
  } catch (e) {
    // private mode without storage: the switch holds for this page only
  }
  document.documentElement.lang = value;
}

/** t("Ronde {0}", "2026-2027"): the text in the chosen language with its placeholders filled. */
export function t(text, ...args) {
  const chosen = lang() === "en" ? EN[text] || ENUM_EN[text] || text : NL_ONLY[text] || text;
  return chosen.replace(/\{(\d)\}/g, (_, i) => (args[i] === undefined || args[i] === null ? "" : String(args[i])));
}

/** The label of an API value (an enum), e.g. label("category", "BULLYING") → "pesten". */
export function label(kind, value) {
  const labels = LABELS[kind] || {};
  const entry = labels[value];
  if (!entry) return value === null || value === undefined ? "—" : String(value);
  return lang() === "en" ? entry[1] : entry[0];
}

/** [[value, label], …] for a select, in the API's order. */
export function options(kind) {
  return Object.keys(LABELS[kind]).map((value) => [value, label(kind, value)]);
}

const NL_ONLY = {
  "rol.platform-admin": "platformbeheerder", "rol.board-admin": "bestuurder", "rol.coordinator": "coördinator",
  "rol.staff": "medewerker", "rol.confidential-adviser": "vertrouwenspersoon", "rol.auditor": "auditor",
};

const ENUM_EN = {
  "rol.platform-admin": "platform admin", "rol.board-admin": "board admin", "rol.coordinator": "coordinator",
  "rol.staff": "staff", "rol.confidential-adviser": "confidential adviser", "rol.auditor": "auditor",
};

const LABELS = {
  category: {
    BULLYING: ["pesten", "bullying"], CYBERBULLYING: ["online pesten", "cyberbullying"],
    PHYSICAL_VIOLENCE: ["fysiek geweld", "physical violence"], VERBAL_VIOLENCE: ["verbaal geweld", "verbal violence"],
    SEXUAL_HARASSMENT: ["seksuele intimidatie", "sexual harassment"], SEXUAL_ABUSE: ["seksueel misbruik", "sexual abuse"],
    DISCRIMINATION: ["discriminatie", "discrimination"], RADICALISATION: ["radicalisering", "radicalisation"],
    SEXTING: ["sexting", "sexting"], WEAPONS: ["wapens", "weapons"], DRUGS_ALCOHOL: ["drugs en alcohol", "drugs and alcohol"],
    THEFT_VANDALISM: ["diefstal en vernieling", "theft and vandalism"], OTHER: ["anders", "other"],
  },
  severity: { LOW: ["licht", "low"], MEDIUM: ["middel", "medium"], HIGH: ["ernstig", "high"], CRITICAL: ["zeer ernstig", "critical"] },
  location: {
    CLASSROOM: ["klaslokaal", "classroom"], CORRIDOR: ["gang", "corridor"], PLAYGROUND: ["schoolplein", "playground"],
    GYM: ["gymzaal", "gym"], ONLINE: ["online", "online"], WAY_TO_SCHOOL: ["onderweg van of naar school", "on the way to school"],
    ELSEWHERE: ["elders", "elsewhere"],
  },
  status: { REPORTED: ["gemeld", "reported"], IN_FOLLOW_UP: ["in behandeling", "in follow-up"], CLOSED: ["afgesloten", "closed"] },
  role: { VICTIM: ["slachtoffer", "victim"], PERPETRATOR: ["pleger", "perpetrator"], WITNESS: ["getuige", "witness"], OTHER: ["anders", "other"] },
  person: { PUPIL: ["leerling", "pupil"], STAFF: ["medewerker", "staff"], PARENT: ["ouder", "parent"], EXTERNAL: ["extern", "external"] },
  action: {
    CONVERSATION_WITH_PUPIL: ["gesprek met leerling", "conversation with pupil"], PARENTS_INFORMED: ["ouders geïnformeerd", "parents informed"],
    REFERRAL_TO_CARE: ["doorverwezen naar zorg", "referral to care"], POLICE_REPORT: ["aangifte bij politie", "police report"],
    REPORT_TO_CONFIDENTIAL_INSPECTOR: ["gemeld bij vertrouwensinspecteur", "reported to the confidential inspector"], OTHER: ["anders", "other"],
  },
  kind: { WETTELIJK: ["wettelijk", "legal"], AANBEVOLEN: ["aanbevolen", "recommended"], KOMEND: ["komend", "coming"] },
  light: { GREEN: ["op orde", "met"], RED: ["niet op orde", "not met"], GREY: ["onbekend", "unknown"] },
  state: { MET: ["op orde", "met"], NOT_MET: ["niet op orde", "not met"], UNKNOWN: ["onbekend", "unknown"] },
  delivery: {
    NO_CLOSED_ROUND: ["nog geen afgesloten ronde", "no closed round yet"], NOT_DELIVERED: ["nog niet geleverd", "not delivered yet"],
    DELIVERED: ["geleverd", "delivered"], OVERDUE: ["te laat, nog niet geleverd", "overdue, not delivered"],
  },
  block: {
    VISIE: ["Visie", "Vision"], INZICHT: ["Inzicht", "Insight"], VOORWAARDEN: ["Voorwaarden", "Conditions"], HANDELEN: ["Handelen", "Action"],
    PREVENTIE: ["Preventie", "Prevention"], SIGNALEREN: ["Signaleren", "Signalling"], BORGING: ["Borging", "Assurance"],
  },
  topicStatus: { NOT_STARTED: ["nog niet begonnen", "not started"], IN_PROGRESS: ["mee bezig", "in progress"], DONE: ["klaar", "done"] },
  actionStatus: { OPEN: ["open", "open"], IN_PROGRESS: ["mee bezig", "in progress"], DONE: ["klaar", "done"], CANCELLED: ["vervallen", "cancelled"] },
  priority: { LOW: ["laag", "low"], NORMAL: ["normaal", "normal"], HIGH: ["hoog", "high"] },
  partner: {
    POLICE: ["politie", "police"], YOUTH_CARE: ["jeugdzorg", "youth care"], YOUTH_WORK: ["jongerenwerk", "youth work"],
    NEIGHBOURHOOD_TEAM: ["wijkteam", "neighbourhood team"], GGD: ["GGD", "public health service (GGD)"], LEERPLICHT: ["leerplicht", "school attendance officer"],
    OTHER: ["anders", "other"],
  },
  audience: {
    PUPILS_PRIMARY: ["leerlingen basisonderwijs", "pupils, primary"], PUPILS_SECONDARY: ["leerlingen voortgezet onderwijs", "pupils, secondary"],
    PUPILS_SPECIAL: ["leerlingen speciaal onderwijs", "pupils, special education"], STAFF: ["medewerkers", "staff"], PARENTS: ["ouders", "parents"],
  },
  round: { PLANNED: ["gepland", "planned"], OPEN: ["open", "open"], CLOSED: ["gesloten", "closed"] },
  scale: {
    PERCEIVED_SAFETY: ["veiligheidsbeleving", "perceived safety"], WELL_BEING: ["welbevinden", "well-being"],
    VICTIMISATION: ["slachtofferschap", "victimisation"], BULLYING: ["pesten", "bullying"], TEACHER_RELATION: ["relatie met leraar", "relation with teacher"],
  },
  course: {
    COURSE: ["cursus", "course"], CONFERENCE: ["congres", "conference"], REGIONAL_MEETING: ["regiobijeenkomst", "regional meeting"],
    WORKSHOP: ["workshop", "workshop"], MASTERCLASS: ["masterclass", "masterclass"],
  },
  enrolment: { ENROLLED: ["ingeschreven", "enrolled"], WAITING: ["wachtlijst", "waiting list"], CANCELLED: ["afgemeld", "cancelled"], ATTENDED: ["gevolgd", "attended"] },
};

const EN = {
  "% positief": "% positive", "(gewist)": "(erased)", "Aanbieder": "Provider", "Aantal leerlingen": "Number of pupils", "Aantal": "Count",
  "Achternaam": "Last name", "Actie vastleggen": "Record action", "Actiepunt toevoegen": "Add action point", "Actiepunt": "Action point",
  "Actiepunten": "Action points", "Afdrukken": "Print", "Afsluiten": "Close", "Alle scholen stonden er al zo in; er is niets veranderd.": "Every school was already up to date; nothing changed.",
  "Alles wat er in het bestuur is gebeurd, in volgorde en met een hash-keten: niets kan ongemerkt worden veranderd.": "Everything that happened in the board, in order and hash-chained: nothing can be changed unnoticed.",
  "Als CSV": "As CSV", "Als PDF": "As PDF", "Archief": "Archive", "Audittrail": "Audit trail", "Beheer": "Administration", "Beheer van het bestuur": "Board administration",
  "Bekijk het incident": "View the incident", "Berekent alle dashboards en overzichten opnieuw uit de audittrail en schakelt daarna in één keer over.": "Recomputes every dashboard and overview from the audit trail, then switches over at once.",
  "Beschrijf feiten, geen namen: leerlingen voeg je hieronder toe met hun leerlingnummer.": "Describe facts, not names: add pupils below by their pupil number.",
  "Bestuur {0}": "Board {0}", "Bestuur": "Board", "Betrokken leerlingen (optioneel)": "Pupils involved (optional)", "Betrokkenen": "People involved",
  "Bezig met controleren…": "Checking…", "Binnen 30 dagen": "Within 30 days", "Blok {0} opslaan": "Save block {0}", "Bouwsteen": "Building block",
  "CSV-bestand": "CSV file", "Catalogus": "Catalogue", "Categorie": "Category", "Certificaten": "Certificates", "Codes tonen": "Show codes",
  "Codes van {0} opslaan ({1})": "Save the codes of {0} ({1})", "Codes voor {0} (één per leerling, maar één keer getoond):": "Codes for {0} (one per pupil, shown only once):",
  "Contactpersoon": "Contact person", "Controle en export": "Verification and export", "Dashboard": "Dashboard", "Dashboard op een datum": "Dashboard as of a date",
  "Dashboard {0}": "Dashboard {0}", "Dat lukte niet": "That did not work", "Datum": "Date",
  "De codes zijn aangemaakt. Ze worden maar één keer getoond: bewaar het bestand.": "The codes were created. They are shown only once: keep the file.",
  "De keten is intact: {0} gebeurtenissen gecontroleerd, niets gewijzigd, ingevoegd of verwijderd.": "The chain is intact: {0} events checked, nothing changed, inserted or deleted.",
  "De keten is verbroken bij nummer {0} ({1}): {2}. Meld dit direct bij de functionaris gegevensbescherming.": "The chain is broken at number {0} ({1}): {2}. Report this to the data protection officer at once.",
  "De ronde sluit vanzelf aan het eind. Sluit je eerder, dan kan er niet meer worden geantwoord.": "The round closes by itself at the end. If you close it earlier, no one can answer any more.",
  "Deze ronde": "This round", "Direct doen": "Act now",
  "Dit incident is vertrouwelijk. Je ziet alleen dat het bestaat; de behandelaar, coördinator of vertrouwenspersoon kan de inhoud lezen.": "This incident is confidential. You only see that it exists; the handler, coordinator or confidential adviser can read it.",
  "Dit kan nu niet{0}: {1}. Vernieuw de pagina en kijk wat de huidige stand is.": "This is not possible now{0}: {1}. Refresh the page to see the current state.",
  "Dit kan zo niet worden opgeslagen{0}: {1}. Pas het aan en probeer het opnieuw; er is niets veranderd.": "This cannot be saved like this{0}: {1}. Change it and try again; nothing was changed.",
  "Dit mag je met je huidige rol niet zien of doen. Heb je het nodig voor je werk, vraag dan je bestuursbeheerder om die rol.": "Your current role does not allow this. If you need it for your work, ask your board administrator for that role.",
  "Doel toevoegen": "Add goal", "Doel": "Goal", "Doelen": "Goals", "Dossier (id)": "Record (id)", "Dossier": "Record", "Download als PDF": "Download as PDF",
  "E-mail": "E-mail", "Er ging iets mis bij Koers ({0}). Probeer het over een minuut opnieuw; blijft het misgaan, meld het dan bij je beheerder.": "Something went wrong in Koers ({0}). Try again in a minute; if it keeps failing, tell your administrator.",
  "Er is voor jouw rollen geen pagina beschikbaar.": "There is no page for your roles.", "Er loopt een ronde; uitslagen komen na het sluiten.": "A round is running; results come after it closes.",
  "Er was niets veranderd.": "Nothing had changed.", "Ernst": "Severity", "Evaluatie": "Evaluation", "Exporteer als CSV": "Export as CSV",
  "Eén regel per school met de kolommen brin,location,name,sector,municipality,pupils (sector PO, SBO, SO, VSO of VO). Kies een bestand of plak de inhoud; je kunt het hieronder verbeteren.": "One line per school with the columns brin,location,name,sector,municipality,pupils (sector PO, SBO, SO, VSO or VO). Choose a file or paste its content; you can correct it below.",
  "Filter": "Filter", "Gebeurtenissen": "Events", "Gebruikers-id": "User id", "Gebruikers-id: {0}": "User id: {0}", "Gebruikersnaam": "User name",
  "Gedaan. Het geldt vanaf de volgende keer dat die persoon inlogt.": "Done. It applies from that person's next login.", "Geen bijeenkomsten gepland.": "No sessions planned.",
  "Geen incidenten gevonden.": "No incidents found.", "Geen signalen: alles op orde.": "No alerts: all in order.", "Geleverd op {0}": "Delivered on {0}",
  "Gemeente": "Municipality", "Gemeld": "Reported", "Gemiddelde": "Mean", "Geschiedenis van {0}": "History of {0}", "Geschiedenis": "History",
  "Geschoold": "Trained", "Geëvalueerd op {0}": "Evaluated on {0}", "Groep of klas": "Group or class", "Groep": "Group", "Heropenen": "Reopen",
  "Het bestand is niet ingelezen; er is niets veranderd. Verbeter deze regels en lees het opnieuw in:": "The file was not imported; nothing changed. Correct these lines and import it again:",
  "Het bestand is te groot. Splits het in kleinere delen.": "The file is too large. Split it into smaller parts.", "Het id uit de uitnodiging.": "The id from the invitation.",
  "Het incident is gemeld. Dank je wel.": "The incident has been reported. Thank you.", "Het plan voor dit schooljaar is nog niet begonnen.": "The plan for this school year has not started yet.",
  "Hoe ernstig?": "How serious?", "In behandeling nemen": "Take into follow-up", "Incident afsluiten": "Close incident", "Incident melden": "Report incident",
  "Incident": "Incident", "Incident: {0}": "Incident: {0}", "Incidenten in beeld": "Incidents at a glance", "Incidenten per categorie": "Incidents by category",
  "Incidenten per maand": "Incidents by month", "Incidenten": "Incidents", "Ingelogd als {0}": "Logged in as {0}", "Inhoud zoals vastgelegd": "Content as recorded",
  "Inhoud": "Content", "Inloggen is niet gelukt. Probeer het opnieuw.": "Login failed. Please try again.", "Inloggen": "Log in", "Inschrijven": "Enrol",
  "Inspectie uiterlijk": "Inspectie deadline", "Je bent ingeschreven voor {0}.": "You are enrolled for {0}.",
  "Je bent niet (meer) ingelogd. Log opnieuw in; daarna kom je hier terug.": "You are not logged in (any more). Log in again; you will come back here.",
  "Je hebt nog geen scholing gevolgd.": "You have not followed any training yet.", "Je staat op de wachtlijst (plaats {0}).": "You are on the waiting list (position {0}).",
  "Keten controleren": "Verify the chain", "Ketenpartners": "Partners", "Kies eerst een CSV-bestand of plak de inhoud.": "Choose a CSV file or paste its content first.",
  "Klaar op": "Due", "Klaar, met verschillen: {0}": "Done, with differences: {0}", "Klaar: de opnieuw opgebouwde gegevens zijn gelijk aan de huidige.": "Done: the rebuilt data equal the live data.",
  "Klaar: {0} scholen ingelezen, {1} ongewijzigd.": "Done: {0} schools imported, {1} unchanged.", "Klas": "Class",
  "Koers is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.": "Koers cannot be reached. Check your connection and try again.",
  "Koers toont (nog) geen lijst van alle mensen: de API kent geen overzicht van gebruikers.": "Koers shows no list of all people (yet): the API has no user overview.",
  "Komende bijeenkomsten": "Upcoming sessions", "Kritieke signalen": "Critical alerts", "Leerjaar": "Year group", "Leerling toevoegen": "Add pupil",
  "Leerlingen": "Pupils", "Leerlingnummer": "Pupil number", "Leesmodellen opnieuw opbouwen": "Rebuild the read models", "Let op": "Attention",
  "Levering monitor aan de Inspectie": "Monitor delivery to the Inspectie", "Melden aan vertrouwensinspecteur": "Report to the confidential inspector",
  "Mensen uitnodigen": "Invite people", "Mijn scholing": "My training", "Monitor": "Monitor", "Monitor sociale veiligheid": "Social safety monitor",
  "Monitor: gemiddelde van de laatste ronde; bestuursgemiddelde {0}.": "Monitor: mean of the latest round; board average {0}.", "Naam": "Name",
  "Naar de inhoud": "Skip to content", "Naar de lijst": "To the list",
  "Niet gevonden. Het bestaat niet, of het hoort niet bij jouw bestuur of school. Controleer het adres of kies een pagina in het menu.": "Not found. It does not exist, or it does not belong to your board or school. Check the address or choose a page from the menu.",
  "Niets gevonden met deze zoekvragen.": "Nothing found for this search.", "Nieuwe ronde": "New round", "Nog geen actiepunten.": "No action points yet.",
  "Nog geen acties.": "No actions yet.", "Nog geen afgesloten ronde.": "No closed round yet.", "Nog geen documenten in het archief.": "No documents in the archive yet.",
  "Nog geen doelen.": "No goals yet.", "Nog geen incidenten.": "No incidents yet.", "Nog geen partners.": "No partners yet.", "Nog geen rondes.": "No rounds yet.",
  "Nog geen scholen.": "No schools yet.", "Nog geen scholingseisen of deelname.": "No training requirements or attendance yet.", "Nog geen taken beoordeeld.": "No duties evaluated yet.",
  "Nog niets te tonen.": "Nothing to show yet.", "Ontbreekt": "Missing", "Op wachtlijst": "Join waiting list", "Open tot en met": "Open until", "Open vanaf": "Open from",
  "Open": "Open", "Opgeslagen: {0} onderwerp(en).": "Saved: {0} topic(s).", "Opnieuw opbouwen": "Rebuild", "Opvolging": "Follow-up", "Organisatie": "Organisation",
  "Partner toevoegen": "Add partner", "Per 100 leerlingen": "Per 100 pupils", "Persoonsgegevens in deze gebeurtenis zijn gewist.": "Personal data in this event have been erased.",
  "Plaatsen": "Places", "Plan {0} beginnen": "Start plan {0}", "Platform": "Platform", "Prioriteit": "Priority", "Rol afnemen": "Revoke role", "Rol geven": "Grant role",
  "Rol": "Role", "Rollen": "Roles", "Ronde nu sluiten": "Close the round now", "Ronde openen": "Open round", "Ronde {0}": "Round {0}",
  "Ronde {0}, {1} respondenten": "Round {0}, {1} respondents", "Rondes": "Rounds", "Schaal": "Scale", "Schalen: deze ronde en de vorige": "Scales: this round and the previous one",
  "Scholen inlezen": "Import schools", "Scholen vergelijken": "Compare schools", "Scholen": "Schools", "Scholing": "Training", "Scholing ontbreekt": "Training gaps",
  "School": "School", "Schooljaar {0}: {1}": "School year {0}: {1}", "Schooljaar": "School year", "Sector": "Sector", "Signalen": "Alerts", "Sluiten": "Close",
  "Sociale veiligheid op school: veiligheidsplan, incidenten, monitor en scholing op één plek.": "Social safety at school: safety plan, incidents, monitor and training in one place.",
  "Soort actie": "Kind of action", "Soort gebeurtenis": "Event type", "Soort partner": "Kind of partner", "Soort": "Kind", "Stand": "State", "Status": "Status",
  "Status: {0}": "Status: {0}", "Taken": "Tasks", "Taken niet op orde": "Duties not met", "Te laat": "Overdue",
  "Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.": "Too many requests at once. Wait a moment and try again.", "Tekst": "Text", "Telefoon": "Phone",
  "Terug naar nu": "Back to now", "Tips": "Tips", "Titel": "Title", "Toegangscodes per klas": "Access codes per class", "Toon": "Show", "Tot en met": "Until",
  "Uitgenodigd. Stuur deze link naar {0}; hij is geldig tot {1}.": "Invited. Send this link to {0}; it is valid until {1}.", "Uitkomst": "Outcome", "Uitloggen": "Log out",
  "Uitnodigen": "Invite", "Uitslagen": "Results", "Uren": "Hours", "Vanaf": "From", "Veiligheidsbeleving": "Perceived safety", "Veiligheidsplan {0}": "Safety plan {0}",
  "Veiligheidsplan": "Safety plan", "Vertrouwelijk maken": "Make confidential", "Vertrouwelijk": "Confidential",
  "Vertrouwelijk: alleen behandelaar, coördinator en vertrouwenspersoon lezen de inhoud": "Confidential: only the handler, coordinator and confidential adviser read the content",
  "Verwijderen": "Remove", "Volgende": "Next",
  "Voor dit schooljaar is nog geen plan. Een coördinator of de bestuurder begint het; de teksten van vorig jaar gaan mee als er een plan van vorig jaar is.": "There is no plan for this school year yet. A coordinator or the board admin starts it; last year's texts carry over when there is a plan of last year.",
  "Voor wie": "Audience", "Voornaam": "First name", "Voortgang": "Progress", "Vorige ronde": "Previous round", "Vorige": "Previous",
  "Vul alle verplichte velden in.": "Fill in every required field.", "Waar": "Where", "Waar?": "Where?", "Waarom heropenen?": "Why reopen?",
  "Wanneer gebeurde het?": "When did it happen?", "Wanneer": "When", "Wat er gebeurde": "What happened", "Wat is er gebeurd?": "What happened?",
  "Wat voor incident?": "What kind of incident?", "Wat": "What", "Welbevinden": "Well-being", "Welkom bij Koers": "Welcome to Koers", "Wettelijke taken": "Legal duties",
  "Wettelijke verplichtingen": "Legal obligations", "Wie (gebruikers-id)": "Who (user id)", "Wie": "Who", "Zo stond het er voor op {0}.": "This is how it stood on {0}.",
  "Zoeken": "Search", "aanwezig": "attended", "afgesloten schooljaar: alleen lezen": "closed school year: read only", "afgesloten": "closed", "alle": "all",
  "alleen de eerste 10.000": "only the first 10,000", "door het bestuur": "by the board", "gedaan op {0}": "done on {0}", "heropend": "reopened",
  "ingeschreven": "enrolled", "ja": "yes", "lerarenregister": "teacher register", "melding te laat": "report overdue", "nee": "no", "niets": "nothing",
  "online": "online", "pagina {0} van {1}": "page {0} of {1}", "pagina {0}": "page {0}", "regel {0}": "line {0}", "te laat": "overdue",
  "te weinig antwoorden": "too few answers", "uiterlijk {0}": "by {0}", "veld": "field", "vertrouwelijk": "confidential", "{0} gebeurtenissen": "{0} events",
  "{0} incidenten": "{0} incidents", "{0} kritiek": "{0} critical", "{0} melding(en) aan de vertrouwensinspecteur te laat": "{0} report(s) to the confidential inspector overdue",
  "{0} open · mediaan {1} dagen tot afsluiten": "{0} open · median {1} days to close", "{0} open": "{0} open", "{0} per 100 leerlingen": "{0} per 100 pupils",
  "{0} respondenten · groepen kleiner dan {1} worden niet getoond": "{0} respondents · groups smaller than {1} are not shown", "{0} uur gevolgd": "{0} hours attended",
  "{0} van {1} gebeurtenissen verwerkt": "{0} of {1} events applied", "{0} van {1} klaar": "{0} of {1} done", "{0} van {1} scholen verwerkt": "{0} of {1} schools processed",
  "{0} wachtend": "{0} waiting", "kies…": "choose…", "← Alle incidenten": "← All incidents", "← Alle rondes": "← All rounds", "← Terug naar de audittrail": "← Back to the audit trail",
};

package nl.koers.plan.duties;

import nl.koers.contracts.plan.DutyState;

/**
 * The vocabulary rule sets decide duties with. Each check reads the facts of one plan and says whether the duty is
 * met and why, in Dutch for the dashboard. A check whose facts live in a context Koers does not hear yet answers
 * UNKNOWN: Koers never claims a duty is met without the facts.
 */
public enum FactCheck {
    PLAN_EVALUATED_THIS_YEAR {
        @Override
        Outcome check(DutyFacts f) {
            return f.evaluatedOn() != null
                    ? met("Het plan is op " + f.evaluatedOn() + " geëvalueerd (schooljaar " + f.schoolYear() + ").")
                    : notMet("Het plan van " + f.schoolYear() + " is nog niet geëvalueerd.");
        }
    },
    ANTI_BULLYING_COORDINATOR_WITH_CONTACT {
        @Override
        Outcome check(DutyFacts f) {
            if (f.antiBullyingCoordinatorNamed() && f.antiBullyingCoordinatorContactGiven()) {
                return met("Er is een anti-pestcoördinator met naam en contactgegevens als aanspreekpunt.");
            }
            return notMet(f.antiBullyingCoordinatorNamed()
                    ? "De contactgegevens van de anti-pestcoördinator ontbreken."
                    : "Er is geen anti-pestcoördinator vastgelegd.");
        }
    },
    MONITOR_CLOSED_AND_DELIVERED {
        @Override
        Outcome check(DutyFacts f) {
            return switch (f.monitoring()) {
                case DELIVERED -> met("De monitor van " + f.schoolYear()
                        + " is afgesloten en aangeleverd bij de Inspectie.");
                case CLOSED_NOT_DELIVERED -> notMet("De monitor van " + f.schoolYear()
                        + " is afgesloten maar nog niet aangeleverd bij de Inspectie (uiterlijk 1 juli).");
                case NONE -> notMet("Er is in " + f.schoolYear() + " nog geen monitorronde afgesloten.");
            };
        }
    },
    ANTI_BULLYING_PROGRAMME_NAMED {
        @Override
        Outcome check(DutyFacts f) {
            return f.antiBullyingProgramme() != null
                    ? met("Anti-pestprogramma: " + f.antiBullyingProgramme() + ".")
                    : notMet("Er is geen anti-pestprogramma vastgelegd.");
        }
    },
    CONFIDENTIAL_ADVISER_NAMED {
        @Override
        Outcome check(DutyFacts f) {
            if (f.confidentialAdviserKind() == null || !f.confidentialAdviserNamed()) {
                return notMet("Er is geen vertrouwenspersoon (intern of extern) met naam vastgelegd.");
            }
            return met("Er is een " + (f.confidentialAdviserKind() == nl.koers.contracts.plan.AdviserKind.INTERNAL
                    ? "interne" : "externe") + " vertrouwenspersoon.");
        }
    },
    COMPLAINTS_PROCEDURE_RECORDED {
        @Override
        Outcome check(DutyFacts f) {
            return f.complaintsProcedure() != null
                    ? met("Klachtenregeling: " + f.complaintsProcedure() + ".")
                    : notMet("Er is geen klachtenregeling vastgelegd.");
        }
    },
    /** Incident registration lives in the incident context; the plan does not hear it yet. */
    INCIDENT_REGISTRATION_IN_USE {
        @Override
        Outcome check(DutyFacts f) {
            return unknown("Of incidenten worden geregistreerd, weet het veiligheidsplan nog niet.");
        }
    },
    /** Monitoring of staff is not part of the survey context's events yet. */
    STAFF_MONITORED {
        @Override
        Outcome check(DutyFacts f) {
            return unknown("Monitoring onder medewerkers wordt nog niet bijgehouden.");
        }
    };

    abstract Outcome check(DutyFacts facts);

    record Outcome(DutyState state, String reason) {
    }

    private static Outcome met(String reason) {
        return new Outcome(DutyState.MET, reason);
    }

    private static Outcome notMet(String reason) {
        return new Outcome(DutyState.NOT_MET, reason);
    }

    private static Outcome unknown(String reason) {
        return new Outcome(DutyState.UNKNOWN, reason);
    }
}

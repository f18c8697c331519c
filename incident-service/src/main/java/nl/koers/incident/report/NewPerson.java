package nl.koers.incident.report;

import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;

/**
 * A person as the reporter names them. {@code personId} is resolved by the application from the school's pseudonymous
 * reference (the same pupil keeps one id at a school); {@code reference} is required for pupils, {@code group},
 * {@code name} and {@code note} are optional.
 */
public record NewPerson(PersonId personId, PersonKind kind, InvolvedRole role, String reference, String group,
                        String name, String note) {
}

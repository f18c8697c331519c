package nl.koers.contracts.incident;

import nl.koers.platform.privacy.SealedText;

/**
 * One person's part in an incident. Kind and role are plain (the workflow and the dashboard need them); everything
 * that identifies or describes the person is sealed under this person's own key for this incident
 * ({@code subject}), so erasing one person never touches another. {@code reference} is the school's pseudonymous
 * pupil reference (or a staff member's user id); {@code group}, {@code name} and {@code note} are optional (null).
 */
public record InvolvedPerson(PersonId personId, PersonKind kind, InvolvedRole role, String subject,
                             SealedText reference, SealedText group, SealedText name, SealedText note) {
}

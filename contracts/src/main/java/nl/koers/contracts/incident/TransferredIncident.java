package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.privacy.SealedText;

/** One entry of a transferred chronology: the pupil's own role only; the note is re-sealed for the receiving school. */
public record TransferredIncident(IncidentId incidentId, Instant occurredAt, Category category, Severity severity,
                                  InvolvedRole role, SealedText note) {
}

package nl.koers.incident.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One incident at one school, from its report onwards. Rules are checked before anything is applied. */
@Aggregate
public class Incident {
    public static final int MAX_DESCRIPTION = 10_000;
    /** Phones and laptops drift; a report a minute "ahead" is clock skew, not a future date. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @AggregateIdentifier
    private IncidentId id;
    private SchoolId school;

    protected Incident() {
        // for Axon
    }

    @CommandHandler
    public Incident(ReportIncident command, Clock clock, PersonalDataVault vault) {
        Instant now = clock.instant();
        requirePresent(command);
        if (command.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolation("occurredAt", "an incident cannot have happened in the future");
        }
        if (command.description().isBlank()) {
            throw new InvalidInput("description", "describe what happened: what, when, where, who");
        }
        if (command.description().length() > MAX_DESCRIPTION) {
            throw new InvalidInput("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        apply(new IncidentReported(command.incidentId(), command.boardId(), command.schoolId(),
                command.occurredAt(), now, command.location(), command.category(), command.severity(),
                vault.seal(descriptionSubject(command.incidentId()), command.description()), command.reportedBy()));
    }

    /** Until issue-level per-person keys exist, the description is sealed under the incident's own subject key. */
    public static String descriptionSubject(IncidentId id) {
        return "incident/" + id + "/description";
    }

    private static void requirePresent(ReportIncident command) {
        require(command.occurredAt(), "occurredAt");
        require(command.location(), "location");
        require(command.category(), "category");
        require(command.severity(), "severity");
        require(command.description(), "description");
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        this.id = event.incidentId();
        this.school = event.schoolId();
    }
}

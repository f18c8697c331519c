package nl.koers.incident.report.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.PersonId;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.incident.report.EntryHints;
import nl.koers.incident.report.NewPerson;
import nl.koers.incident.report.ReportIncident;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.TenantScope;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting and reading incidents, with the tenant check on every call. */
@Service
public class IncidentReporting {
    static final int MAX_REFERENCE = 64;

    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final EventStore events;
    private final PersonalDataVault vault;
    private final Clock clock;

    IncidentReporting(IncidentAccess access, IncidentQueries queries, EventStore events, PersonalDataVault vault,
                      Clock clock) {
        this.access = access;
        this.queries = queries;
        this.events = events;
        this.vault = vault;
        this.clock = clock;
    }

    public record Reported(IncidentId incidentId, List<EntryHints.Hint> hints) {
    }

    /** One transaction: the pupil references, the events and the index commit together or not at all. */
    @Transactional
    public Reported report(TenantScope scope, SchoolId school, ReportIncidentRequest request) {
        BoardId board = access.school(scope, school, IncidentAccess.READERS);
        IncidentId id = IncidentId.generate();
        ReportIncident command = new ReportIncident(id, board, school, request.occurredAt(), request.location(),
                request.category(), request.severity(), request.description(), scope.user(),
                persons(school, request.involved()), Boolean.TRUE.equals(request.confidential()));
        access.send(command, board, school, scope.user());
        return new Reported(id, EntryHints.check(request.description()));
    }

    /** The same pupil reference at a school is always the same person id; others without reference get a new one. */
    private List<NewPerson> persons(SchoolId school, List<ReportIncidentRequest.Person> involved) {
        if (involved == null) {
            return List.of();
        }
        List<NewPerson> persons = new ArrayList<>();
        IntStream.range(0, involved.size()).forEach(i -> {
            ReportIncidentRequest.Person p = involved.get(i);
            if (p == null) {
                throw new InvalidInput("involved[" + i + "]", "is required");
            }
            String reference = p.reference() == null || p.reference().isBlank() ? null : p.reference().strip();
            if (reference != null && reference.length() > MAX_REFERENCE) {
                throw new InvalidInput("involved[" + i + "].reference", "at most " + MAX_REFERENCE + " characters");
            }
            PersonId person = reference != null && p.kind() != null
                    ? queries.resolve(school, p.kind(), reference) : PersonId.generate();
            persons.add(new NewPerson(person, p.kind(), p.role(), reference, p.group(), p.name(), p.note()));
        });
        return persons;
    }

    /**
     * The full view for those who may see the content; for a confidential incident anyone else sees only that it
     * exists. Every read of a confidential incident is recorded.
     */
    @Transactional
    public Object find(TenantScope scope, SchoolId school, IncidentId id) {
        IncidentSummary summary = access.incident(scope, school, id, IncidentAccess.READERS);
        boolean content = IncidentAccess.seesContent(scope, summary);
        access.recordRead(scope, summary, content, "GET incident");
        IncidentHistory history = new IncidentHistory(vault, clock.instant());
        List<? extends DomainEventMessage<?>> stream = events.readEvents(id.toString()).asStream().toList();
        IncidentView view = history.fold(stream).orElseThrow(() -> new NotFound("incidentId", "incident " + id));
        return content ? view : history.restricted();
    }
}

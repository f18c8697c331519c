package nl.koers.incident.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.PersonId;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.privacy.ErasePersonData;
import nl.koers.incident.privacy.IssueErasureReceipt;
import nl.koers.incident.report.Subjects;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An erasure request for one person at one school: deletes that person's key in every incident they are involved in
 * and issues a receipt (what, when, by whom, which keys) without personal data. One transaction: a part under a legal
 * hold refuses the whole request, saying which hold.
 */
@Service
public class Erasure {
    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final java.time.Clock clock;

    Erasure(IncidentAccess access, IncidentQueries queries, java.time.Clock clock) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    public record Receipt(UUID receiptId, String personId, List<String> subjects, List<String> incidents,
                          String erasedBy, Instant erasedAt) {
    }

    @Transactional
    public Receipt erase(TenantScope scope, BoardId board, SchoolId school, PersonId person) {
        List<IncidentId> incidents = queries.incidentsOf(school, person);
        if (incidents.isEmpty()) {
            throw new NotFound("personId", "no incidents involve this person at this school");
        }
        queries.activeHoldsOn(person).stream().findFirst().ifPresent(hold -> {
            throw new Conflict("legalHold", hold.why() + ": erasure is suspended until the hold is lifted");
        });
        UUID receiptId = UUID.randomUUID();
        List<String> subjects = incidents.stream().map(i -> Subjects.person(i, person)).toList();
        access.send(new IssueErasureReceipt(person, board, school, receiptId, subjects, incidents, scope.user()),
                board, school, scope.user());
        incidents.forEach(incident -> access.send(new ErasePersonData(incident, person, receiptId, scope.user()),
                board, school, scope.user()));
        return new Receipt(receiptId, person.toString(), subjects, incidents.stream().map(Object::toString).toList(),
                scope.user().value(), clock.instant());
    }
}

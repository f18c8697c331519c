package nl.koers.incident.transfer.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.incident.ChronologyTransferAcknowledged;
import nl.koers.contracts.incident.ChronologyTransferred;
import nl.koers.contracts.incident.TransferredIncident;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.transfer.AcknowledgeTransfer;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Chronology transfers as a school sees them: sent and received, and the receiver's acknowledgement (the receipt). */
@RestController
@RequestMapping(path = "/api/schools/{schoolId}/incidents/transfers", produces = "application/json")
class TransferController {
    static final Set<Role> COORDINATORS = Set.of(Role.COORDINATOR);
    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final EventStore events;
    private final PersonalDataVault vault;

    TransferController(IncidentAccess access, IncidentQueries queries, EventStore events, PersonalDataVault vault) {
        this.access = access;
        this.queries = queries;
        this.events = events;
        this.vault = vault;
    }

    record Entry(String incidentId, Instant occurredAt, String category, String severity, String role, String note,
                 boolean noteErased) {
    }

    record Received(UUID transferId, String fromSchool, String toSchool, String reference, List<Entry> incidents,
                    String transferredBy, Instant transferredAt, String acknowledgedBy, Instant acknowledgedAt) {
    }

    @GetMapping
    List<IncidentQueries.Transfer> list(@PathVariable SchoolId schoolId) {
        access.school(TenantScopes.current(), schoolId, IncidentAccess.COORDINATION);
        return queries.transfers(schoolId);
    }

    @GetMapping("/{transferId}")
    Received read(@PathVariable SchoolId schoolId, @PathVariable String transferId) {
        access.school(TenantScopes.current(), schoolId, COORDINATORS);
        return received(schoolId, uuid(transferId));
    }

    @PostMapping("/{transferId}/acknowledgement")
    ResponseEntity<Void> acknowledge(@PathVariable SchoolId schoolId, @PathVariable String transferId) {
        TenantScope scope = TenantScopes.current();
        BoardId board = access.school(scope, schoolId, COORDINATORS);
        Received transfer = received(schoolId, uuid(transferId));
        if (!transfer.toSchool().equals(schoolId.value())) {
            throw new NotFound("transferId", "transfer " + transferId);
        }
        access.send(new AcknowledgeTransfer(transfer.transferId(), schoolId, scope.user()), board, schoolId,
                scope.user());
        return ResponseEntity.noContent().build();
    }

    private Received received(SchoolId school, UUID id) {
        ChronologyTransferred sent = null;
        ChronologyTransferAcknowledged acknowledged = null;
        for (Object event : events.readEvents(id.toString()).asStream().map(m -> m.getPayload()).toList()) {
            if (event instanceof ChronologyTransferred t) {
                sent = t;
            } else if (event instanceof ChronologyTransferAcknowledged a) {
                acknowledged = a;
            }
        }
        if (sent == null || !(sent.toSchool().equals(school) || sent.fromSchool().equals(school))) {
            throw new NotFound("transferId", "transfer " + id);
        }
        return new Received(id, sent.fromSchool().value(), sent.toSchool().value(),
                sent.reference() == null ? null : vault.open(sent.reference()).orElse(null),
                sent.incidents().stream().map(this::entry).toList(), sent.transferredBy().value(),
                sent.transferredAt(), acknowledged == null ? null : acknowledged.acknowledgedBy().value(),
                acknowledged == null ? null : acknowledged.acknowledgedAt());
    }

    private Entry entry(TransferredIncident e) {
        var note = e.note() == null ? java.util.Optional.<String>empty() : vault.open(e.note());
        return new Entry(e.incidentId().toString(), e.occurredAt(), e.category().name(), e.severity().name(),
                e.role().name(), note.orElse(null), e.note() != null && note.isEmpty());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("transferId", "is not a valid id");
        }
    }
}

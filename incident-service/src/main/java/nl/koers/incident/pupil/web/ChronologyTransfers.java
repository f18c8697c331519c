package nl.koers.incident.pupil.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.PersonId;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.transfer.TransferChronology;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.tenant.TenantScope;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * Sends a pupil's chronology to another school of the same board: per incident the pupil's own role and note (opened
 * here, sealed again under the transfer's key by the aggregate). Erased parts travel without their note.
 */
@Service
class ChronologyTransfers {
    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final SchoolDirectory directory;
    private final EventStore events;
    private final PersonalDataVault vault;

    ChronologyTransfers(IncidentAccess access, IncidentQueries queries, SchoolDirectory directory, EventStore events,
                        PersonalDataVault vault) {
        this.access = access;
        this.queries = queries;
        this.directory = directory;
        this.events = events;
        this.vault = vault;
    }

    UUID send(TenantScope scope, BoardId board, SchoolId from, String reference, PersonId pupil, String toSchool) {
        if (toSchool == null || toSchool.isBlank()) {
            throw new InvalidInput("toSchool", "is required");
        }
        SchoolId to = new SchoolId(toSchool);
        if (!directory.boardOf(to).map(board::equals).orElse(false)) {
            throw new NotFound("toSchool", "school " + to + " of this board");
        }
        List<TransferChronology.Entry> entries = queries.chronology(from, pupil).stream()
                .map(line -> new TransferChronology.Entry(line.incident().incidentId(), line.incident().occurredAt(),
                        line.incident().category(), line.incident().severity(), line.role(),
                        note(line.incident().incidentId().toString(), pupil).orElse(null)))
                .toList();
        UUID transfer = UUID.randomUUID();
        access.send(new TransferChronology(transfer, board, from, to, pupil, reference, entries, scope.user()), board,
                from, scope.user());
        return transfer;
    }

    private Optional<String> note(String incident, PersonId pupil) {
        return events.readEvents(incident).asStream().map(m -> m.getPayload())
                .filter(IncidentReported.class::isInstance).map(IncidentReported.class::cast).findFirst()
                .flatMap(r -> r.involved().stream().filter(p -> p.personId().equals(pupil)).findFirst())
                .map(InvolvedPerson::note).flatMap(note -> note == null ? Optional.empty() : vault.open(note));
    }
}

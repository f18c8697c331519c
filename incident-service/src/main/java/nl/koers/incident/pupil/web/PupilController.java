package nl.koers.incident.pupil.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.LegalHoldLifted;
import nl.koers.contracts.incident.LegalHoldPlaced;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentQueries.ChronologyLine;
import nl.koers.incident.privacy.LiftPersonHold;
import nl.koers.incident.privacy.PlacePersonHold;
import nl.koers.incident.privacy.web.Erasure;
import nl.koers.incident.report.IncidentStatus;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pupil by the school's pseudonymous reference: the chronology (coordinators only), erasure, legal holds and the
 * transfer to another school of the board.
 */
@RestController
@RequestMapping(path = "/api/schools/{schoolId}/pupils/{reference}", produces = "application/json")
class PupilController {
    static final Set<Role> CHRONOLOGY = Set.of(Role.COORDINATOR);
    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final Erasure erasure;
    private final ChronologyTransfers transfers;
    private final EventStore events;
    private final PersonalDataVault vault;

    PupilController(IncidentAccess access, IncidentQueries queries, Erasure erasure, ChronologyTransfers transfers,
                    EventStore events, PersonalDataVault vault) {
        this.access = access;
        this.queries = queries;
        this.erasure = erasure;
        this.transfers = transfers;
        this.events = events;
        this.vault = vault;
    }

    /** One incident in the pupil's chronology, with this pupil's own role only. */
    record Line(String incidentId, Instant occurredAt, Instant recordedAt, Category category, Severity severity,
                Location location, IncidentStatus status, InvolvedRole role, boolean confidential, boolean erased) {
    }

    /**
     * A legal hold on the pupil, placed and lifted on the pupil's own record; {@code reason} null with
     * {@code reasonErased} when its key was deleted.
     */
    record PupilHold(UUID holdId, String reason, boolean reasonErased, String placedBy, Instant placedAt,
                     Instant liftedAt) {
    }

    /** A hold in force on one of the pupil's incidents: it suspends the pupil's erasure too. */
    record IncidentHold(UUID holdId, String incidentId, Instant placedAt) {
    }

    record Chronology(String reference, List<Line> incidents, List<PupilHold> legalHolds,
                      List<IncidentHold> incidentHolds) {
    }

    record Hold(String reason) {
    }

    record Transfer(String toSchool) {
    }

    @GetMapping("/chronology")
    @Transactional
    Chronology chronology(@PathVariable SchoolId schoolId, @PathVariable String reference) {
        TenantScope scope = TenantScopes.current();
        access.school(scope, schoolId, CHRONOLOGY);
        PersonId person = pupil(schoolId, reference);
        List<ChronologyLine> lines = queries.chronology(schoolId, person);
        lines.forEach(line -> access.recordRead(scope, line.incident(), true, "GET pupil chronology"));
        return new Chronology(reference, lines.stream().map(l -> new Line(l.incident().incidentId().toString(),
                l.incident().occurredAt(), l.incident().recordedAt(), l.incident().category(),
                l.incident().severity(), l.incident().location(), l.incident().status(), l.role(),
                l.incident().confidential(), l.erased())).toList(), holds(person),
                queries.activeHoldsOn(person).stream().filter(h -> h.incidentId() != null)
                        .map(h -> new IncidentHold(h.holdId(), h.incidentId().toString(), h.placedAt())).toList());
    }

    /** The pupil's own holds from the pupil's record (PersonRecord), with their sealed reasons opened. */
    private List<PupilHold> holds(PersonId person) {
        Map<UUID, PupilHold> holds = new LinkedHashMap<>();
        events.readEvents(person.toString()).asStream().map(DomainEventMessage::getPayload).forEach(event -> {
            switch (event) {
                case LegalHoldPlaced e -> {
                    Optional<String> reason = vault.open(e.reason());
                    holds.put(e.holdId(), new PupilHold(e.holdId(), reason.orElse(null), reason.isEmpty(),
                            e.placedBy().value(), e.placedAt(), null));
                }
                case LegalHoldLifted e -> holds.computeIfPresent(e.holdId(), (id, h) -> new PupilHold(id, h.reason(),
                        h.reasonErased(), h.placedBy(), h.placedAt(), e.liftedAt()));
                default -> {
                }
            }
        });
        return List.copyOf(holds.values());
    }

    @PostMapping("/erasure")
    Erasure.Receipt erase(@PathVariable SchoolId schoolId, @PathVariable String reference) {
        TenantScope scope = TenantScopes.current();
        BoardId board = access.school(scope, schoolId, IncidentAccess.COORDINATION);
        return erasure.erase(scope, board, schoolId, pupil(schoolId, reference));
    }

    @PostMapping(path = "/legal-holds", consumes = "application/json")
    ResponseEntity<Map<String, String>> hold(@PathVariable SchoolId schoolId, @PathVariable String reference,
                                             @RequestBody Hold body) {
        TenantScope scope = TenantScopes.current();
        BoardId board = access.school(scope, schoolId, IncidentAccess.COORDINATION);
        UUID hold = UUID.randomUUID();
        access.send(new PlacePersonHold(pupil(schoolId, reference), board, schoolId, hold, body.reason(),
                scope.user()), board, schoolId, scope.user());
        return ResponseEntity.status(201).body(Map.of("holdId", hold.toString()));
    }

    @DeleteMapping("/legal-holds/{holdId}")
    ResponseEntity<Void> lift(@PathVariable SchoolId schoolId, @PathVariable String reference,
                              @PathVariable String holdId) {
        TenantScope scope = TenantScopes.current();
        BoardId board = access.school(scope, schoolId, IncidentAccess.COORDINATION);
        UUID hold;
        try {
            hold = UUID.fromString(holdId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("holdId", "is not a valid id");
        }
        access.send(new LiftPersonHold(pupil(schoolId, reference), board, schoolId, hold, scope.user()), board,
                schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/transfers", consumes = "application/json")
    ResponseEntity<Map<String, String>> transfer(@PathVariable SchoolId schoolId, @PathVariable String reference,
                                                 @RequestBody Transfer body) {
        TenantScope scope = TenantScopes.current();
        BoardId board = access.school(scope, schoolId, IncidentAccess.COORDINATION);
        UUID transfer = transfers.send(scope, board, schoolId, reference, pupil(schoolId, reference), body.toSchool());
        return ResponseEntity.status(201).body(Map.of("transferId", transfer.toString()));
    }

    private PersonId pupil(SchoolId school, String reference) {
        return queries.person(school, PersonKind.PUPIL, reference)
                .orElseThrow(() -> new NotFound("reference", "no incidents for this pupil reference"));
    }
}

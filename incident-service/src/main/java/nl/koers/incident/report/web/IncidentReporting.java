package nl.koers.incident.report.web;

import java.util.Set;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.incident.report.ReportIncident;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/** Reporting and reading incidents, with the tenant check on every call. */
@Service
public class IncidentReporting {
    static final Set<Role> REPORTERS = Set.of(Role.STAFF, Role.COORDINATOR, Role.BOARD_ADMIN);
    static final Set<Role> READERS = Set.of(Role.STAFF, Role.COORDINATOR, Role.BOARD_ADMIN);

    private final CommandGateway commands;
    private final EventStore events;
    private final SchoolAccess access;
    private final PersonalDataVault vault;

    IncidentReporting(CommandGateway commands, EventStore events, SchoolAccess access, PersonalDataVault vault) {
        this.commands = commands;
        this.events = events;
        this.access = access;
        this.vault = vault;
    }

    public IncidentId report(TenantScope scope, SchoolId school, ReportIncidentRequest request) {
        BoardId board = access.require(scope, school, REPORTERS);
        IncidentId id = IncidentId.generate();
        ReportIncident command = new ReportIncident(id, board, school, request.occurredAt(), request.location(),
                request.category(), request.severity(), request.description(), scope.user());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(board, school, scope.user())));
        return id;
    }

    public IncidentView find(TenantScope scope, SchoolId school, IncidentId id) {
        access.require(scope, school, READERS);
        return events.readEvents(id.toString()).asStream()
                .map(message -> message.getPayload())
                .filter(IncidentReported.class::isInstance).map(IncidentReported.class::cast)
                .filter(reported -> reported.schoolId().equals(school))
                .findFirst().map(reported -> IncidentView.of(reported, vault))
                .orElseThrow(() -> new NotFound("incidentId", "incident " + id));
    }
}

package nl.koers.incident.app;

import java.util.Set;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.incident.confidential.RecordConfidentialRead;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The checks every incident endpoint runs: tenant scope from the token (SchoolAccess), the incident belongs to the
 * school in the path (else 404), and who may see the content of a confidential incident (ADR 0023).
 */
@Component
public class IncidentAccess {
    public static final Set<Role> READERS = Set.of(Role.STAFF, Role.COORDINATOR, Role.BOARD_ADMIN,
            Role.CONFIDENTIAL_ADVISER);
    public static final Set<Role> COORDINATION = Set.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    /** Besides the handler, these roles of the school see a confidential incident's content. */
    public static final Set<Role> CONFIDENTIAL_READERS = Set.of(Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER);

    private final SchoolAccess access;
    private final IncidentQueries queries;
    private final CommandGateway commands;

    IncidentAccess(SchoolAccess access, IncidentQueries queries, CommandGateway commands) {
        this.access = access;
        this.queries = queries;
        this.commands = commands;
    }

    public BoardId school(TenantScope scope, SchoolId school, Set<Role> roles) {
        return access.require(scope, school, roles);
    }

    public IncidentSummary incident(TenantScope scope, SchoolId school, IncidentId id, Set<Role> roles) {
        access.require(scope, school, roles);
        return queries.summary(id).filter(s -> s.schoolId().equals(school))
                .orElseThrow(() -> new NotFound("incidentId", "incident " + id));
    }

    public static boolean seesContent(TenantScope scope, IncidentSummary incident) {
        return !incident.confidential() || scope.hasAnyRole(CONFIDENTIAL_READERS)
                || scope.user().equals(incident.handler());
    }

    /** A confidential incident's content is for the handler, advisers and coordinators only: others get 403. */
    public static void requireContent(TenantScope scope, IncidentSummary incident) {
        if (!seesContent(scope, incident)) {
            throw new Forbidden("this incident is confidential");
        }
    }

    /** Every read of a confidential incident is itself an event (who, when, content shown or not, through what). */
    public void recordRead(TenantScope scope, IncidentSummary incident, boolean contentShown, String via) {
        if (incident.confidential()) {
            send(new RecordConfidentialRead(incident.incidentId(), scope.user(), contentShown, via),
                    incident.boardId(), incident.schoolId(), scope.user());
        }
    }

    public void send(Object command, BoardId board, SchoolId school, UserId actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(board, school, actor)));
    }

    public void send(Object command, BoardId board, UserId actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(board, actor)));
    }
}

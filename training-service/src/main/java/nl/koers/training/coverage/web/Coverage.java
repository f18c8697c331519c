package nl.koers.training.coverage.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.training.coverage.CoverageCalculator.Requirement;
import nl.koers.training.coverage.RequirementCommands.RemoveRequirement;
import nl.koers.training.coverage.RequirementCommands.SetRequirement;
import nl.koers.training.coverage.web.CoverageReadModel.CoverageView;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** A board's required training per role, and each school's coverage against it. */
@Service
public class Coverage {
    static final Set<Role> REQUIREMENT_READERS = EnumSet.of(Role.BOARD_ADMIN, Role.AUDITOR, Role.COORDINATOR,
            Role.STAFF, Role.CONFIDENTIAL_ADVISER);
    static final Set<Role> COVERAGE_READERS = EnumSet.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    static final Set<Role> BOARD_COVERAGE_READERS = EnumSet.of(Role.BOARD_ADMIN, Role.AUDITOR);

    private final CommandGateway commands;
    private final CoverageReadModel readModel;
    private final SchoolAccess access;

    Coverage(CommandGateway commands, CoverageReadModel readModel, SchoolAccess access) {
        this.commands = commands;
        this.readModel = readModel;
        this.access = access;
    }

    /** The body of a requirement: {@code role} a role claim, {@code kind} a course kind. */
    public record RequirementRequest(String role, CourseKind kind, Integer withinYears, Boolean accreditedOnly) {
    }

    public record RequirementView(String role, CourseKind kind, int withinYears, boolean accreditedOnly) {
        static RequirementView of(Requirement r) {
            return new RequirementView(r.role().claim(), r.kind(), r.withinYears(), r.accreditedOnly());
        }
    }

    public List<RequirementView> set(TenantScope scope, BoardId board, RequirementRequest request) {
        BoardAccess.require(scope, board, Set.of(Role.BOARD_ADMIN));
        send(new SetRequirement(board, role(request.role()), request.kind(), request.withinYears(),
                request.accreditedOnly(), scope.user()), board, scope);
        return requirements(scope, board);
    }

    public void remove(TenantScope scope, BoardId board, String role, CourseKind kind) {
        BoardAccess.require(scope, board, Set.of(Role.BOARD_ADMIN));
        send(new RemoveRequirement(board, role(role), kind, scope.user()), board, scope);
    }

    public List<RequirementView> requirements(TenantScope scope, BoardId board) {
        BoardAccess.require(scope, board, REQUIREMENT_READERS);
        return readModel.requirements(board).stream().map(RequirementView::of).toList();
    }

    /** The school's latest coverage; a school nobody computed yet has no roles, trained or required. */
    public CoverageView ofSchool(TenantScope scope, SchoolId school) {
        BoardId board = access.require(scope, school, COVERAGE_READERS);
        return readModel.coverage(school).orElseGet(() -> new CoverageView(school.value(), board.value(), List.of(),
                null));
    }

    public List<CoverageView> ofBoard(TenantScope scope, BoardId board) {
        BoardAccess.require(scope, board, BOARD_COVERAGE_READERS);
        return readModel.coverageOf(board);
    }

    private static Role role(String claim) {
        if (claim == null) {
            throw new InvalidInput("role", "is required");
        }
        return Role.fromClaim(claim).orElseThrow(() -> new InvalidInput("role", "unknown role " + claim));
    }

    private void send(Object command, BoardId board, TenantScope scope) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(board, scope.user())));
    }
}

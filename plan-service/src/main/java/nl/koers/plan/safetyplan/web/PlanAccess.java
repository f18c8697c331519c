package nl.koers.plan.safetyplan.web;

import java.util.Set;
import nl.koers.contracts.plan.PlanId;
import nl.koers.plan.safetyplan.PlanCommands.Editor;
import nl.koers.plan.safetyplan.PlanState;
import nl.koers.plan.safetyplan.app.Plans;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.stereotype.Component;

/**
 * The tenant check of every plan call, from the token only. Staff pass the gate for edits, but the plan itself decides
 * whether they are its coordinator or a contributor (tip 2); the school's coordinators always edit.
 */
@Component
public class PlanAccess {
    public static final Set<Role> READERS = Set.of(Role.STAFF, Role.COORDINATOR, Role.BOARD_ADMIN);
    static final Set<Role> EDITORS = Set.of(Role.STAFF, Role.COORDINATOR);
    static final Set<Role> MANAGERS = Set.of(Role.COORDINATOR, Role.BOARD_ADMIN);

    private final SchoolAccess access;
    private final Plans plans;

    PlanAccess(SchoolAccess access, Plans plans) {
        this.access = access;
        this.plans = plans;
    }

    /** A change by a person: checked against the school, then the plan's own editors. */
    public record Change(TenantScope scope, BoardId board, SchoolId school, PlanState plan, Editor editor) {
        public void send(Plans plans, Object command) {
            plans.send(command, board, school, scope.user());
        }
    }

    public Change change(SchoolId school, PlanId planId, Set<Role> roles) {
        TenantScope scope = TenantScopes.current();
        BoardId board = access.require(scope, school, roles);
        PlanState plan = plans.load(school, planId);
        return new Change(scope, board, school, plan,
                new Editor(scope.user(), scope.roles().contains(Role.COORDINATOR)));
    }

    public Change edit(SchoolId school, PlanId planId) {
        return change(school, planId, EDITORS);
    }

    public PlanState read(SchoolId school, PlanId planId) {
        access.require(TenantScopes.current(), school, READERS);
        return plans.load(school, planId);
    }

    public BoardId require(SchoolId school, Set<Role> roles) {
        return access.require(TenantScopes.current(), school, roles);
    }
}

package nl.koers.plan.safetyplan.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.plan.safetyplan.PlanCommands;
import nl.koers.plan.safetyplan.PlanState;
import nl.koers.plan.safetyplan.app.Plans;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan itself: starting it, its topics, goals, action points and who works on it. */
@RestController
@RequestMapping("/api/schools/{schoolId}/plans")
class PlanController {
    private final Plans plans;
    private final PlanAccess access;
    private final PlanViews views;

    PlanController(Plans plans, PlanAccess access, PlanViews views) {
        this.plans = plans;
        this.access = access;
        this.views = views;
    }

    @GetMapping
    List<Plans.Summary> list(@PathVariable SchoolId schoolId) {
        access.require(schoolId, PlanAccess.READERS);
        return plans.list(schoolId);
    }

    /** Starts the plan of a school year, or answers the existing one (200): starting twice is harmless. */
    @PutMapping("/year/{schoolYear}")
    ResponseEntity<Plans.Started> start(@PathVariable SchoolId schoolId, @PathVariable SchoolYear schoolYear,
                                        @RequestBody(required = false) PlanRequests.StartPlan body) {
        BoardId board = access.require(schoolId, PlanAccess.MANAGERS);
        boolean carryOver = body != null && Boolean.TRUE.equals(body.carryOver());
        Plans.Started started = plans.startOrGet(board, schoolId, schoolYear, carryOver,
                TenantScopes.current().user());
        URI location = URI.create("/api/schools/" + schoolId + "/plans/" + started.planId());
        return started.created() ? ResponseEntity.created(location).body(started) : ResponseEntity.ok(started);
    }

    @GetMapping("/year/{schoolYear}")
    PlanView byYear(@PathVariable SchoolId schoolId, @PathVariable SchoolYear schoolYear) {
        access.require(schoolId, PlanAccess.READERS);
        PlanId id = plans.find(schoolId, schoolYear)
                .orElseThrow(() -> new NotFound("schoolYear", "plan of " + schoolYear));
        return views.of(plans.load(schoolId, id));
    }

    @GetMapping("/{planId}")
    PlanView get(@PathVariable SchoolId schoolId, @PathVariable PlanId planId) {
        return views.of(access.read(schoolId, planId));
    }

    /** A partial save of one topic: only the fields sent change. */
    @PatchMapping(path = "/{planId}/blocks/{block}/topics/{topicId}", consumes = "application/json")
    PlanView.TopicView changeTopic(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                   @PathVariable BuildingBlock block, @PathVariable String topicId,
                                   @RequestBody PlanRequests.ChangeTopic body) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.ChangeTopic(planId, change.editor(), block, topicId, body.text(),
                body.status(), body.needsAttention()));
        return topic(schoolId, planId, topicId);
    }

    @PostMapping(path = "/{planId}/blocks/{block}/topics", consumes = "application/json")
    ResponseEntity<PlanView.TopicView> addTopic(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                                @PathVariable BuildingBlock block,
                                                @RequestBody PlanRequests.AddTopic body) {
        var change = access.edit(schoolId, planId);
        String topicId = block.name().toLowerCase() + ".eigen-" + UUID.randomUUID().toString().substring(0, 8);
        change.send(plans, new PlanCommands.AddTopic(planId, change.editor(), block, topicId, body.title()));
        return ResponseEntity.status(201).body(topic(schoolId, planId, topicId));
    }

    private PlanView.TopicView topic(SchoolId schoolId, PlanId planId, String topicId) {
        return views.of(plans.load(schoolId, planId)).blocks().stream().flatMap(b -> b.items().stream())
                .filter(t -> t.topicId().equals(topicId)).findFirst().orElseThrow();
    }

    @PostMapping(path = "/{planId}/goals", consumes = "application/json")
    ResponseEntity<Map<String, UUID>> addGoal(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                              @RequestBody PlanRequests.Goal body) {
        UUID id = UUID.randomUUID();
        setGoal(schoolId, planId, id, body);
        return ResponseEntity.status(201).body(Map.of("goalId", id));
    }

    @PutMapping(path = "/{planId}/goals/{goalId}", consumes = "application/json")
    Map<String, UUID> changeGoal(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                 @PathVariable UUID goalId, @RequestBody PlanRequests.Goal body) {
        var change = access.edit(schoolId, planId);
        if (change.plan().goals().stream().noneMatch(g -> g.goalId().equals(goalId))) {
            throw new NotFound("goalId", "goal " + goalId);
        }
        setGoal(schoolId, planId, goalId, body);
        return Map.of("goalId", goalId);
    }

    private void setGoal(SchoolId schoolId, PlanId planId, UUID goalId, PlanRequests.Goal body) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.SetGoal(planId, change.editor(), goalId, body.block(), body.title(),
                Boolean.TRUE.equals(body.achieved())));
    }

    @PostMapping(path = "/{planId}/action-points", consumes = "application/json")
    ResponseEntity<PlanView.ActionPointView> addActionPoint(@PathVariable SchoolId schoolId,
                                                            @PathVariable PlanId planId,
                                                            @RequestBody PlanRequests.ActionPoint body) {
        var change = access.edit(schoolId, planId);
        UUID id = UUID.randomUUID();
        change.send(plans, new PlanCommands.SetActionPoint(planId, change.editor(), id, body.title(), body.block(),
                body.owner(), body.dueDate(), or(body.status(), ActionPointStatus.OPEN),
                or(body.priority(), Priority.NORMAL)));
        return ResponseEntity.status(201).body(actionPoint(schoolId, planId, id));
    }

    /** Partial: fields not sent keep their value. */
    @PatchMapping(path = "/{planId}/action-points/{actionPointId}", consumes = "application/json")
    PlanView.ActionPointView changeActionPoint(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                               @PathVariable UUID actionPointId,
                                               @RequestBody PlanRequests.ActionPoint body) {
        var change = access.edit(schoolId, planId);
        PlanState.ActionPoint a = change.plan().actionPoint(actionPointId)
                .orElseThrow(() -> new NotFound("actionPointId", "action point " + actionPointId));
        change.send(plans, new PlanCommands.SetActionPoint(planId, change.editor(), actionPointId,
                or(body.title(), a.title()), or(body.block(), a.block()), or(body.owner(), a.owner()),
                or(body.dueDate(), a.dueDate()), or(body.status(), a.status()), or(body.priority(), a.priority())));
        return actionPoint(schoolId, planId, actionPointId);
    }

    private PlanView.ActionPointView actionPoint(SchoolId schoolId, PlanId planId, UUID id) {
        return views.of(plans.load(schoolId, planId)).actionPoints().stream()
                .filter(a -> a.actionPointId().equals(id)).findFirst().orElseThrow();
    }

    @PutMapping(path = "/{planId}/coordinator", consumes = "application/json")
    PlanView.TeamView assignCoordinator(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                        @RequestBody PlanRequests.Coordinator body) {
        var change = access.change(schoolId, planId, PlanAccess.MANAGERS);
        change.send(plans, new PlanCommands.AssignCoordinator(planId, user("userId", body.userId())));
        return team(schoolId, planId);
    }

    @PutMapping(path = "/{planId}/contributors", consumes = "application/json")
    PlanView.TeamView assignContributors(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                         @RequestBody PlanRequests.Contributors body) {
        var change = access.change(schoolId, planId, PlanAccess.MANAGERS);
        List<String> ids = body.userIds() == null ? List.of() : body.userIds();
        if (ids.size() > 100) {
            throw new InvalidInput("userIds", "at most 100 contributors");
        }
        change.send(plans, new PlanCommands.AssignContributors(planId,
                ids.stream().map(id -> user("userIds", id)).toList()));
        return team(schoolId, planId);
    }

    private PlanView.TeamView team(SchoolId schoolId, PlanId planId) {
        PlanView view = views.of(plans.load(schoolId, planId));
        return new PlanView.TeamView(view.coordinator(), view.contributors());
    }

    private static UserId user(String field, String id) {
        if (id == null || id.isBlank() || id.length() > 255) {
            throw new InvalidInput(field, "must be a user id");
        }
        return new UserId(id);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}

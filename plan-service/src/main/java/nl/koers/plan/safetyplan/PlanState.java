package nl.koers.plan.safetyplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.plan.ActionPointAdded;
import nl.koers.contracts.plan.ActionPointChanged;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.ContributorsAssigned;
import nl.koers.contracts.plan.DocumentArchived;
import nl.koers.contracts.plan.DocumentRemoved;
import nl.koers.contracts.plan.DutiesEvaluated;
import nl.koers.contracts.plan.DutyDetails;
import nl.koers.contracts.plan.DutyDetailsRecorded;
import nl.koers.contracts.plan.EndOfYearReviewRecorded;
import nl.koers.contracts.plan.GoalSet;
import nl.koers.contracts.plan.LearningNeedsPublished;
import nl.koers.contracts.plan.PartnerRecorded;
import nl.koers.contracts.plan.PartnerRemoved;
import nl.koers.contracts.plan.PlanCoordinatorAssigned;
import nl.koers.contracts.plan.PlanEvaluated;
import nl.koers.contracts.plan.PlanEvent;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PlanStarted;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetApplied;
import nl.koers.contracts.plan.PresetPublished;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.contracts.plan.StartOfYearAgreementRecorded;
import nl.koers.contracts.plan.TopicAdded;
import nl.koers.contracts.plan.TopicPriorityChanged;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.contracts.plan.TopicStatusChanged;
import nl.koers.contracts.plan.TopicTextChanged;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/**
 * A plan as its events left it: one fold used by the aggregate (to decide) and by the queries (to show, to evaluate
 * duties, to print), so that what is decided and what is shown can never drift apart.
 */
public final class PlanState {
    private PlanId planId;
    private BoardId boardId;
    private SchoolId schoolId;
    private SchoolYear schoolYear;
    private String topicSetVersion;
    private PlanId carriedOverFrom;
    private final Map<String, PlanTopic> topics = new LinkedHashMap<>();
    private final Map<UUID, GoalSet> goals = new LinkedHashMap<>();
    private final Map<UUID, ActionPoint> actionPoints = new LinkedHashMap<>();
    private UserId coordinator;
    private final Set<UserId> contributors = new LinkedHashSet<>();
    private DutyDetails dutyDetails = new DutyDetails(null, null, null, null, null, null);
    private final List<PresetApplied> presets = new ArrayList<>();
    private final Map<UUID, PartnerRecorded> partners = new LinkedHashMap<>();
    private StartOfYearAgreementRecorded startOfYear;
    private EndOfYearReviewRecorded endOfYear;
    private List<String> learningNeeds = List.of();
    private final Map<UUID, DocumentArchived> documents = new LinkedHashMap<>();
    private PlanEvaluated evaluation;
    private DutiesEvaluated duties;

    /** An action point as it is now. */
    public record ActionPoint(UUID actionPointId, String title, BuildingBlock block, String owner, LocalDate dueDate,
                              ActionPointStatus status, Priority priority) {
        /** Overdue is derived, never stored: unfinished and past its due date. */
        public boolean overdueOn(LocalDate today) {
            return !status.isFinished() && dueDate != null && dueDate.isBefore(today);
        }
    }

    public static PlanState of(Iterable<?> events) {
        PlanState state = new PlanState();
        events.forEach(state::apply);
        return state;
    }

    public void apply(Object event) {
        if (event instanceof PlanEvent planEvent) {
            apply(planEvent);
        }
    }

    private void apply(PlanEvent event) {
        switch (event) {
            case PlanStarted e -> started(e);
            case TopicAdded e -> topics.put(e.topicId(),
                    new PlanTopic(e.block(), e.topicId(), e.title(), "", e.status(), false, false));
            case TopicTextChanged e -> topics.computeIfPresent(e.topicId(), (id, t) ->
                    new PlanTopic(t.block(), id, t.title(), e.text(), e.status(), t.needsAttention(), false));
            case TopicStatusChanged e -> topics.computeIfPresent(e.topicId(), (id, t) ->
                    new PlanTopic(t.block(), id, t.title(), t.text(), e.status(), t.needsAttention(), t.byBoard()));
            case TopicPriorityChanged e -> topics.computeIfPresent(e.topicId(), (id, t) ->
                    new PlanTopic(t.block(), id, t.title(), t.text(), t.status(), e.needsAttention(), t.byBoard()));
            case GoalSet e -> goals.put(e.goalId(), e);
            case ActionPointAdded e -> actionPoints.put(e.actionPointId(), new ActionPoint(e.actionPointId(),
                    e.title(), e.block(), e.owner(), e.dueDate(), e.status(), e.priority()));
            case ActionPointChanged e -> actionPoints.put(e.actionPointId(), new ActionPoint(e.actionPointId(),
                    e.title(), e.block(), e.owner(), e.dueDate(), e.status(), e.priority()));
            case PlanCoordinatorAssigned e -> coordinator = e.coordinator();
            case ContributorsAssigned e -> {
                contributors.clear();
                contributors.addAll(e.contributors());
            }
            case DutyDetailsRecorded e -> dutyDetails = e.details();
            case PresetApplied e -> presetApplied(e);
            case PartnerRecorded e -> partners.put(e.partnerId(), e);
            case PartnerRemoved e -> partners.remove(e.partnerId());
            case StartOfYearAgreementRecorded e -> startOfYear = e;
            case EndOfYearReviewRecorded e -> endOfYear = e;
            case LearningNeedsPublished e -> learningNeeds = List.copyOf(e.needs());
            case DocumentArchived e -> documents.put(e.documentId(), e);
            case DocumentRemoved e -> documents.remove(e.documentId());
            case PlanEvaluated e -> evaluation = e;
            case DutiesEvaluated e -> duties = e;
            case PresetPublished e -> {
                // board-wide: not part of any plan's stream
            }
        }
    }

    private void started(PlanStarted e) {
        planId = e.planId();
        boardId = e.boardId();
        schoolId = e.schoolId();
        schoolYear = e.schoolYear();
        topicSetVersion = e.topicSetVersion();
        carriedOverFrom = e.carriedOverFrom();
        e.topics().forEach(t -> topics.put(t.topicId(), t));
    }

    private void presetApplied(PresetApplied e) {
        presets.add(e);
        for (PresetTopic p : e.filled()) {
            PlanTopic t = topics.get(p.topicId());
            TopicStatus status = t == null ? TopicStatus.NOT_STARTED : t.status();
            boolean attention = t != null && t.needsAttention();
            String title = t == null ? p.title() : t.title();
            topics.put(p.topicId(), new PlanTopic(p.block(), p.topicId(), title, p.text(), status, attention, true));
        }
    }

    public PlanId planId() {
        return planId;
    }

    public BoardId boardId() {
        return boardId;
    }

    public SchoolId schoolId() {
        return schoolId;
    }

    public SchoolYear schoolYear() {
        return schoolYear;
    }

    public String topicSetVersion() {
        return topicSetVersion;
    }

    public Optional<PlanId> carriedOverFrom() {
        return Optional.ofNullable(carriedOverFrom);
    }

    public List<PlanTopic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<PlanTopic> topic(String topicId) {
        return Optional.ofNullable(topics.get(topicId));
    }

    public List<GoalSet> goals() {
        return List.copyOf(goals.values());
    }

    public List<ActionPoint> actionPoints() {
        return List.copyOf(actionPoints.values());
    }

    public Optional<ActionPoint> actionPoint(UUID id) {
        return Optional.ofNullable(actionPoints.get(id));
    }

    public Optional<UserId> coordinator() {
        return Optional.ofNullable(coordinator);
    }

    public Set<UserId> contributors() {
        return Set.copyOf(contributors);
    }

    public DutyDetails dutyDetails() {
        return dutyDetails;
    }

    public List<PresetApplied> presets() {
        return List.copyOf(presets);
    }

    public List<PartnerRecorded> partners() {
        return List.copyOf(partners.values());
    }

    public boolean hasPartner(UUID id) {
        return partners.containsKey(id);
    }

    public Optional<StartOfYearAgreementRecorded> startOfYear() {
        return Optional.ofNullable(startOfYear);
    }

    public Optional<EndOfYearReviewRecorded> endOfYear() {
        return Optional.ofNullable(endOfYear);
    }

    public List<String> learningNeeds() {
        return learningNeeds;
    }

    public List<DocumentArchived> documents() {
        return List.copyOf(documents.values());
    }

    public boolean hasDocument(UUID id) {
        return documents.containsKey(id);
    }

    public Optional<PlanEvaluated> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    public Optional<DutiesEvaluated> duties() {
        return Optional.ofNullable(duties);
    }

    public boolean mayEdit(PlanCommands.Editor editor) {
        return editor.schoolCoordinator() || editor.user().equals(coordinator) || contributors.contains(editor.user());
    }
}

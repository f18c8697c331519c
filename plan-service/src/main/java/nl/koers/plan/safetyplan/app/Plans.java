package nl.koers.plan.safetyplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.plan.safetyplan.PlanCalendar;
import nl.koers.plan.safetyplan.PlanCommands.Editor;
import nl.koers.plan.safetyplan.PlanCommands.SetActionPoint;
import nl.koers.plan.safetyplan.PlanCommands.SetGoal;
import nl.koers.plan.safetyplan.PlanCommands.StartPlan;
import nl.koers.plan.safetyplan.PlanState;
import nl.koers.plan.topics.TopicCatalogue;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding, starting, loading and changing plans. Callers have checked the tenant scope; this class makes sure a plan
 * is only ever found under its own school.
 */
@Service
public class Plans {
    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final CommandGateway commands;
    private final TopicCatalogue catalogue;
    private final PlanCalendar calendar;

    Plans(JdbcTemplate jdbc, EventStore events, CommandGateway commands, TopicCatalogue catalogue,
          PlanCalendar calendar) {
        this.jdbc = jdbc;
        this.events = events;
        this.commands = commands;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    /** A plan of a school as listed: id and year. */
    public record Summary(PlanId planId, SchoolId schoolId, SchoolYear schoolYear, boolean closed) {
    }

    /** The outcome of a start: the plan of that year, and whether this call created it. */
    public record Started(PlanId planId, SchoolYear schoolYear, boolean created) {
    }

    public Optional<PlanId> find(SchoolId school, SchoolYear year) {
        return jdbc.queryForList("select plan_id from plan_index where school_id = ? and school_year = ?",
                UUID.class, school.value(), year.value()).stream().findFirst().map(PlanId::new);
    }

    public List<Summary> list(SchoolId school) {
        return jdbc.query("select plan_id, school_year from plan_index where school_id = ? order by school_year desc",
                (rs, i) -> {
                    SchoolYear year = new SchoolYear(rs.getString("school_year"));
                    return new Summary(new PlanId(rs.getObject("plan_id", UUID.class)), school, year,
                            calendar.isClosed(year));
                }, school.value());
    }

    /** Plans whose school year has not ended, with their board and school (for re-evaluating duties). */
    public List<Summary> open() {
        return jdbc.query("select plan_id, school_id, school_year from plan_index where school_year >= ?",
                (rs, i) -> new Summary(new PlanId(rs.getObject("plan_id", UUID.class)),
                        new SchoolId(rs.getString("school_id")), new SchoolYear(rs.getString("school_year")), false),
                calendar.currentYear().value());
    }

    /**
     * Starts the plan of a school year, or returns the one that exists (a start is idempotent: two coordinators
     * starting at once get the same plan). The index row and the first event commit together.
     */
    @Transactional
    public Started startOrGet(BoardId board, SchoolId school, SchoolYear year, boolean carryOver, UserId actor) {
        PlanId id = PlanId.generate();
        int inserted = jdbc.update("""
                insert into plan_index (plan_id, board_id, school_id, school_year) values (?, ?, ?, ?)
                on conflict (school_id, school_year) do nothing""", id.value(), board.value(), school.value(),
                year.value());
        if (inserted == 0) {
            return new Started(find(school, year).orElseThrow(), year, false);
        }
        if (!carryOver) {
            send(new StartPlan(id, board, school, year, catalogue.version(), null, catalogue.startingTopics()),
                    board, school, actor);
            return new Started(id, year, true);
        }
        PlanId from = find(school, year.previous()).orElseThrow(() -> new RuleViolation("carryOver",
                "there is no plan of " + year.previous() + " to carry over"));
        PlanState previous = load(from);
        send(new StartPlan(id, board, school, year, catalogue.version(), from, carriedOver(previous.topics())),
                board, school, actor);
        carryOverWork(previous, id, year, board, school, actor);
        return new Started(id, year, true);
    }

    /**
     * Goals not achieved and action points not finished move on to the new plan, in the same transaction. An action
     * point due last year keeps its place but becomes due on the new year's first day: it is late, and shows so.
     */
    private void carryOverWork(PlanState previous, PlanId id, SchoolYear year, BoardId board, SchoolId school,
                               UserId actor) {
        // Part of a start the caller was allowed to make (coordinator or board admin), not an edit of its own.
        Editor carrying = new Editor(actor, true);
        previous.goals().stream().filter(g -> !g.achieved()).forEach(g -> send(new SetGoal(id, carrying,
                UUID.randomUUID(), g.block(), g.title(), false), board, school, actor));
        previous.actionPoints().stream().filter(a -> !a.status().isFinished()).forEach(a -> send(
                new SetActionPoint(id, carrying, UUID.randomUUID(), a.title(), a.block(), a.owner(),
                        a.dueDate().isBefore(year.start()) ? year.start() : a.dueDate(), a.status(), a.priority()),
                board, school, actor));
    }

    /** Last year's topics with their text and status, plus default topics that were added to the set since. */
    private List<PlanTopic> carriedOver(List<PlanTopic> previous) {
        List<PlanTopic> topics = new ArrayList<>(previous);
        catalogue.startingTopics().stream()
                .filter(t -> previous.stream().noneMatch(p -> p.topicId().equals(t.topicId())))
                .forEach(topics::add);
        return topics;
    }

    /** The plan as its events left it; a plan of another school answers like one that does not exist. */
    public PlanState load(SchoolId school, PlanId id) {
        PlanState state = load(id);
        if (state.planId() == null || !state.schoolId().equals(school)) {
            throw new NotFound("planId", "plan " + id);
        }
        return state;
    }

    public PlanState load(PlanId id) {
        PlanState state = new PlanState();
        events.readEvents(id.toString()).asStream().forEach(m -> state.apply(m.getPayload()));
        return state;
    }

    /** Every stored event of a plan, oldest first, with its actor and time. */
    public List<DomainEventMessage<?>> history(SchoolId school, PlanId id) {
        load(school, id);
        return events.readEvents(id.toString()).asStream().<DomainEventMessage<?>>map(m -> m).toList();
    }

    /** @return what the command handler answered (most answer nothing) */
    public <R> R send(Object command, BoardId board, SchoolId school, UserId actor) {
        Map<String, String> meta = EventMetaData.of(board, school, actor);
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
    }
}

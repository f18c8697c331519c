package nl.koers.plan.preset.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PresetApplied;
import nl.koers.contracts.plan.PresetConflict;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetPublished;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.plan.preset.PresetCommands.PublishPreset;
import nl.koers.plan.preset.PresetCommands.RevisePreset;
import nl.koers.plan.safetyplan.PlanCalendar;
import nl.koers.plan.safetyplan.PlanCommands.ApplyPreset;
import nl.koers.plan.safetyplan.app.Plans;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.Violations;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.SchoolDirectory;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishing board presets and applying them to the current plans of all or selected schools of the board. */
@Service
public class Presets {
    static final int MAX_SCHOOLS = 1_000;

    private final CommandGateway commands;
    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final SchoolDirectory directory;
    private final Plans plans;
    private final PlanCalendar calendar;
    private final TransactionTemplate perSchool;

    Presets(CommandGateway commands, EventStore events, JdbcTemplate jdbc, SchoolDirectory directory, Plans plans,
            PlanCalendar calendar, PlatformTransactionManager transactions) {
        this.perSchool = new TransactionTemplate(transactions);
        this.commands = commands;
        this.events = events;
        this.jdbc = jdbc;
        this.directory = directory;
        this.plans = plans;
        this.calendar = calendar;
    }

    /** A preset as listed. */
    public record Summary(PresetId presetId, String title, int version) {
    }

    /** What applying did to one school's plan: started it if needed, filled topics, kept school text as conflicts. */
    public record SchoolResult(SchoolId schoolId, PlanId planId, boolean planStarted, int filled,
                               List<PresetConflict> conflicts) {
    }

    public record Applied(PresetId presetId, int version, SchoolYear schoolYear, List<SchoolResult> schools) {
    }

    @Transactional
    public PresetPublished publish(PublishPreset command, UserId actor) {
        send(command, command.boardId(), actor);
        PresetPublished published = latest(command.boardId(), command.presetId());
        jdbc.update("insert into plan_preset (preset_id, board_id, title, version) values (?, ?, ?, ?)",
                command.presetId().value(), command.boardId().value(), published.title(), published.version());
        return published;
    }

    @Transactional
    public PresetPublished revise(RevisePreset command, UserId actor) {
        latest(command.boardId(), command.presetId());
        send(command, command.boardId(), actor);
        PresetPublished published = latest(command.boardId(), command.presetId());
        jdbc.update("update plan_preset set title = ?, version = ? where preset_id = ?", published.title(),
                published.version(), command.presetId().value());
        return published;
    }

    public List<Summary> list(BoardId board) {
        return jdbc.query("select preset_id, title, version from plan_preset where board_id = ? order by title",
                (rs, i) -> new Summary(new PresetId(rs.getObject("preset_id", UUID.class)), rs.getString("title"),
                        rs.getInt("version")), board.value());
    }

    /** The version in force; a preset of another board answers like one that does not exist. */
    public PresetPublished latest(BoardId board, PresetId id) {
        return events.readEvents(id.toString()).asStream().map(m -> m.getPayload())
                .filter(PresetPublished.class::isInstance).map(PresetPublished.class::cast)
                .filter(p -> p.boardId().equals(board)).reduce((a, b) -> b)
                .orElseThrow(() -> new NotFound("presetId", "preset " + id));
    }

    /**
     * Applies the preset to the plans of the current school year of the given schools (all of the board when
     * {@code schools} is null), starting a plan where a school has none yet. Every school is checked before anything
     * is applied: one unknown school refuses the whole call.
     */
    public Applied apply(BoardId board, PresetId id, List<String> schools, UserId actor) {
        PresetPublished preset = latest(board, id);
        List<SchoolId> targets = schools == null ? boardSchools(board) : checked(board, schools);
        SchoolYear year = calendar.currentYear();
        List<SchoolResult> results = new ArrayList<>();
        for (SchoolId school : targets) {
            // One transaction per school: its plan is started and pre-filled together, or not at all.
            results.add(perSchool.execute(tx -> {
                Plans.Started plan = plans.startOrGet(board, school, year, false, actor);
                PresetApplied applied = plans.send(new ApplyPreset(plan.planId(), id, preset.version(),
                        preset.topics(), preset.agreements(), preset.focusPoints()), board, school, actor);
                return new SchoolResult(school, plan.planId(), plan.created(), applied.filled().size(),
                        applied.conflicts());
            }));
        }
        return new Applied(id, preset.version(), year, List.copyOf(results));
    }

    private List<SchoolId> checked(BoardId board, List<String> schools) {
        if (schools.isEmpty() || schools.size() > MAX_SCHOOLS) {
            throw new InvalidInput("schools", "name 1 to " + MAX_SCHOOLS + " schools, or apply to all");
        }
        Set<SchoolId> targets = new LinkedHashSet<>();
        List<Violations.Violation> errors = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            String field = "schools[" + i + "]";
            try {
                SchoolId school = new SchoolId(schools.get(i));
                if (directory.boardOf(school).filter(board::equals).isEmpty()) {
                    errors.add(new Violations.Violation(null, field, "no school " + school + " in this board"));
                }
                targets.add(school);
            } catch (InvalidInput e) {
                errors.add(new Violations.Violation(null, field, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Violations("some schools cannot take this preset; nothing was applied", errors);
        }
        return List.copyOf(targets);
    }

    // The platform's school directory table (fed from koers.tenant.events) is the list of the board's schools.
    private List<SchoolId> boardSchools(BoardId board) {
        return jdbc.queryForList("select school_id from platform_school where board_id = ? order by school_id",
                String.class, board.value()).stream().map(SchoolId::new).toList();
    }

    private void send(Object command, BoardId board, UserId actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(board, actor)));
    }
}

package nl.koers.training.coverage.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.koers.contracts.training.AttendanceRecorded;
import nl.koers.contracts.training.TrainingRequirementRemoved;
import nl.koers.contracts.training.TrainingRequirementSet;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.training.coverage.CoverageCalculator;
import nl.koers.training.coverage.SchoolCoverage.PublishCoverage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes a school's coverage after the facts change (attendance, a board's requirements), in its own streaming
 * processor so it reads the committed read model; and once a day for every school, because "within the last N
 * years" moves with the calendar even when nothing happens. {@code SchoolCoverage} publishes only real changes.
 */
@Component
@ProcessingGroup(CoverageUpdater.GROUP)
public class CoverageUpdater {
    public static final String GROUP = "training-coverage";
    static final UserId SYSTEM = new UserId("training-service");

    private final CoverageReadModel facts;
    private final CommandGateway commands;
    private final Clock clock;
    private final int windowYears;

    CoverageUpdater(CoverageReadModel facts, CommandGateway commands, Clock clock,
                    @Value("${koers.training.coverage-window-years:3}") int windowYears) {
        this.facts = facts;
        this.commands = commands;
        this.clock = clock;
        this.windowYears = windowYears;
    }

    @EventHandler
    void on(AttendanceRecorded e) {
        recompute(e.board(), e.school());
    }

    @EventHandler
    void on(TrainingRequirementSet e) {
        recomputeBoard(e.board());
    }

    @EventHandler
    void on(TrainingRequirementRemoved e) {
        recomputeBoard(e.board());
    }

    @Scheduled(cron = "${koers.training.coverage-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    public void daily() {
        facts.boards().forEach(this::recomputeBoard);
    }

    void recomputeBoard(BoardId board) {
        facts.schoolsOf(board).forEach(school -> recompute(board, school));
    }

    public void recompute(BoardId board, SchoolId school) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
        var roles = CoverageCalculator.coverage(facts.attended(school), facts.requirements(board), today, windowYears);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new PublishCoverage(school, board, windowYears,
                roles)).andMetaData(EventMetaData.of(board, school, SYSTEM)));
    }
}

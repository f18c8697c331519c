package nl.koers.projection.training;

import java.util.List;
import java.util.stream.Collectors;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.contracts.training.TrainingCoverageChanged.Gap;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.LatestPerKey;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Replay;
import org.springframework.stereotype.Component;

/** The latest training coverage per school and role, as training-service computed it (whole, not a delta). */
@Component
class TrainingFacts implements ReadModel {
    private static final String TABLE = "training_coverage";
    private final ReadModelWrites writes;

    TrainingFacts(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    /** A rebuild applies only a chunk's last coverage of a school: it replaces the school's rows (ADR 0054). */
    @Override
    public Replay replay() {
        return new LatestPerKey(writes, this::apply,
                data -> data instanceof TrainingCoverageChanged e ? List.of(e.school().value()) : null, data -> null);
    }

    @Override
    public void apply(CloudEvent event) {
        if (event.data() instanceof TrainingCoverageChanged e) {
            // Keyed by school: the delete and the inserts that follow it stay in order.
            writes.write(TABLE, e.school().value(), "delete from training_coverage where school_id = ?",
                    e.school().value());
            for (RoleCoverage role : e.roles()) {
                writes.write(TABLE, e.school().value(), """
                        insert into training_coverage (board_id, school_id, role, trained_people, kinds, hours, gaps,
                          window_years) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                        e.board().value(), e.school().value(), role.role().claim(), role.trainedPeople(),
                        role.kindsFollowed().stream().map(Enum::name).collect(Collectors.joining(",")), role.hours(),
                        role.gaps().stream().map(TrainingFacts::gap).collect(Collectors.joining(",")), e.windowYears());
            }
        }
    }

    /** {@code COURSE/3y} or {@code COURSE/3y/accredited}: compact, readable, and comparable row for row. */
    private static String gap(Gap gap) {
        return gap.kind().name() + "/" + gap.withinYears() + "y" + (gap.accreditedOnly() ? "/accredited" : "");
    }
}

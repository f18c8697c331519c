package nl.koers.projection.training;

import java.util.List;
import java.util.stream.Collectors;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.contracts.training.TrainingCoverageChanged.Gap;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Table;
import nl.koers.projection.intake.Write;
import org.springframework.stereotype.Component;

/** The latest training coverage per school and role, as training-service computed it (whole, not a delta). */
@Component
class TrainingFacts implements ReadModel {
    /** Grouped by school: a coverage replaces the school's rows. */
    static final Table TABLE = Table.of("training_coverage", """
            board_id varchar, school_id varchar, role varchar, trained_people integer, kinds text, hours numeric,
            gaps text, window_years integer""").key(List.of("school_id", "role"), List.of("school_id"));
    private static final Write.Delete REPLACED = Write.delete(TABLE);
    private static final Write.Insert ROLE = Write.insert(TABLE,
            "board_id, school_id, role, trained_people, kinds, hours, gaps, window_years");
    private final ReadModelWrites writes;

    TrainingFacts(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE.name());
    }

    @Override
    public void apply(CloudEvent event) {
        if (event.data() instanceof TrainingCoverageChanged e) {
            writes.delete(REPLACED, e.school().value());
            for (RoleCoverage role : e.roles()) {
                writes.insert(ROLE, e.board().value(), e.school().value(), role.role().claim(), role.trainedPeople(),
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

package nl.koers.tenant.school;

import java.util.List;
import nl.koers.platform.id.BoardId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A validated file: the schools to onboard or update ({@code skipped} lines were already up to date). */
public record StartSchoolImport(@TargetAggregateIdentifier ImportId importId, BoardId boardId, List<SchoolRow> rows,
                                int skipped) {
}

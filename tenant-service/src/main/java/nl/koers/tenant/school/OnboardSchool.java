package nl.koers.tenant.school;

import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One school of an import: onboard it, or bring its details up to date; the same data twice changes nothing. */
public record OnboardSchool(@TargetAggregateIdentifier SchoolId schoolId, BoardId boardId, String name, Sector sector,
                            String municipality, int pupilCount) {
}

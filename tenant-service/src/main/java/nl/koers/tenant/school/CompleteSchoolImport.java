package nl.koers.tenant.school;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteSchoolImport(@TargetAggregateIdentifier ImportId importId, List<ImportError> errors) {
}

package nl.koers.incident.transfer;

import java.util.UUID;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving school confirms it received the chronology. */
public record AcknowledgeTransfer(@TargetAggregateIdentifier UUID transferId, SchoolId receivingSchool, UserId by) {
}

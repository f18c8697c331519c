package nl.koers.contracts.survey;

import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * A batch of single-use access codes was issued for one class. Only the count travels: neither the codes nor their
 * hashes leave the service, so nothing on Kafka can be matched against a printed list. {@code yearGroup} (groep or
 * leerjaar) feeds the response rate per year group.
 */
@KoersEvent(context = "survey", name = "CodesIssued")
public record CodesIssued(RoundId roundId, BoardId board, SchoolId school, UUID batchId, String classLabel,
                          int yearGroup, int count) implements SurveyEvent {
}

package nl.koers.incident.privacy;

import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A board sets how many months after closure incident personal data is kept. */
public record SetRetentionPolicy(@TargetAggregateIdentifier String policyId, BoardId boardId, int monthsAfterClosure,
                                 UserId by) {
    public static SetRetentionPolicy of(BoardId board, int months, UserId by) {
        return new SetRetentionPolicy(RetentionPolicy.idOf(board), board, months, by);
    }
}

package nl.koers.tenant.board;

import nl.koers.platform.id.BoardId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The platform administrator brings a board (bevoegd gezag) onto Koers, by its DUO bestuursnummer. */
public record OnboardBoard(@TargetAggregateIdentifier BoardId boardId, String name) {
}

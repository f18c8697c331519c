package nl.koers.incident.transfer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.ChronologyTransferAcknowledged;
import nl.koers.contracts.incident.ChronologyTransferred;
import nl.koers.contracts.incident.TransferredIncident;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A pupil's chronology on its way to another school of the same board: sent, then acknowledged by the receiver. The
 * copy is sealed under the transfer's own key, so the receiving school can erase it without touching the sender's.
 */
@Aggregate
public class ChronologyTransfer {
    @AggregateIdentifier
    private UUID id;
    private BoardId board;
    private SchoolId from;
    private SchoolId to;
    private boolean acknowledged;

    protected ChronologyTransfer() {
        // for Axon
    }

    public static String subject(UUID transferId) {
        return "transfer/" + transferId;
    }

    @CommandHandler
    public ChronologyTransfer(TransferChronology command, Clock clock, PersonalDataVault vault) {
        if (command.toSchool() == null) {
            throw new RuleViolation("toSchool", "is required");
        }
        if (command.toSchool().equals(command.fromSchool())) {
            throw new RuleViolation("toSchool", "the pupil moves to another school");
        }
        String subject = subject(command.transferId());
        List<TransferredIncident> entries = command.entries().stream()
                .map(e -> new TransferredIncident(e.incidentId(), e.occurredAt(), e.category(), e.severity(), e.role(),
                        seal(vault, subject, e.note())))
                .toList();
        apply(new ChronologyTransferred(command.transferId(), command.boardId(), command.fromSchool(),
                command.toSchool(), command.personId(), subject, seal(vault, subject, command.reference()), entries,
                command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(AcknowledgeTransfer command, Clock clock) {
        if (!to.equals(command.receivingSchool())) {
            throw new NotFound("transferId", "transfer " + id);
        }
        if (acknowledged) {
            throw new Conflict("transferId", "this transfer was already acknowledged");
        }
        apply(new ChronologyTransferAcknowledged(id, board, from, to, command.by(), clock.instant()));
    }

    private static SealedText seal(PersonalDataVault vault, String subject, String text) {
        return text == null || text.isBlank() ? null : vault.seal(subject, text);
    }

    @EventSourcingHandler
    void on(ChronologyTransferred event) {
        this.id = event.transferId();
        this.board = event.boardId();
        this.from = event.fromSchool();
        this.to = event.toSchool();
    }

    @EventSourcingHandler
    void on(ChronologyTransferAcknowledged event) {
        this.acknowledged = true;
    }
}

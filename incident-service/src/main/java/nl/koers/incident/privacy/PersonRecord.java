package nl.koers.incident.privacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.koers.contracts.incident.ErasureReceiptIssued;
import nl.koers.contracts.incident.LegalHoldLifted;
import nl.koers.contracts.incident.LegalHoldPlaced;
import nl.koers.contracts.incident.PersonId;
import nl.koers.incident.report.FreeText;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.privacy.PersonalDataVault;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person involved in incidents at one school, as far as privacy goes: legal holds on the person, and the erasure
 * receipts. Exists from the first hold or erasure request; the person's data itself lives in the incidents.
 */
@Aggregate
public class PersonRecord {
    @AggregateIdentifier
    private PersonId id;
    private final Map<java.util.UUID, Boolean> holds = new HashMap<>();

    protected PersonRecord() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlacePersonHold command, Clock clock, PersonalDataVault vault) {
        String reason = FreeText.required(command.reason(), "reason", "why is the data kept: the legal ground");
        apply(new LegalHoldPlaced(command.holdId(), command.boardId(), command.schoolId(), null, command.personId(),
                vault.seal("legal-hold/" + command.holdId(), reason), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(LiftPersonHold command, Clock clock) {
        if (!Boolean.TRUE.equals(holds.get(command.holdId()))) {
            throw new NotFound("holdId", "no active legal hold " + command.holdId() + " on this person");
        }
        apply(new LegalHoldLifted(command.holdId(), command.boardId(), command.schoolId(), null, command.personId(),
                command.by(), clock.instant()));
    }

    /** Issued in the same transaction as the erasure of every part, so a refused part refuses the whole request. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueErasureReceipt command, Clock clock) {
        if (holds.containsValue(true)) {
            throw new Conflict("legalHold", "this person is under a legal hold: erasure is suspended until it is lifted");
        }
        apply(new ErasureReceiptIssued(command.receiptId(), command.boardId(), command.schoolId(), command.personId(),
                command.subjects(), command.incidents(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        this.id = event.personId();
        holds.put(event.holdId(), true);
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        holds.put(event.holdId(), false);
    }

    @EventSourcingHandler
    void on(ErasureReceiptIssued event) {
        this.id = event.personId();
    }
}

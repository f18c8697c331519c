package nl.koers.incident.transfer;

import static nl.koers.incident.report.Given.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.ChronologyTransferAcknowledged;
import nl.koers.contracts.incident.ChronologyTransferred;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.report.Given;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChronologyTransferTest {
    private static final SchoolId TO = new SchoolId("12AC00");
    private final UUID transfer = UUID.randomUUID();
    private final PersonId pupil = PersonId.generate();
    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    private AggregateTestFixture<ChronologyTransfer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChronologyTransfer.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(vault);
    }

    @Test
    void a_transferred_chronology_carries_the_pupils_own_roles_sealed_for_the_receiving_school() {
        fixture.givenNoPriorActivity()
                .when(new TransferChronology(transfer, Given.BOARD, Given.SCHOOL, TO, pupil, "LL-1", List.of(
                        new TransferChronology.Entry(IncidentId.generate(), NOW, Category.BULLYING, Severity.LOW,
                                InvolvedRole.VICTIM, "Werd uitgescholden.")), Given.COORDINATOR))
                .expectSuccessfulHandlerExecution();
        ChronologyTransferred sent = (ChronologyTransferred) fixture.getEventStore().readEvents(transfer.toString())
                .asStream().findFirst().orElseThrow().getPayload();
        assertThat(sent.subject()).isEqualTo(ChronologyTransfer.subject(transfer));
        assertThat(sent.incidents()).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo(InvolvedRole.VICTIM);
            assertThat(vault.open(e.note())).contains("Werd uitgescholden.");
        });
    }

    @Test
    void a_chronology_is_transferred_to_another_school() {
        fixture.givenNoPriorActivity()
                .when(new TransferChronology(transfer, Given.BOARD, Given.SCHOOL, Given.SCHOOL, pupil, "LL-1", List.of(),
                        Given.COORDINATOR))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_receiving_school_acknowledges_once() {
        fixture.given(sent())
                .when(new AcknowledgeTransfer(transfer, TO, Given.COORDINATOR))
                .expectEvents(new ChronologyTransferAcknowledged(transfer, Given.BOARD, Given.SCHOOL, TO,
                        Given.COORDINATOR, NOW));
        fixture.given(sent(), new ChronologyTransferAcknowledged(transfer, Given.BOARD, Given.SCHOOL, TO,
                        Given.COORDINATOR, NOW))
                .when(new AcknowledgeTransfer(transfer, TO, Given.COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void only_the_receiving_school_acknowledges() {
        fixture.given(sent())
                .when(new AcknowledgeTransfer(transfer, Given.SCHOOL, Given.COORDINATOR))
                .expectException(NotFound.class).expectNoEvents();
    }

    private ChronologyTransferred sent() {
        return new ChronologyTransferred(transfer, Given.BOARD, Given.SCHOOL, TO, pupil, ChronologyTransfer.subject(transfer),
                null, List.of(), Given.COORDINATOR, NOW);
    }
}

package nl.koers.incident.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.IncidentTriaged;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Shared givens for the Incident aggregate's given/when/then tests: real sealing with keys in memory. */
public final class Given {
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final BoardId BOARD = new BoardId("41001");
    public static final SchoolId SCHOOL = new SchoolId("12AB00");
    public static final UserId REPORTER = new UserId("staff-1");
    public static final UserId COORDINATOR = new UserId("coordinator-1");
    public static final UserId HANDLER = new UserId("handler-1");
    public static final PersonId VICTIM = PersonId.generate();
    public static final PersonId PERPETRATOR = PersonId.generate();

    public final IncidentId id = IncidentId.generate();
    public final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    public final AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);

    public Given() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(vault);
    }

    /** A bullying incident with a named victim (Jan) and perpetrator (Piet), each under their own key. */
    public IncidentReported reported() {
        return reported(Category.BULLYING, false);
    }

    public IncidentReported reported(Category category, boolean confidential) {
        return new IncidentReported(id, BOARD, SCHOOL, NOW.minusSeconds(3600), NOW.minusSeconds(600),
                Location.PLAYGROUND, category, Severity.MEDIUM,
                vault.seal(Subjects.incidentText(id), "Op het plein werd een leerling geschopt."), REPORTER,
                List.of(person(VICTIM, InvolvedRole.VICTIM, "Jan Jansen"),
                        person(PERPETRATOR, InvolvedRole.PERPETRATOR, "Piet Pietersen")), confidential);
    }

    public InvolvedPerson person(PersonId person, InvolvedRole role, String name) {
        String subject = Subjects.person(id, person);
        return new InvolvedPerson(person, PersonKind.PUPIL, role, subject, vault.seal(subject, "LL-" + person),
                vault.seal(subject, "6B"), vault.seal(subject, name), null);
    }

    public IncidentTriaged triaged() {
        return new IncidentTriaged(id, BOARD, SCHOOL, HANDLER, COORDINATOR, NOW.minusSeconds(300));
    }

    public IncidentClosed closed(Instant at) {
        return new IncidentClosed(id, BOARD, SCHOOL, at, COORDINATOR, vault.seal(Subjects.incidentText(id), "Opgelost."));
    }

    public ReportToInspectorRequired reportRequired() {
        return new ReportToInspectorRequired(id, BOARD, SCHOOL, Category.SEXUAL_ABUSE, NOW.plusSeconds(3600));
    }
}

package nl.koers.projection.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import org.junit.jupiter.api.Test;

/** A rebuild folds a chunk's events per incident into the row the live statements would leave (ADR 0054). */
class IncidentReplayTest {
    static final BoardId BOARD = new BoardId("41001");
    static final SchoolId SCHOOL = new SchoolId("12AB00");
    static final Instant AT = Instant.parse("2026-11-20T10:15:00Z");
    final List<CloudEvent> live = new ArrayList<>();
    final IncidentReplay replay = new IncidentReplay(live::add);
    final IncidentId incident = IncidentId.generate();

    @Test
    void a_report_corrected_and_closed_in_one_chunk_is_one_row_as_the_live_statements_leave_it() {
        replay.apply(event(reported(incident)));
        replay.apply(event(new IncidentCorrected(incident, BOARD, SCHOOL, AT.minusSeconds(7_200), null,
                Category.CYBERBULLYING, null, null, null, new UserId("coord"), AT)));
        replay.apply(event(new IncidentClosed(incident, BOARD, SCHOOL, AT.plusSeconds(86_400), new UserId("coord"),
                null)));

        assertThat(replay.drain()).containsExactly(new IncidentRow(incident.value(), "41001", "12AB00", "CYBERBULLYING",
                "MEDIUM", AT.minusSeconds(7_200), AT, false, AT.plusSeconds(86_400), null, null));
        assertThat(live).isEmpty();
    }

    @Test
    void reopening_clears_the_close_and_the_duty_to_report_is_kept_on_the_row() {
        replay.apply(event(reported(incident)));
        replay.apply(event(new IncidentClosed(incident, BOARD, SCHOOL, AT.plusSeconds(60), null, null)));
        replay.apply(event(new IncidentReopened(incident, BOARD, SCHOOL, AT.plusSeconds(120), null, null)));
        replay.apply(event(new ReportToInspectorRequired(incident, BOARD, SCHOOL, Category.PHYSICAL_VIOLENCE,
                AT.plusSeconds(86_400))));
        replay.apply(event(new ReportToInspectorRecorded(incident, BOARD, SCHOOL, AT.plusSeconds(3_600), false, null,
                AT)));

        assertThat(replay.drain()).singleElement().satisfies(row -> {
            assertThat(row.open()).isTrue();
            assertThat(row.closedAt()).isNull();
            assertThat(row.reportDeadline()).isEqualTo(AT.plusSeconds(86_400));
            assertThat(row.reportedToInspector()).isEqualTo(AT.plusSeconds(3_600));
        });
    }

    @Test
    void a_second_report_of_a_folded_incident_changes_nothing() {
        replay.apply(event(reported(incident)));
        replay.apply(event(new IncidentReported(incident, BOARD, SCHOOL, AT, AT, Location.CLASSROOM,
                Category.PHYSICAL_VIOLENCE, Severity.HIGH, null, new UserId("staff"))));

        assertThat(replay.drain()).singleElement().satisfies(row -> {
            assertThat(row.category()).isEqualTo("BULLYING");
            assertThat(row.severity()).isEqualTo("MEDIUM");
        });
        assertThat(live).isEmpty();
    }

    @Test
    void events_of_an_incident_an_earlier_chunk_wrote_take_the_live_statements() {
        replay.apply(event(reported(incident)));
        replay.drain(); // the end of the first chunk
        CloudEvent closed = event(new IncidentClosed(incident, BOARD, SCHOOL, AT, null, null));
        CloudEvent reportedAgain = event(reported(incident));

        replay.apply(closed);
        replay.apply(reportedAgain);

        assertThat(live).containsExactly(closed, reportedAgain);
        assertThat(replay.drain()).isEmpty();
    }

    @Test
    void an_incident_the_filter_mistakes_for_written_takes_the_live_statements_which_are_right_either_way() {
        WrittenIncidents saturated = new WrittenIncidents(6); // 64 bits, all set below: every answer is "maybe"
        for (int i = 0; i < 1_000; i++) {
            saturated.add(java.util.UUID.randomUUID());
        }
        IncidentReplay mistaken = new IncidentReplay(live::add, saturated);
        CloudEvent reported = event(reported(incident));
        CloudEvent closed = event(new IncidentClosed(incident, BOARD, SCHOOL, AT, null, null));

        mistaken.apply(reported);
        mistaken.apply(closed);

        assertThat(live).containsExactly(reported, closed);
        assertThat(mistaken.drain()).isEmpty();
    }

    @Test
    void a_change_before_the_report_takes_the_live_statement_which_finds_no_row_yet() {
        CloudEvent early = event(new IncidentClosed(incident, BOARD, SCHOOL, AT, null, null));

        replay.apply(early);
        replay.apply(event(reported(incident)));

        assertThat(live).containsExactly(early);
        // Open: the close came before the row existed.
        assertThat(replay.drain()).singleElement().satisfies(row -> assertThat(row.open()).isTrue());
    }

    @Test
    void times_are_rounded_half_up_to_the_microsecond_as_pgjdbc_binds_them() {
        assertThat(IncidentRow.micros(Instant.parse("2000-01-01T00:00:01.000000500Z"))).isEqualTo(1_000_001);
        assertThat(IncidentRow.micros(Instant.parse("2000-01-01T00:00:01.000002499Z"))).isEqualTo(1_000_002);
        assertThat(IncidentRow.micros(Instant.parse("1999-12-31T23:59:59.999999500Z"))).isZero();
        assertThat(IncidentRow.micros(Instant.parse("1999-12-31T23:59:59Z"))).isEqualTo(-1_000_000);
    }

    private static IncidentReported reported(IncidentId incident) {
        return new IncidentReported(incident, BOARD, SCHOOL, AT.minusSeconds(3_600), AT, Location.PLAYGROUND,
                Category.BULLYING, Severity.MEDIUM, new SealedText("incident/1", "c2VhbGVk"), new UserId("staff"));
    }

    private static CloudEvent event(Object data) {
        return new CloudEvent(java.util.UUID.randomUUID().toString(), "koers-audit-trail", "test", "record", AT,
                BOARD.value(), SCHOOL.value(), "staff", data);
    }
}

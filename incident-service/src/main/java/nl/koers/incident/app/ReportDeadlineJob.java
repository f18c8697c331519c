package nl.koers.incident.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.incident.followup.FlagOverdueReport;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.platform.id.UserId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Flags required reports to the vertrouwensinspecteur whose deadline passed, once each, for the dashboards. */
@Component
public class ReportDeadlineJob {
    public static final UserId ACTOR = new UserId("system:report-deadline");
    private final IncidentQueries queries;
    private final IncidentAccess access;
    private final Clock clock;

    ReportDeadlineJob(IncidentQueries queries, IncidentAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @Scheduled(cron = "${koers.incident.report-deadline-job}")
    public List<IncidentId> run() {
        Instant now = clock.instant();
        List<IncidentSummary> overdue = queries.reportsOverdue(now);
        overdue.forEach(incident -> access.send(new FlagOverdueReport(incident.incidentId(), now), incident.boardId(),
                incident.schoolId(), ACTOR));
        return overdue.stream().map(IncidentSummary::incidentId).toList();
    }
}

package nl.koers.incident.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.incident.privacy.ExpireIncidentData;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.id.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Enforces the boards' retention policies: the personal data of a closed incident is erased (every key deleted) once
 * its period after closure ended, unless a legal hold on the incident or on a person in it suspends that. One
 * incident per transaction, so one refusal never blocks the rest. Logs ids and counts only.
 */
@Component
public class RetentionJob {
    public static final UserId ACTOR = new UserId("system:retention");
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final IncidentQueries queries;
    private final IncidentAccess access;
    private final Clock clock;

    RetentionJob(IncidentQueries queries, IncidentAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    public record Skipped(IncidentId incidentId, String why) {
    }

    public record Run(Instant at, List<IncidentId> expired, List<Skipped> skipped) {
    }

    @Scheduled(cron = "${koers.incident.retention-job}")
    public Run run() {
        Instant now = clock.instant();
        List<IncidentId> expired = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (IncidentSummary incident : queries.retentionEnded(now)) {
            var holds = queries.activeHoldsOn(incident.incidentId());
            if (!holds.isEmpty()) {
                skipped.add(new Skipped(incident.incidentId(), holds.get(0).why()));
                continue;
            }
            int months = queries.retentionMonths(incident.boardId());
            try {
                access.send(new ExpireIncidentData(incident.incidentId(), months), incident.boardId(),
                        incident.schoolId(), ACTOR);
                expired.add(incident.incidentId());
            } catch (Conflict refused) { // a hold placed since the query: the aggregate has the last word
                skipped.add(new Skipped(incident.incidentId(), refused.getMessage()));
            }
        }
        log.info("retention run: {} incidents expired, {} kept under a legal hold", expired.size(), skipped.size());
        return new Run(now, expired, skipped);
    }
}

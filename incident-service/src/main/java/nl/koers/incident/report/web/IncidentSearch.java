package nl.koers.incident.report.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentQueries.Filter;
import nl.koers.incident.index.IncidentQueries.Page;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.incident.report.IncidentStatus;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's incident list: filters by status, category, severity, period and overdue reports; paged. A confidential
 * incident shows only that it exists to those who may not read it, and never matches a content filter for them.
 */
@Service
class IncidentSearch {
    static final int MAX_SIZE = 100;
    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final Clock clock;

    IncidentSearch(IncidentAccess access, IncidentQueries queries, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    /** A line of the list; content fields are absent for a confidential incident the caller may not read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String incidentId, Instant recordedAt, IncidentStatus status, boolean confidential,
                boolean contentVisible, Instant occurredAt, Location location, Category category, Severity severity,
                String handler, Instant reportDeadline, Boolean reportOverdue, Instant closedAt) {
    }

    @Transactional
    Page<Line> search(TenantScope scope, SchoolId school, Filter filter, int page, int size) {
        access.school(scope, school, IncidentAccess.READERS);
        if (page < 0) {
            throw new InvalidInput("page", "0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "between 1 and " + MAX_SIZE);
        }
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInput("to", "the period ends after it starts");
        }
        boolean restricted = !scope.hasAnyRole(IncidentAccess.CONFIDENTIAL_READERS);
        Instant now = clock.instant();
        Filter effective = new Filter(filter.status(), filter.category(), filter.severity(), filter.from(),
                filter.to(), filter.reportOverdue(), now, restricted);
        Page<IncidentSummary> found = queries.search(school, effective, page, size);
        return new Page<>(found.items().stream().map(s -> line(scope, s, now)).toList(), page, size, found.total());
    }

    private Line line(TenantScope scope, IncidentSummary s, Instant now) {
        if (!IncidentAccess.seesContent(scope, s)) {
            return new Line(s.incidentId().toString(), s.recordedAt(), s.status(), true, false, null, null, null, null,
                    null, null, null, null);
        }
        access.recordRead(scope, s, true, "GET incident list");
        return new Line(s.incidentId().toString(), s.recordedAt(), s.status(), s.confidential(), true, s.occurredAt(),
                s.location(), s.category(), s.severity(), s.handler() == null ? null : s.handler().value(),
                s.reportDeadline(), s.reportDeadline() == null ? null : s.reportOverdue(now), s.closedAt());
    }
}

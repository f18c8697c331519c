package nl.koers.plan.safetyplan.web;

import nl.koers.platform.id.SchoolId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A school's name for the download, from the platform's school directory table (fed by koers.tenant.events). */
@Component
class SchoolNames {
    private final JdbcTemplate jdbc;

    SchoolNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String nameOf(SchoolId school) {
        return jdbc.queryForList("select name from platform_school where school_id = ?", String.class, school.value())
                .stream().findFirst().orElse(school.value());
    }
}

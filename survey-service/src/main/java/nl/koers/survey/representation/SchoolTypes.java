package nl.koers.survey.representation;

import nl.koers.contracts.tenant.SchoolDetailsChanged;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Which school type (PO, SBO, SO, VSO, VO) each school is, from {@code koers.tenant.events}: the platform's school
 * directory keeps board, name and pupil count only. Upserts are idempotent, so a redelivery needs no dedupe.
 */
@Component
class SchoolTypes {
    private final CloudEventCodec codec;
    private final JdbcTemplate jdbc;

    SchoolTypes(CloudEventCodec codec, JdbcTemplate jdbc) {
        this.codec = codec;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = "koers.tenant.events",
            groupId = "${koers.consumer-group-prefix:${spring.application.name}}.survey-school-types")
    void on(String value) {
        CloudEvent event = codec.decodeRaw(value);
        if (!event.type().endsWith("SchoolOnboarded.v1") && !event.type().endsWith("SchoolDetailsChanged.v1")) {
            return;
        }
        switch (codec.decode(value).data()) {
            case SchoolOnboarded s -> upsert(s.schoolId().value(), s.boardId().value(), s.name(), s.sector().name());
            case SchoolDetailsChanged s -> upsert(s.schoolId().value(), s.boardId().value(), s.name(), s.sector().name());
            default -> { }
        }
    }

    private void upsert(String school, String board, String name, String sector) {
        jdbc.update("""
                insert into survey_school (school_id, board_id, name, sector) values (?, ?, ?, ?)
                on conflict (school_id) do update set board_id = excluded.board_id, name = excluded.name,
                  sector = excluded.sector""", school, board, name, sector);
    }
}

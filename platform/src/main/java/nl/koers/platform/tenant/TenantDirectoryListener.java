package nl.koers.platform.tenant;

import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;

/**
 * Keeps this service's {@link SchoolDirectory} in step with {@code koers.tenant.events}. It reads the payload as
 * JSON rather than as the contracts record because contracts depends on the platform, not the other way round; a
 * contracts test keeps the two in step.
 */
public class TenantDirectoryListener {
    public static final String SCHOOL_ONBOARDED = "nl.koers.tenant.SchoolOnboarded.v1";
    private final CloudEventCodec codec;
    private final SchoolDirectory directory;

    public TenantDirectoryListener(CloudEventCodec codec, SchoolDirectory directory) {
        this.codec = codec;
        this.directory = directory;
    }

    // Upserts are idempotent, so a redelivery needs no dedupe here.
    @KafkaListener(topics = "koers.tenant.events", groupId = "${spring.application.name}.tenant-directory")
    public void on(String value) {
        CloudEvent event = codec.decodeRaw(value);
        if (SCHOOL_ONBOARDED.equals(event.type()) && event.data() instanceof JsonNode data) {
            directory.register(new BoardId(data.required("boardId").asString()),
                    new SchoolId(data.required("schoolId").asString()),
                    data.required("name").asString(), data.required("pupilCount").asInt());
        }
    }
}

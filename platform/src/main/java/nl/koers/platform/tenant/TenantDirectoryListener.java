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
    /** Same fields as SchoolOnboarded: a re-uploaded school with a new name or pupil count. */
    public static final String SCHOOL_DETAILS_CHANGED = "nl.koers.tenant.SchoolDetailsChanged.v1";
    private final CloudEventCodec codec;
    private final SchoolDirectory directory;

    public TenantDirectoryListener(CloudEventCodec codec, SchoolDirectory directory) {
        this.codec = codec;
        this.directory = directory;
    }

    // Upserts are idempotent, so a redelivery needs no dedupe here. One group per service (its replicas share one
    // directory table); tests that run several instances of a service, each on its own database, set the prefix.
    @KafkaListener(topics = "koers.tenant.events", groupId = "${koers.consumer-group-prefix:${spring.application.name}}.tenant-directory")
    public void on(String value) {
        CloudEvent event = codec.decodeRaw(value);
        boolean school = SCHOOL_ONBOARDED.equals(event.type()) || SCHOOL_DETAILS_CHANGED.equals(event.type());
        if (school && event.data() instanceof JsonNode data) {
            directory.register(new BoardId(data.required("boardId").asString()),
                    new SchoolId(data.required("schoolId").asString()),
                    data.required("name").asString(), data.required("pupilCount").asInt());
        }
    }
}

package nl.koers.plan.duties.app;

import java.util.Set;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.platform.consume.ProcessedEvents;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learns the monitoring facts from {@code koers.survey.events}: a closed round and its delivery to the Inspectie.
 * The fact, the dedupe mark and the plan's re-evaluated duties commit in one transaction, so a redelivery changes
 * nothing and a failure retries all of it. Other survey events are skipped unread.
 */
@Component
class SurveyEventsListener {
    static final String CONSUMER = "plan.monitoring";
    private static final Set<String> TYPES = Set.of(EventTypes.typeName(RoundClosed.class),
            EventTypes.typeName(DeliveredToInspectie.class));

    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final MonitoringFacts facts;
    private final nl.koers.plan.safetyplan.app.Plans plans;
    private final PlanDuties duties;

    SurveyEventsListener(CloudEventCodec codec, ProcessedEvents processed, MonitoringFacts facts,
                         nl.koers.plan.safetyplan.app.Plans plans, PlanDuties duties) {
        this.codec = codec;
        this.processed = processed;
        this.facts = facts;
        this.plans = plans;
        this.duties = duties;
    }

    @KafkaListener(topics = "koers.survey.events",
            groupId = "${koers.consumer-group-prefix:${spring.application.name}}.monitoring")
    @Transactional
    public void on(String value) {
        CloudEvent raw = codec.decodeRaw(value);
        if (!TYPES.contains(raw.type()) || !processed.firstDelivery(CONSUMER, raw.id())) {
            return;
        }
        switch (codec.decode(value).data()) {
            case RoundClosed e -> {
                SchoolYear year = new SchoolYear(e.schoolYear());
                facts.closed(e.roundId().toString(), e.board(), e.school(), year, e.closedAt());
                plans.find(e.school(), year).ifPresent(duties::reevaluate);
            }
            case DeliveredToInspectie e -> {
                SchoolYear year = new SchoolYear(e.schoolYear());
                facts.delivered(e.roundId().toString(), e.board(), e.school(), year, e.deliveredAt());
                plans.find(e.school(), year).ifPresent(duties::reevaluate);
            }
            default -> {
                // filtered above
            }
        }
    }
}

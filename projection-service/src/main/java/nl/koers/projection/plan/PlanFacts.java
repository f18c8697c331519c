package nl.koers.projection.plan;

import java.sql.Date;
import java.util.List;
import nl.koers.contracts.plan.ActionPointAdded;
import nl.koers.contracts.plan.ActionPointChanged;
import nl.koers.contracts.plan.DutiesEvaluated;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.PlanStarted;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetApplied;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.contracts.plan.TopicAdded;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.contracts.plan.TopicStatusChanged;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Table;
import nl.koers.projection.intake.Write;
import org.springframework.stereotype.Component;

/**
 * The safety plan as the dashboards see it: each topic's status per building block (progress), the action points
 * (due, overdue) and the latest evaluation of the duties (traffic lights). Texts stay in plan-service.
 */
@Component
class PlanFacts implements ReadModel {
    static final Table TOPICS = Table.of("plan_topic", """
            plan_id uuid, board_id varchar, school_id varchar, school_year varchar, block varchar, topic_id varchar,
            status varchar""").key("plan_id", "block", "topic_id");
    static final Table ACTION_POINTS = Table.of("plan_action_point", """
            action_point_id uuid, plan_id uuid, board_id varchar, school_id varchar, school_year varchar, title text,
            block varchar, due_date date, status varchar, priority varchar""").key("action_point_id");
    /** Grouped by plan: an evaluation replaces the plan's rows. */
    static final Table DUTIES = Table.of("plan_duty", """
            plan_id uuid, board_id varchar, school_id varchar, school_year varchar, position integer, code varchar,
            kind varchar, state varchar, title text, reason text, rule_set_id varchar""")
            .key(List.of("plan_id", "code"), List.of("plan_id"));
    private static final Write.Insert TOPIC = Write.insert(TOPICS,
            "plan_id, board_id, school_id, school_year, block, topic_id, status");
    private static final Write.Update TOPIC_STATUS = Write.update(TOPICS, "status");
    private static final Write.Insert ACTION_POINT = Write.insert(ACTION_POINTS,
            "action_point_id, plan_id, board_id, school_id, school_year, title, block, due_date, status, priority");
    private static final Write.Update ACTION_POINT_CHANGED = Write.update(ACTION_POINTS,
            "title, block, due_date, status, priority");
    private static final Write.Delete DUTIES_REPLACED = Write.delete(DUTIES);
    private static final Write.Insert DUTY = Write.insert(DUTIES,
            "plan_id, board_id, school_id, school_year, position, code, kind, state, title, reason, rule_set_id");
    private final ReadModelWrites writes;

    PlanFacts(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(TOPICS.name(), ACTION_POINTS.name(), DUTIES.name());
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case PlanStarted e -> {
                for (PlanTopic topic : e.topics()) {
                    topic(e.planId().value(), e.boardId().value(), e.schoolId().value(), e.schoolYear().value(),
                            topic.block().name(), topic.topicId(), topic.status());
                }
            }
            case TopicAdded e -> topic(e.planId().value(), e.boardId().value(), e.schoolId().value(),
                    e.schoolYear().value(), e.block().name(), e.topicId(), e.status());
            case TopicStatusChanged e -> writes.update(TOPIC_STATUS, e.status().name(), e.planId().value(),
                    e.block().name(), e.topicId());
            case PresetApplied e -> {
                for (PresetTopic topic : e.filled()) { // a preset topic the plan lacked is added, not started
                    topic(e.planId().value(), e.boardId().value(), e.schoolId().value(), e.schoolYear().value(),
                            topic.block().name(), topic.topicId(), TopicStatus.NOT_STARTED);
                }
            }
            case ActionPointAdded e -> writes.insert(ACTION_POINT, e.actionPointId(), e.planId().value(),
                    e.boardId().value(), e.schoolId().value(), e.schoolYear().value(), e.title(),
                    e.block() == null ? null : e.block().name(), e.dueDate() == null ? null : Date.valueOf(e.dueDate()),
                    e.status().name(), e.priority() == null ? null : e.priority().name());
            case ActionPointChanged e -> writes.update(ACTION_POINT_CHANGED, e.title(),
                    e.block() == null ? null : e.block().name(), e.dueDate() == null ? null : Date.valueOf(e.dueDate()),
                    e.status().name(), e.priority() == null ? null : e.priority().name(), e.actionPointId());
            case DutiesEvaluated e -> duties(e);
            default -> {
            }
        }
    }

    private void topic(Object plan, String board, String school, String year, String block, String topic,
            TopicStatus status) {
        writes.insert(TOPIC, plan, board, school, year, block, topic, status.name());
    }

    private void duties(DutiesEvaluated e) {
        writes.delete(DUTIES_REPLACED, e.planId().value());
        int position = 0;
        for (DutyStatus duty : e.duties()) {
            writes.insert(DUTY, e.planId().value(), e.boardId().value(), e.schoolId().value(), e.schoolYear().value(),
                    position++, duty.code(), duty.kind().name(), duty.state().name(), duty.title(), duty.reason(),
                    duty.ruleSetId());
        }
    }
}

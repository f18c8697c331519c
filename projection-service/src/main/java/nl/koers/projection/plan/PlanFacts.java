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
import nl.koers.projection.intake.LatestPerKey;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Replay;
import org.springframework.stereotype.Component;

/**
 * The safety plan as the dashboards see it: each topic's status per building block (progress), the action points
 * (due, overdue) and the latest evaluation of the duties (traffic lights). Texts stay in plan-service.
 */
@Component
class PlanFacts implements ReadModel {
    private static final ReadModelWrites.Update TOPIC_STATUS = new ReadModelWrites.Update("plan_topic",
            List.of("status"), List.of("plan_id", "block", "topic_id"), List.of("varchar", "uuid", "varchar", "varchar"));
    private final ReadModelWrites writes;

    PlanFacts(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of("plan_topic", "plan_action_point", "plan_duty");
    }

    /**
     * A rebuild applies only a chunk's last evaluation of a plan's duties (it replaces the plan's rows) and a topic's
     * last status; an event that adds topics to a plan first writes the statuses held for it (ADR 0054).
     */
    @Override
    public Replay replay() {
        return new LatestPerKey(writes, this::apply, data -> switch (data) {
            case DutiesEvaluated e -> List.of(e.planId().value(), "duties");
            case TopicStatusChanged e -> List.of(e.planId().value(), e.block().name(), e.topicId());
            default -> null;
        }, data -> switch (data) {
            case PlanStarted e -> e.planId().value();
            case TopicAdded e -> e.planId().value();
            case PresetApplied e -> e.planId().value();
            default -> null;
        });
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
            case TopicStatusChanged e -> writes.update("plan_topic", List.of(e.planId().value(), e.block().name(),
                    e.topicId()), TOPIC_STATUS, e.status().name(), e.planId().value(), e.block().name(), e.topicId());
            case PresetApplied e -> {
                for (PresetTopic topic : e.filled()) { // a preset topic the plan lacked is added, not started
                    topic(e.planId().value(), e.boardId().value(), e.schoolId().value(), e.schoolYear().value(),
                            topic.block().name(), topic.topicId(), TopicStatus.NOT_STARTED);
                }
            }
            case ActionPointAdded e -> writes.write("plan_action_point", e.actionPointId(), """
                    insert into plan_action_point (action_point_id, plan_id, board_id, school_id, school_year, title,
                      block, due_date, status, priority) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    e.actionPointId(), e.planId().value(), e.boardId().value(), e.schoolId().value(),
                    e.schoolYear().value(), e.title(), e.block() == null ? null : e.block().name(),
                    e.dueDate() == null ? null : Date.valueOf(e.dueDate()), e.status().name(),
                    e.priority() == null ? null : e.priority().name());
            case ActionPointChanged e -> writes.write("plan_action_point", e.actionPointId(), """
                    update plan_action_point set title = ?, block = ?, due_date = ?, status = ?, priority = ?
                    where action_point_id = ?""", e.title(), e.block() == null ? null : e.block().name(),
                    e.dueDate() == null ? null : Date.valueOf(e.dueDate()), e.status().name(),
                    e.priority() == null ? null : e.priority().name(), e.actionPointId());
            case DutiesEvaluated e -> duties(e);
            default -> {
            }
        }
    }

    private void topic(Object plan, String board, String school, String year, String block, String topic,
            TopicStatus status) {
        writes.write("plan_topic", List.of(plan, block, topic), """
                insert into plan_topic (plan_id, board_id, school_id, school_year, block, topic_id, status)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", plan, board, school, year, block, topic,
                status.name());
    }

    private void duties(DutiesEvaluated e) {
        // Keyed by plan: the delete and the inserts that follow it stay in order.
        writes.write("plan_duty", e.planId().value(), "delete from plan_duty where plan_id = ?", e.planId().value());
        int position = 0;
        for (DutyStatus duty : e.duties()) {
            writes.write("plan_duty", e.planId().value(), """
                    insert into plan_duty (plan_id, board_id, school_id, school_year, position, code, kind, state, title,
                      reason, rule_set_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    e.planId().value(), e.boardId().value(), e.schoolId().value(), e.schoolYear().value(), position++,
                    duty.code(), duty.kind().name(), duty.state().name(), duty.title(), duty.reason(),
                    duty.ruleSetId());
        }
    }
}

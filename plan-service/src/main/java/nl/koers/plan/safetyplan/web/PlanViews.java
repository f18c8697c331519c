package nl.koers.plan.safetyplan.web;

import java.util.Arrays;
import java.util.List;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.DutyDetails;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.plan.duties.app.PlanDuties;
import nl.koers.plan.safetyplan.PlanCalendar;
import nl.koers.plan.safetyplan.PlanState;
import nl.koers.plan.topics.Gesprekskaart;
import nl.koers.plan.topics.TopicCatalogue;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import org.springframework.stereotype.Component;

/** Turns a plan's state into its view (and is the one place that opens its sealed contact details). */
@Component
public class PlanViews {
    private final PersonalDataVault vault;
    private final TopicCatalogue catalogue;
    private final PlanCalendar calendar;
    private final PlanDuties duties;
    private final Gesprekskaart gesprekskaart;

    PlanViews(PersonalDataVault vault, TopicCatalogue catalogue, PlanCalendar calendar, PlanDuties duties,
              Gesprekskaart gesprekskaart) {
        this.gesprekskaart = gesprekskaart;
        this.vault = vault;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.duties = duties;
    }

    public PlanView of(PlanState p) {
        return new PlanView(p.planId().toString(), p.schoolId().value(), p.schoolYear().value(),
                calendar.isClosed(p.schoolYear()), p.topicSetVersion(),
                p.carriedOverFrom().map(Object::toString).orElse(null),
                p.coordinator().map(UserId::value).orElse(null),
                p.contributors().stream().map(UserId::value).sorted().toList(),
                blocks(p), goals(p), actionPoints(p), dutyDetails(p.dutyDetails()), duties.evaluate(p).duties(),
                presets(p), partners(p), gesprekskaart.themes(),
                p.startOfYear().map(m -> new PlanView.MeetingView(m.agreedOn(), m.themes())).orElse(null),
                p.endOfYear().map(m -> new PlanView.MeetingView(m.reviewedOn(), m.themes())).orElse(null),
                p.learningNeeds(), documents(p),
                p.evaluation().map(e -> new PlanView.EvaluationView(e.evaluatedOn(), e.whatWorked(), e.carryOver()))
                        .orElse(null));
    }

    private List<PlanView.BlockView> blocks(PlanState p) {
        return Arrays.stream(BuildingBlock.values()).map(block -> {
            List<PlanTopic> topics = p.topics().stream().filter(t -> t.block() == block).toList();
            return new PlanView.BlockView(block, block.label(), topics.size(),
                    count(topics, TopicStatus.NOT_STARTED), count(topics, TopicStatus.IN_PROGRESS),
                    count(topics, TopicStatus.DONE), (int) topics.stream().filter(PlanTopic::needsAttention).count(),
                    topics.stream().map(t -> new PlanView.TopicView(t.topicId(), t.title(),
                            catalogue.prompt(t.topicId()).orElse(null), t.text(), t.status(), t.needsAttention(),
                            t.byBoard())).toList());
        }).toList();
    }

    private static int count(List<PlanTopic> topics, TopicStatus status) {
        return (int) topics.stream().filter(t -> t.status() == status).count();
    }

    private static List<PlanView.GoalView> goals(PlanState p) {
        return p.goals().stream().map(g -> new PlanView.GoalView(g.goalId(), g.block(), g.title(), g.achieved()))
                .toList();
    }

    private List<PlanView.ActionPointView> actionPoints(PlanState p) {
        return p.actionPoints().stream().map(a -> new PlanView.ActionPointView(a.actionPointId(), a.title(),
                a.block(), a.owner(), a.dueDate(), a.status(), a.priority(), a.overdueOn(calendar.today()))).toList();
    }

    private PlanView.DutyDetailsView dutyDetails(DutyDetails d) {
        return new PlanView.DutyDetailsView(open(d.antiBullyingCoordinatorName()),
                open(d.antiBullyingCoordinatorContact()), d.antiBullyingProgramme(), d.confidentialAdviserKind(),
                open(d.confidentialAdviserName()), d.complaintsProcedure());
    }

    private static List<PlanView.PresetView> presets(PlanState p) {
        return p.presets().stream().map(a -> new PlanView.PresetView(a.presetId().toString(), a.presetVersion(),
                a.filled().size(), a.conflicts(), a.agreements(), a.focusPoints())).toList();
    }

    private List<PlanView.PartnerView> partners(PlanState p) {
        return p.partners().stream().map(x -> new PlanView.PartnerView(x.partnerId(), x.kind(), x.organisation(),
                open(x.contactPerson()), open(x.phone()), open(x.email()), x.tasks(), x.meetingFrequency())).toList();
    }

    private static List<PlanView.DocumentView> documents(PlanState p) {
        return p.documents().stream().map(d -> new PlanView.DocumentView(d.documentId(), d.block(), d.title(),
                d.kind(), d.location(), d.link())).toList();
    }

    private String open(SealedText sealed) {
        return sealed == null ? null : vault.open(sealed).orElse(null);
    }
}

package nl.koers.plan.safetyplan.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.plan.PlanId;
import nl.koers.plan.safetyplan.PlanCommands;
import nl.koers.plan.safetyplan.PlanCommands.RecordPartnerMeeting.Moment;
import nl.koers.plan.safetyplan.app.Plans;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.SchoolId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the plan records besides its topics: duties' facts, partners, archive, evaluation, and its history. */
@RestController
@RequestMapping("/api/schools/{schoolId}/plans/{planId}")
class PlanRecordsController {
    private final Plans plans;
    private final PlanAccess access;
    private final PlanViews views;
    private final PlanPdf pdf;
    private final SchoolNames schoolNames;

    PlanRecordsController(Plans plans, PlanAccess access, PlanViews views, PlanPdf pdf, SchoolNames schoolNames) {
        this.plans = plans;
        this.access = access;
        this.views = views;
        this.pdf = pdf;
        this.schoolNames = schoolNames;
    }

    /** Partial: only the fields sent change; a blank value clears one. */
    @PutMapping(path = "/duty-details", consumes = "application/json")
    PlanView.DutyDetailsView dutyDetails(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                         @RequestBody PlanRequests.DutyDetails b) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.RecordDutyDetails(planId, change.editor(), b.antiBullyingCoordinatorName(),
                b.antiBullyingCoordinatorContact(), b.antiBullyingProgramme(), b.confidentialAdviserKind(),
                b.confidentialAdviserName(), b.complaintsProcedure()));
        return view(schoolId, planId).dutyDetails();
    }

    @PostMapping(path = "/partners", consumes = "application/json")
    ResponseEntity<PlanView.PartnerView> addPartner(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                                    @RequestBody PlanRequests.Partner body) {
        UUID id = UUID.randomUUID();
        return ResponseEntity.status(201).body(recordPartner(schoolId, planId, id, body));
    }

    @PutMapping(path = "/partners/{partnerId}", consumes = "application/json")
    PlanView.PartnerView changePartner(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                       @PathVariable UUID partnerId, @RequestBody PlanRequests.Partner body) {
        if (!access.read(schoolId, planId).hasPartner(partnerId)) {
            throw new NotFound("partnerId", "partner " + partnerId);
        }
        return recordPartner(schoolId, planId, partnerId, body);
    }

    private PlanView.PartnerView recordPartner(SchoolId schoolId, PlanId planId, UUID id, PlanRequests.Partner b) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.RecordPartner(planId, change.editor(), id, b.kind(), b.organisation(),
                b.contactPerson(), b.phone(), b.email(), b.tasks(), b.meetingFrequency()));
        return view(schoolId, planId).partners().stream().filter(p -> p.partnerId().equals(id)).findFirst()
                .orElseThrow();
    }

    @DeleteMapping("/partners/{partnerId}")
    ResponseEntity<Void> removePartner(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                       @PathVariable UUID partnerId) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.RemovePartner(planId, change.editor(), partnerId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/partner-agreements/start-of-year", consumes = "application/json")
    PlanView.MeetingView startOfYear(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                     @RequestBody PlanRequests.PartnerMeeting body) {
        meeting(schoolId, planId, Moment.START_OF_YEAR, body);
        return view(schoolId, planId).startOfYearAgreement();
    }

    @PostMapping(path = "/partner-agreements/end-of-year", consumes = "application/json")
    PlanView.MeetingView endOfYear(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                   @RequestBody PlanRequests.PartnerMeeting body) {
        meeting(schoolId, planId, Moment.END_OF_YEAR, body);
        return view(schoolId, planId).endOfYearReview();
    }

    private void meeting(SchoolId schoolId, PlanId planId, Moment moment, PlanRequests.PartnerMeeting body) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.RecordPartnerMeeting(planId, change.editor(), moment, body.date(),
                body.themes()));
    }

    /** Gesprekskaart theme 6 (professionalisering): published for the training context. */
    @PostMapping(path = "/learning-needs", consumes = "application/json")
    Map<String, List<String>> learningNeeds(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                            @RequestBody PlanRequests.LearningNeeds body) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.PublishLearningNeeds(planId, change.editor(), body.needs()));
        return Map.of("needs", view(schoolId, planId).learningNeeds());
    }

    @PostMapping(path = "/documents", consumes = "application/json")
    ResponseEntity<PlanView.DocumentView> archive(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                                  @RequestBody PlanRequests.Document b) {
        var change = access.edit(schoolId, planId);
        UUID id = UUID.randomUUID();
        change.send(plans, new PlanCommands.ArchiveDocument(planId, change.editor(), id, b.block(), b.title(),
                b.kind(), b.location(), b.link()));
        return ResponseEntity.status(201).body(view(schoolId, planId).documents().stream()
                .filter(d -> d.documentId().equals(id)).findFirst().orElseThrow());
    }

    @DeleteMapping("/documents/{documentId}")
    ResponseEntity<Void> removeDocument(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                        @PathVariable UUID documentId) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.RemoveDocument(planId, change.editor(), documentId));
        return ResponseEntity.noContent().build();
    }

    /** The yearly evaluation (borging); what the legal duty "policy in practice" needs. */
    @PostMapping(path = "/evaluation", consumes = "application/json")
    PlanView.EvaluationView evaluate(@PathVariable SchoolId schoolId, @PathVariable PlanId planId,
                                     @RequestBody PlanRequests.Evaluation body) {
        var change = access.edit(schoolId, planId);
        change.send(plans, new PlanCommands.EvaluatePlan(planId, change.editor(), body.evaluatedOn(),
                body.whatWorked(), body.carryOver()));
        return view(schoolId, planId).evaluation();
    }

    /** One entry per stored event: what happened, who did it, when. Contact details stay sealed here. */
    public record HistoryEntry(long sequence, String type, Instant at, String actor, Object event) {
    }

    @GetMapping("/history")
    List<HistoryEntry> history(@PathVariable SchoolId schoolId, @PathVariable PlanId planId) {
        access.read(schoolId, planId);
        return plans.history(schoolId, planId).stream().map(m -> new HistoryEntry(m.getSequenceNumber(),
                EventTypes.typeName(m.getPayloadType()), m.getTimestamp(),
                String.valueOf(m.getMetaData().get(EventMetaData.ACTOR)), m.getPayload())).toList();
    }

    /** The whole plan as a PDF (Dutch): compliance summary, blocks, goals and action points, partners, archive. */
    @GetMapping(path = "/pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable SchoolId schoolId, @PathVariable PlanId planId) {
        PlanView plan = views.of(access.read(schoolId, planId));
        String name = schoolNames.nameOf(schoolId);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"veiligheidsplan-" + schoolId + "-"
                        + plan.schoolYear() + ".pdf\"")
                .body(this.pdf.render(plan, name));
    }

    private PlanView view(SchoolId schoolId, PlanId planId) {
        return views.of(plans.load(schoolId, planId));
    }
}

package nl.koers.plan.safetyplan.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koers.contracts.plan.DutyKind;
import nl.koers.contracts.plan.DutyState;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.platform.pdf.PdfDocument;
import org.springframework.stereotype.Component;

/** The downloadable plan (the seed: "een schooleigen veiligheidsplan dat je kunt downloaden"), in Dutch. */
@Component
class PlanPdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    byte[] render(PlanView plan, String schoolName) {
        PdfDocument pdf = PdfDocument.create("Veiligheidsplan " + schoolName + " " + plan.schoolYear());
        summary(pdf, plan, schoolName);
        compliance(pdf, plan.duties());
        blocks(pdf, plan);
        goalsAndActions(pdf, plan);
        partners(pdf, plan);
        archiveAndEvaluation(pdf, plan);
        return pdf.toBytes();
    }

    private static void summary(PdfDocument pdf, PlanView plan, String schoolName) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("School", schoolName + " (" + plan.schoolId() + ")");
        facts.put("Schooljaar", plan.schoolYear() + (plan.closed() ? " (afgesloten)" : ""));
        facts.put("Coördinator veiligheidsplan", or(plan.coordinator(), "nog niet aangewezen"));
        facts.put("Bijdragers", plan.contributors().isEmpty() ? "geen" : String.join(", ", plan.contributors()));
        int total = plan.blocks().stream().mapToInt(PlanView.BlockView::topics).sum();
        int done = plan.blocks().stream().mapToInt(PlanView.BlockView::done).sum();
        facts.put("Voortgang", done + " van " + total + " onderwerpen klaar");
        pdf.keyValues(facts);
    }

    private static void compliance(PdfDocument pdf, List<DutyStatus> duties) {
        pdf.heading("Wettelijke en aanbevolen plichten");
        // Two wide columns: PdfDocument gives every column the same width, and short words must not break.
        pdf.table(List.of("Plicht (soort)", "Status en toelichting"), duties.stream()
                .map(d -> List.of(d.title() + " (" + kind(d.kind()) + ")", state(d.state()) + ". " + d.reason()))
                .toList());
    }

    private static void blocks(PdfDocument pdf, PlanView plan) {
        for (PlanView.BlockView block : plan.blocks()) {
            pdf.heading("Bouwsteen " + block.label());
            pdf.paragraph(block.done() + " van " + block.topics() + " onderwerpen klaar, " + block.inProgress()
                    + " mee bezig, " + block.notStarted() + " niet gestart.");
            for (PlanView.TopicView topic : block.items()) {
                pdf.subheading(topic.title() + " — " + status(topic.status()) + (topic.needsAttention()
                        ? " — aandachtspunt" : "") + (topic.byBoard() ? " — door het bestuur" : ""));
                pdf.paragraph(topic.text() == null || topic.text().isBlank() ? "(nog niet ingevuld)" : topic.text());
            }
        }
    }

    private static void goalsAndActions(PdfDocument pdf, PlanView plan) {
        pdf.heading("Doelen");
        if (plan.goals().isEmpty()) {
            pdf.paragraph("Er zijn nog geen doelen vastgelegd.");
        } else {
            pdf.table(List.of("Doel", "Bouwsteen", "Behaald"), plan.goals().stream().map(g -> List.of(g.title(),
                    g.block() == null ? "hele plan" : g.block().label(), g.achieved() ? "ja" : "nee")).toList());
        }
        pdf.heading("Actiepunten");
        if (plan.actionPoints().isEmpty()) {
            pdf.paragraph("Er zijn nog geen actiepunten vastgelegd.");
        } else {
            pdf.table(List.of("Actiepunt (bouwsteen)", "Eigenaar", "Uiterlijk", "Status (prioriteit)"),
                    plan.actionPoints().stream().map(a -> List.of(a.title() + " (" + a.block().label() + ")",
                            or(a.owner(), "-"), DATE.format(a.dueDate()),
                            actionStatus(a) + " (" + priority(a.priority()) + ")")).toList());
        }
    }

    private static void partners(PdfDocument pdf, PlanView plan) {
        pdf.heading("Samenwerkingspartners (Gesprekskaart)");
        if (plan.partners().isEmpty()) {
            pdf.paragraph("Er zijn nog geen partners vastgelegd.");
        } else {
            pdf.table(List.of("Partner", "Contact", "Taken en overleg"),
                    plan.partners().stream().map(p -> List.of(partnerKind(p) + ": " + p.organisation(),
                            String.join(", ", or(p.contactPerson(), "-"), or(p.phone(), "-"), or(p.email(), "-")),
                            or(p.tasks(), "-") + ". Overleg: " + or(p.meetingFrequency(), "-"))).toList());
        }
        meeting(pdf, plan, "Afspraken bij de start van het schooljaar", plan.startOfYearAgreement());
        meeting(pdf, plan, "Terugblik aan het eind van het schooljaar", plan.endOfYearReview());
        if (!plan.learningNeeds().isEmpty()) {
            pdf.subheading("Leerbehoeften (thema 6, professionalisering)");
            plan.learningNeeds().forEach(need -> pdf.paragraph("- " + need));
        }
    }

    private static void meeting(PdfDocument pdf, PlanView plan, String title, PlanView.MeetingView meeting) {
        if (meeting == null) {
            return;
        }
        pdf.subheading(title + " (" + DATE.format(meeting.date()) + ")");
        meeting.themes().forEach(t -> pdf.paragraph("Thema " + t.theme() + " (" + themeTitle(plan, t.theme())
                + "): " + t.note()));
    }

    private static String themeTitle(PlanView plan, int theme) {
        return plan.partnerThemes().stream().filter(t -> t.theme() == theme).map(t -> t.title()).findFirst()
                .orElse("");
    }

    private static void archiveAndEvaluation(PdfDocument pdf, PlanView plan) {
        if (!plan.documents().isEmpty()) {
            pdf.heading("Archief");
            pdf.table(List.of("Document (bouwsteen)", "Vindplaats"), plan.documents().stream()
                    .map(d -> List.of(d.title() + " (" + (d.block() == null ? "hele plan" : d.block().label()) + ")",
                            or(d.location(), "") + (d.link() == null ? "" : " " + d.link()))).toList());
        }
        pdf.heading("Jaarlijkse evaluatie");
        if (plan.evaluation() == null) {
            pdf.paragraph("Het plan van " + plan.schoolYear() + " is nog niet geëvalueerd.");
        } else {
            pdf.keyValues(Map.of("Geëvalueerd op", DATE.format(plan.evaluation().evaluatedOn())));
            pdf.subheading("Wat werkte");
            pdf.paragraph(plan.evaluation().whatWorked());
            pdf.subheading("Wat gaat mee naar volgend jaar");
            pdf.paragraph(or(plan.evaluation().carryOver(), "-"));
        }
    }

    private static String kind(DutyKind kind) {
        return switch (kind) {
            case WETTELIJK -> "wettelijk";
            case AANBEVOLEN -> "aanbevolen";
            case KOMEND -> "komend";
        };
    }

    private static String state(DutyState state) {
        return switch (state) {
            case MET -> "voldaan";
            case NOT_MET -> "niet voldaan";
            case UNKNOWN -> "onbekend";
        };
    }

    private static String status(nl.koers.contracts.plan.TopicStatus status) {
        return switch (status) {
            case NOT_STARTED -> "niet gestart";
            case IN_PROGRESS -> "mee bezig";
            case DONE -> "klaar";
        };
    }

    private static String actionStatus(PlanView.ActionPointView a) {
        String status = switch (a.status()) {
            case OPEN -> "open";
            case IN_PROGRESS -> "mee bezig";
            case DONE -> "afgerond";
            case CANCELLED -> "vervallen";
        };
        return a.overdue() ? status + " (te laat)" : status;
    }

    private static String priority(nl.koers.contracts.plan.Priority priority) {
        return switch (priority) {
            case LOW -> "laag";
            case NORMAL -> "normaal";
            case HIGH -> "hoog";
        };
    }

    private static String partnerKind(PlanView.PartnerView p) {
        return switch (p.kind()) {
            case POLICE -> "Politie";
            case YOUTH_CARE -> "Jeugdhulp";
            case YOUTH_WORK -> "Jongerenwerk";
            case NEIGHBOURHOOD_TEAM -> "Buurtteam";
            case GGD -> "GGD";
            case LEERPLICHT -> "Leerplicht";
            case OTHER -> "Overig";
        };
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}

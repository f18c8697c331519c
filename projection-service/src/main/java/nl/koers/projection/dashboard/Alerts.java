package nl.koers.projection.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.projection.dashboard.SchoolDashboard.Alert;
import nl.koers.projection.dashboard.SchoolDashboard.Duty;
import nl.koers.projection.dashboard.SchoolDashboard.RoleCoverage;

/**
 * What a coordinator must act on, in plain Dutch, derived from the dashboard itself (so the board sees the same
 * alerts as the school). CRITICAL when a legal duty or a deadline is missed, WARNING when one is coming.
 */
final class Alerts {
    static final String CRITICAL = "CRITICAL";
    static final String WARNING = "WARNING";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Alerts() {
    }

    static List<Alert> of(SchoolDashboard d, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        monitoring(d, today, alerts);
        if (d.incidents().reportsToInspectorOverdue() > 0) {
            alerts.add(new Alert("REPORT_TO_INSPECTOR_OVERDUE", CRITICAL, d.incidents().reportsToInspectorOverdue()
                    + " melding(en) aan de vertrouwensinspecteur te laat: meld direct en leg de melding vast."));
        }
        if (!d.plan().started()) {
            alerts.add(new Alert("NO_PLAN", WARNING, "Er is nog geen veiligheidsplan voor schooljaar " + d.schoolYear()
                    + ": start het plan (eventueel vanuit dat van vorig jaar)."));
        }
        for (Duty duty : d.duties()) {
            if ("WETTELIJK".equals(duty.kind()) && "NOT_MET".equals(duty.state())) {
                alerts.add(new Alert("LEGAL_DUTY_NOT_MET", CRITICAL, "Wettelijke plicht niet op orde: " + title(duty)
                        + (duty.reason() == null ? "" : " — " + duty.reason())));
            }
        }
        if (!d.actionPoints().overdue().isEmpty()) {
            alerts.add(new Alert("ACTION_POINTS_OVERDUE", WARNING, d.actionPoints().overdue().size()
                    + " actiepunt(en) over de datum."));
        }
        for (RoleCoverage role : d.training().roles()) {
            if (!role.gaps().isEmpty()) {
                alerts.add(new Alert("TRAINING_GAP", WARNING, "Vereiste scholing ontbreekt voor de rol " + role.role()
                        + ": " + String.join(", ", role.gaps()) + "."));
            }
        }
        return List.copyOf(alerts);
    }

    private static void monitoring(SchoolDashboard d, LocalDate today, List<Alert> alerts) {
        SchoolDashboard.InspectieDelivery delivery = d.inspectieDelivery();
        String deadline = DUTCH_DATE.format(delivery.deadline());
        switch (delivery.status()) {
            case "NO_CLOSED_ROUND" -> alerts.add(new Alert("MONITORING_NOT_DONE",
                    today.isBefore(delivery.deadline().minusMonths(1)) ? WARNING : CRITICAL,
                    "De monitoring is dit schooljaar (" + d.schoolYear() + ") nog niet gedaan: sluit een meetronde af "
                            + "en lever de resultaten vóór " + deadline + " aan de Inspectie."));
            case "NOT_DELIVERED" -> alerts.add(new Alert("INSPECTIE_DELIVERY_MISSING",
                    delivery.reminderSent() ? CRITICAL : WARNING,
                    "De monitorresultaten zijn nog niet aan de Inspectie geleverd; de termijn loopt tot " + deadline
                            + "."));
            case "OVERDUE" -> alerts.add(new Alert("INSPECTIE_DELIVERY_OVERDUE", CRITICAL,
                    "De levering van de monitor aan de Inspectie is te laat (uiterlijk " + deadline + ")."));
            default -> {
            }
        }
    }

    private static String title(Duty duty) {
        return duty.title() == null ? duty.code() : duty.title();
    }
}

package nl.koers.survey.round.web;

import java.time.Instant;
import java.time.LocalDate;
import nl.koers.contracts.survey.Audience;
import nl.koers.survey.round.SchoolYears;
import nl.koers.survey.round.store.ResponseRates;
import nl.koers.survey.round.store.RoundRow;

/**
 * A round as the coordinator sees it; {@code status} is PLANNED before the window, OPEN in it, CLOSED after.
 * {@code summarySha256} is the fingerprint of the file delivered to the Inspectie, so the school can show later what
 * exactly it sent.
 */
public record RoundView(String roundId, String schoolId, String schoolYear, String instrumentId, int instrumentVersion,
                        Audience audience, Instant opensAt, Instant closesAt, String status, Instant closedAt,
                        Boolean closedEarly, Instant consentRecordedAt, Instant deliveredAt, String summarySha256,
                        LocalDate deliveryDeadline, ResponseRates.Rates responseRates) {

    static RoundView of(RoundRow r, Instant now, ResponseRates.Rates rates) {
        String status = r.closed() ? "CLOSED" : now.isBefore(r.opensAt()) ? "PLANNED" : "OPEN";
        return new RoundView(r.roundId().toString(), r.school().value(), r.schoolYear(), r.instrumentId(),
                r.instrumentVersion(), r.audience(), r.opensAt(), r.closesAt(), status, r.closedAt(), r.early(),
                r.consentAt(), r.deliveredAt(), r.summarySha256(), SchoolYears.deliveryDeadline(r.schoolYear()), rates);
    }
}

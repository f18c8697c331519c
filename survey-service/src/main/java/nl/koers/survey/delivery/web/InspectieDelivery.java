package nl.koers.survey.delivery.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.survey.delivery.InspectieSummary;
import nl.koers.survey.export.Csv;
import nl.koers.survey.results.web.ResultsReading;
import nl.koers.survey.round.DeliverToInspectie;
import nl.koers.survey.round.RecordDeliveryConsent;
import nl.koers.survey.round.store.RoundRow;
import nl.koers.survey.round.web.Rounds;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** Consent, summary and delivery to the Inspectie: only with the school's consent, only from a closed round. */
@Service
class InspectieDelivery {
    /** The school decides about its own data: its coordinator or the board admin records consent and delivers. */
    static final Set<Role> DELIVERERS = Set.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    private final Rounds rounds;
    private final ResultsReading results;
    private final CommandGateway commands;

    InspectieDelivery(Rounds rounds, ResultsReading results, CommandGateway commands) {
        this.rounds = rounds;
        this.results = results;
        this.commands = commands;
    }

    void recordConsent(TenantScope scope, SchoolId school, RoundId id) {
        RoundRow round = rounds.get(scope, school, id, DELIVERERS);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordDeliveryConsent(id, scope.user()))
                .andMetaData(EventMetaData.of(round.board(), school, scope.user())));
    }

    InspectieSummary summary(TenantScope scope, SchoolId school, RoundId id) {
        ResultsReading.ClosedRound closed = results.closedRound(scope, school, id);
        return InspectieSummary.of(school.value(), closed.round().schoolYear(), id.toString(), closed.instrument(),
                closed.results());
    }

    /** Delivers the summary file; the event names the file by its SHA-256. */
    Delivered deliver(TenantScope scope, SchoolId school, RoundId id) {
        InspectieSummary summary = summary(scope, school, id);
        String file = csv(summary);
        String sha256 = sha256(file);
        RoundRow round = rounds.get(scope, school, id, DELIVERERS);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new DeliverToInspectie(id, scope.user(), sha256))
                .andMetaData(EventMetaData.of(round.board(), school, scope.user())));
        return new Delivered(sha256, file, summary);
    }

    record Delivered(String summarySha256, String file, InspectieSummary summary) {
    }

    static String csv(InspectieSummary s) {
        StringBuilder csv = new StringBuilder(Csv.line("schooljaar", "school", "onderdeel", "vraag", "antwoord", "n",
                "gemiddelde", "procent", "opmerking"));
        String note = "onderdrukt: minder dan " + s.minimumGroupSize() + " antwoorden";
        for (InspectieSummary.Aspect a : s.aspects()) {
            csv.append(a.suppressed() ? Csv.line(s.schoolYear(), s.schoolId(), a.aspect(), "", "", "", "", "", note)
                    : Csv.line(s.schoolYear(), s.schoolId(), a.aspect(), "", "", a.n(), a.mean(), a.percentPositive(), ""));
        }
        for (InspectieSummary.BullyingQuestion q : s.bullying()) {
            if (q.suppressed()) {
                csv.append(Csv.line(s.schoolYear(), s.schoolId(), "PESTEN", q.questionId(), "", "", "", "", note));
                continue;
            }
            q.percentPerOption().forEach((option, percent) -> csv.append(Csv.line(s.schoolYear(), s.schoolId(),
                    "PESTEN", q.questionId(), option, q.n(), "", percent, "")));
        }
        return csv.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

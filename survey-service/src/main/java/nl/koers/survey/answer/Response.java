package nl.koers.survey.answer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.survey.AnswersSubmitted;
import nl.koers.contracts.survey.AnswersSubmitted.ItemAnswer;
import nl.koers.contracts.survey.AnswersSubmitted.OpenAnswer;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.survey.instrument.CheckedAnswers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One anonymous response: its own tiny aggregate, so that thousands of pupils answering at once never contend for
 * one stream (ADR 0031). It is created once and never changes.
 */
@Aggregate
public class Response {
    @AggregateIdentifier
    private UUID id;

    protected Response() {
        // for Axon
    }

    @CommandHandler
    public Response(SubmitAnswers c, Clock clock, PersonalDataVault vault) {
        c.window().requireOpen(clock.instant());
        CheckedAnswers checked = c.instrument().check(c.answers());
        List<ItemAnswer> items = checked.values().entrySet().stream()
                .map(e -> new ItemAnswer(e.getKey(), e.getValue())).toList();
        List<OpenAnswer> texts = checked.texts().entrySet().stream()
                .map(e -> new OpenAnswer(e.getKey(), vault.seal(textSubject(c.responseId()), e.getValue()))).toList();
        apply(new AnswersSubmitted(c.window().roundId(), c.window().board(), c.window().school(), c.responseId(),
                c.classLabel(), c.yearGroup(), items, texts));
    }

    /** Open text may name people: it is sealed under the response's own key and can be erased alone. */
    public static String textSubject(UUID responseId) {
        return "survey/response/" + responseId;
    }

    @EventSourcingHandler
    void on(AnswersSubmitted e) {
        id = e.responseId();
    }
}

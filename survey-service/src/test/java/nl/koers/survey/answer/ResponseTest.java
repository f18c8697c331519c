package nl.koers.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.survey.AnswersSubmitted;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.error.Violations;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import nl.koers.survey.MutableClock;
import nl.koers.survey.instrument.BuiltInInstrumentTest;
import nl.koers.survey.instrument.GivenAnswer;
import nl.koers.survey.instrument.Instrument;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseTest {
    static final Instant OPENS = Instant.parse("2027-03-01T07:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-03-22T17:00:00Z");
    static final Instrument INSTRUMENT = BuiltInInstrumentTest.load("koers-leerlingen");
    static final RoundWindow WINDOW = new RoundWindow(RoundId.generate(), new BoardId("41001"), new SchoolId("12AB00"),
            OPENS, CLOSES, false);
    private final UUID id = UUID.randomUUID();
    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-10T09:00:00Z"));
    private AggregateTestFixture<Response> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Response.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(clock);
    }

    void at(Instant now) {
        clock.set(now);
    }

    SubmitAnswers submit(RoundWindow window, List<GivenAnswer> answers) {
        return new SubmitAnswers(id, window, INSTRUMENT, "groep 7a", 7, answers);
    }

    static List<GivenAnswer> complete() {
        List<GivenAnswer> answers = new ArrayList<>();
        INSTRUMENT.questions().forEach(q -> answers.add(q.type().isOpen() ? GivenAnswer.text(q.id(), "Het is fijn hier.")
                : GivenAnswer.number(q.id(), q.type() == nl.koers.survey.instrument.QuestionType.YES_NO ? 0 : 4)));
        return answers;
    }

    @Test
    void a_pupil_answers_anonymously_inside_the_window() {
        fixture.givenNoPriorActivity().when(submit(WINDOW, complete())).expectSuccessfulHandlerExecution();
        AnswersSubmitted submitted = submitted();
        assertThat(submitted.responseId()).isEqualTo(id);
        assertThat(submitted.classLabel()).isEqualTo("groep 7a");
        assertThat(submitted.answers()).hasSize(INSTRUMENT.questions().size() - 1);
        assertThat(submitted.openAnswers()).singleElement().satisfies(open -> {
            assertThat(open.text().subject()).isEqualTo(Response.textSubject(id));
            assertThat(open.text().ciphertext()).doesNotContain("fijn");
            assertThat(vault.open(open.text())).contains("Het is fijn hier.");
        });
    }

    @Test
    void an_answer_before_the_window_opens_is_refused() {
        at(OPENS.minusSeconds(1));
        fixture.givenNoPriorActivity().when(submit(WINDOW, complete()))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "Deze vragenlijst is nog niet open. Probeer het later nog eens.").expectNoEvents();
    }

    @Test
    void an_answer_after_the_window_closed_is_refused() {
        at(CLOSES);
        fixture.givenNoPriorActivity().when(submit(WINDOW, complete()))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "Deze vragenlijst is gesloten. Je kunt niet meer meedoen.").expectNoEvents();
    }

    @Test
    void an_answer_to_a_round_closed_early_is_refused() {
        RoundWindow closed = new RoundWindow(WINDOW.roundId(), WINDOW.board(), WINDOW.school(), OPENS, CLOSES, true);
        fixture.givenNoPriorActivity().when(submit(closed, complete()))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void partial_answers_are_accepted_when_the_instrument_allows_it() {
        fixture.givenNoPriorActivity().when(submit(WINDOW, List.of(GivenAnswer.number("veilig-school", 5))))
                .expectSuccessfulHandlerExecution();
        assertThat(submitted().answers()).containsExactly(new AnswersSubmitted.ItemAnswer("veilig-school", 5));
    }

    @Test
    void a_required_question_must_be_answered_even_when_partial_answers_are_allowed() {
        fixture.givenNoPriorActivity().when(submit(WINDOW, List.of(GivenAnswer.number("fijn-school", 5))))
                .expectException(Violations.class).expectNoEvents();
    }

    @Test
    void unknown_questions_out_of_range_values_and_wrong_types_are_refused_each_with_a_message_for_the_pupil() {
        List<GivenAnswer> answers = new ArrayList<>(complete());
        answers.add(GivenAnswer.number("bestaat-niet", 3));
        answers.set(1, GivenAnswer.number("veilig-klas", 6));
        answers.set(2, GivenAnswer.text("veilig-buiten", "vier"));
        answers.set(3, GivenAnswer.wrongType("veilig-onderweg"));
        fixture.givenNoPriorActivity().when(submit(WINDOW, answers)).expectException(Violations.class)
                .expectNoEvents();
        assertThat(caught(answers).errors()).extracting(Violations.Violation::field, Violations.Violation::reason)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("answers.bestaat-niet",
                                    "Deze vraag hoort niet bij deze vragenlijst."),
                            org.assertj.core.groups.Tuple.tuple("answers.veilig-klas", "Kies een antwoord van 1 tot en met 5."),
                            org.assertj.core.groups.Tuple.tuple("answers.veilig-buiten", "Kies een antwoord van 1 tot en met 5."),
                            org.assertj.core.groups.Tuple.tuple("answers.veilig-onderweg", "Kies een antwoord van 1 tot en met 5."));
    }

    @Test
    void script_or_markup_in_open_text_is_refused_not_stored() {
        List<GivenAnswer> answers = new ArrayList<>(complete());
        answers.removeIf(a -> a.questionId().equals("open-vertellen"));
        answers.add(GivenAnswer.text("open-vertellen", "<script>alert('hoi')</script>"));
        fixture.givenNoPriorActivity().when(submit(WINDOW, answers)).expectException(Violations.class).expectNoEvents();
        assertThat(caught(answers).errors()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("answers.open-vertellen"));
    }

    @Test
    void a_heart_is_not_markup() {
        List<GivenAnswer> answers = new ArrayList<>(complete());
        answers.removeIf(a -> a.questionId().equals("open-vertellen"));
        answers.add(GivenAnswer.text("open-vertellen", "ik vind mijn klas leuk <3"));
        fixture.givenNoPriorActivity().when(submit(WINDOW, answers)).expectSuccessfulHandlerExecution();
    }

    private Violations caught(List<GivenAnswer> answers) {
        try {
            INSTRUMENT.check(answers);
            throw new AssertionError("expected violations");
        } catch (Violations v) {
            return v;
        }
    }

    private AnswersSubmitted submitted() {
        return (AnswersSubmitted) fixture.getEventStore().readEvents(id.toString()).asStream()
                .findFirst().orElseThrow().getPayload();
    }
}

package nl.koers.survey.answer.web;

import java.util.List;
import java.util.UUID;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.UserId;
import nl.koers.survey.answer.RoundWindow;
import nl.koers.survey.answer.SubmitAnswers;
import nl.koers.survey.code.AccessCode;
import nl.koers.survey.code.store.AccessCodeTable;
import nl.koers.survey.code.store.AccessCodeTable.CodeRow;
import nl.koers.survey.instrument.GivenAnswer;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.store.InstrumentStore;
import nl.koers.survey.round.store.RoundRow;
import nl.koers.survey.round.store.RoundTable;
import java.time.Clock;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public answer path. In one transaction: find the code's round, share-lock the round row (closing waits for
 * answers in flight), use the code up, and store the response. Any refusal rolls everything back, the code included,
 * so a pupil whose answers were refused can correct them and send again.
 */
@Service
class AnswerIntake {
    /** The actor of every answer event: no account, no name. */
    static final UserId PUPIL = new UserId("anonymous-pupil");

    private final AccessCodeTable codes;
    private final RoundTable rounds;
    private final InstrumentStore instruments;
    private final CommandGateway commands;
    private final Clock clock;

    AnswerIntake(AccessCodeTable codes, RoundTable rounds, InstrumentStore instruments, CommandGateway commands,
                 Clock clock) {
        this.codes = codes;
        this.rounds = rounds;
        this.instruments = instruments;
        this.commands = commands;
        this.clock = clock;
    }

    @Transactional
    public void submit(String typedCode, List<GivenAnswer> answers) {
        AccessCode code = AccessCode.parse(typedCode).orElseThrow(AnswerIntake::unknown);
        CodeRow row = codes.find(code).orElseThrow(AnswerIntake::unknown);
        if (row.used()) {
            throw used();
        }
        RoundRow round = rounds.lockForAnswer(row.roundId()).orElseThrow(AnswerIntake::unknown);
        Instrument instrument = instrumentOf(round);
        window(round).requireOpen(clock.instant());
        if (!codes.consume(code)) {
            throw used();
        }
        SubmitAnswers command = new SubmitAnswers(UUID.randomUUID(), window(round), instrument, row.classLabel(),
                row.yearGroup(), answers);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(round.board(), round.school(), PUPIL)));
    }

    /** The questions behind a code, without using it up. */
    @Transactional(readOnly = true)
    public PublicQuestions questions(String typedCode) {
        AccessCode code = AccessCode.parse(typedCode).orElseThrow(AnswerIntake::unknown);
        CodeRow row = codes.find(code).orElseThrow(AnswerIntake::unknown);
        if (row.used()) {
            throw used();
        }
        RoundRow round = rounds.find(row.roundId()).orElseThrow(AnswerIntake::unknown);
        window(round).requireOpen(clock.instant());
        return PublicQuestions.of(instrumentOf(round), round.closesAt());
    }

    private Instrument instrumentOf(RoundRow round) {
        return instruments.find(round.instrumentId(), round.instrumentVersion()).orElseThrow(AnswerIntake::unknown);
    }

    private static RoundWindow window(RoundRow round) {
        return new RoundWindow(round.roundId(), round.board(), round.school(), round.opensAt(), round.closesAt(),
                round.closed());
    }

    private static NotFound unknown() {
        return new NotFound("code", "Deze code kennen we niet. Kijk of je hem goed hebt overgetypt.");
    }

    private static Conflict used() {
        return new Conflict("code", "Deze code is al gebruikt. Elke code werkt maar één keer.");
    }
}

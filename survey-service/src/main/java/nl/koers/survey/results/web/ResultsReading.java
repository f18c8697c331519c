package nl.koers.survey.results.web;

import java.util.Set;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.store.InstrumentStore;
import nl.koers.survey.results.RoundResults;
import nl.koers.survey.results.store.RoundResultsQuery;
import nl.koers.survey.round.store.RoundRow;
import nl.koers.survey.round.store.RoundTable;
import nl.koers.survey.round.web.Rounds;
import nl.koers.survey.settings.SurveySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a closed round. While a round runs only response counts are shown: results that change with every
 * answer would let someone who watches them before and after one pupil answers read that pupil's answers (ADR 0032).
 */
@Service
public class ResultsReading {
    public static final Set<Role> READERS = Set.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    private final Rounds rounds;
    private final RoundTable table;
    private final InstrumentStore instruments;
    private final RoundResultsQuery query;
    private final SurveySettings settings;

    ResultsReading(Rounds rounds, RoundTable table, InstrumentStore instruments, RoundResultsQuery query,
                   SurveySettings settings) {
        this.rounds = rounds;
        this.table = table;
        this.instruments = instruments;
        this.query = query;
        this.settings = settings;
    }

    /** A closed round of the school, the caller checked; with its instrument and results. */
    public record ClosedRound(RoundRow round, Instrument instrument, RoundResults results) {
    }

    @Transactional(readOnly = true)
    public ClosedRound closedRound(TenantScope scope, SchoolId school, RoundId id) {
        RoundRow round = rounds.get(scope, school, id, READERS);
        if (!round.closed()) {
            throw new RuleViolation("roundId", "results are shown once the round is closed; "
                    + "until then the response rate shows which classes still have to answer");
        }
        Instrument instrument = instruments.find(round.instrumentId(), round.instrumentVersion()).orElseThrow();
        return new ClosedRound(round, instrument, query.results(id, instrument, settings.minimumGroupSize()));
    }

    @Transactional(readOnly = true)
    public ResultsView view(TenantScope scope, SchoolId school, RoundId id) {
        ClosedRound closed = closedRound(scope, school, id);
        var previous = table.previous(closed.round());
        return ResultsView.of(closed, query.respondents(id), previous.map(RoundRow::roundId),
                previous.map(round -> query.publishedScales(round.roundId())).orElse(java.util.Map.of()),
                query.boardAverages(closed.round().board(), closed.round().schoolYear(), closed.round().audience(),
                        closed.results().minimumGroupSize()));
    }
}

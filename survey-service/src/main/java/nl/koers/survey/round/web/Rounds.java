package nl.koers.survey.round.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.survey.code.AccessCode;
import nl.koers.survey.code.store.AccessCodeTable;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.store.InstrumentStore;
import nl.koers.survey.results.RoundResults;
import nl.koers.survey.results.store.RoundResultsQuery;
import nl.koers.survey.round.CloseRound;
import nl.koers.survey.round.IssueCodes;
import nl.koers.survey.round.OpenRound;
import nl.koers.survey.round.store.RoundRow;
import nl.koers.survey.round.store.RoundTable;
import nl.koers.survey.settings.SurveySettings;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, code batches and closing of rounds, with the tenant check on every call. */
@Service
public class Rounds {
    public static final Set<Role> MANAGERS = Set.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    static final String DEFAULT_INSTRUMENT = "koers-leerlingen";
    static final String DEFAULT_SPECIAL_INSTRUMENT = "koers-leerlingen-eenvoudig";
    static final String DEFAULT_STAFF_INSTRUMENT = "koers-personeel";
    /** The round closes itself at the end of its window; this is the actor of that event. */
    static final UserId CLOCK = new UserId("koers-scheduler");
    private static final Pattern CLASS_LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/()-]{0,39}");

    private final CommandGateway commands;
    private final SchoolAccess access;
    private final RoundTable rounds;
    private final InstrumentStore instruments;
    private final AccessCodeTable codes;
    private final RoundResultsQuery results;
    private final SurveySettings settings;
    private final Clock clock;

    Rounds(CommandGateway commands, SchoolAccess access, RoundTable rounds, InstrumentStore instruments,
           AccessCodeTable codes, RoundResultsQuery results, SurveySettings settings, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.rounds = rounds;
        this.instruments = instruments;
        this.codes = codes;
        this.results = results;
        this.settings = settings;
        this.clock = clock;
    }

    public RoundId open(TenantScope scope, SchoolId school, OpenRoundRequest request) {
        BoardId board = access.require(scope, school, MANAGERS);
        if (request.audience() == null) {
            throw new InvalidInput("audience", "is required: " + List.of(Audience.values()));
        }
        Instrument instrument = instrument(request);
        RoundId id = RoundId.generate();
        send(new OpenRound(id, board, school, instrument.id(), instrument.version(), instrument.audiences(),
                request.audience(), request.opensAt(), request.closesAt(), scope.user()), board, school, scope.user());
        return id;
    }

    private Instrument instrument(OpenRoundRequest request) {
        String id = request.instrumentId() != null ? request.instrumentId() : switch (request.audience()) {
            case PUPILS_SPECIAL -> DEFAULT_SPECIAL_INSTRUMENT;
            case STAFF -> DEFAULT_STAFF_INSTRUMENT;
            default -> DEFAULT_INSTRUMENT; // parents: no default yet, the instrument's audiences refuse it
        };
        int version = request.instrumentVersion() != null ? request.instrumentVersion() : instruments.latestVersion(id);
        return instruments.find(id, version)
                .orElseThrow(() -> new NotFound("instrumentId", "instrument " + id + " version " + version));
    }

    public List<RoundRow> list(TenantScope scope, SchoolId school) {
        access.require(scope, school, MANAGERS);
        return rounds.ofSchool(school);
    }

    public RoundRow get(TenantScope scope, SchoolId school, RoundId id, Set<Role> roles) {
        access.require(scope, school, roles);
        return rounds.find(id).filter(round -> round.school().equals(school))
                .orElseThrow(() -> new NotFound("roundId", "round " + id));
    }

    /** Issues a batch; the codes are returned this once and stored only as hashes (print them now). */
    @Transactional
    public List<AccessCode> issueCodes(TenantScope scope, SchoolId school, RoundId id, IssueCodesRequest request) {
        RoundRow round = get(scope, school, id, MANAGERS);
        if (request.classLabel() == null || !CLASS_LABEL.matcher(request.classLabel().strip()).matches()) {
            throw new InvalidInput("classLabel", "the class as the school names it, e.g. 'groep 7a' (max 40 characters)");
        }
        if (request.yearGroup() == null || request.yearGroup() < 0 || request.yearGroup() > 8) {
            throw new InvalidInput("yearGroup", "groep or leerjaar 1 to 8 (0 when the class has none)");
        }
        if (request.count() == null) {
            throw new InvalidInput("count", "is required");
        }
        String label = request.classLabel().strip();
        // The aggregate decides first (round open, 1 to 60 codes); only then are codes made.
        send(new IssueCodes(id, UUID.randomUUID(), label, request.yearGroup(), request.count()), round.board(), school,
                scope.user());
        List<AccessCode> batch = new ArrayList<>();
        for (int i = 0; i < request.count(); i++) {
            batch.add(AccessCode.generate());
        }
        codes.store(id, label, request.yearGroup(), batch);
        return batch;
    }

    @Transactional
    public void close(TenantScope scope, SchoolId school, RoundId id) {
        get(scope, school, id, MANAGERS);
        close(id, scope.user());
    }

    /**
     * Closes with the results as they stand: the round row is locked first, so answers in flight commit before the
     * results are taken and later ones find the round closed.
     */
    @Transactional
    public void close(RoundId id, UserId actor) {
        RoundRow round = rounds.lockForClose(id).orElseThrow(() -> new NotFound("roundId", "round " + id));
        if (round.closed()) {
            throw new Conflict("roundId", "the round is closed; a closed round is final");
        }
        Instrument instrument = instruments.find(round.instrumentId(), round.instrumentVersion()).orElseThrow();
        RoundResults now = results.results(id, instrument, settings.minimumGroupSize());
        send(new CloseRound(id, results.respondents(id), now.schoolScales()), round.board(), round.school(), actor);
    }

    /** The rounds whose window has ended, closed by the clock. */
    public List<RoundId> ended() {
        return rounds.endedButOpen(clock.instant()).stream().map(RoundRow::roundId).toList();
    }

    private void send(Object command, BoardId board, SchoolId school, UserId actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(EventMetaData.of(board, school, actor)));
    }
}

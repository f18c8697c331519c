package nl.koers.survey.results.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.survey.answer.Response;
import nl.koers.survey.instrument.Question;
import nl.koers.survey.results.store.RoundResultsQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pupils' open answers of a closed round, for the school as a whole: no class, in an order unrelated to when they
 * were given, and only when the school reached the minimum group size. A text that names someone is erased by
 * deleting its response's key (crypto-shredding): unreadable here and in every copy of the event.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/surveys/rounds/{roundId}/open-answers")
class OpenAnswersController {
    private final ResultsReading reading;
    private final RoundResultsQuery query;
    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    OpenAnswersController(ResultsReading reading, RoundResultsQuery query, JdbcTemplate jdbc, PersonalDataVault vault) {
        this.reading = reading;
        this.query = query;
        this.jdbc = jdbc;
        this.vault = vault;
    }

    record OpenAnswer(String responseId, String questionId, String question, String text) {
    }

    record View(boolean suppressed, List<OpenAnswer> answers) {
    }

    @GetMapping
    View read(@PathVariable SchoolId schoolId, @PathVariable String roundId) {
        RoundId id = RoundId.parse(roundId);
        ResultsReading.ClosedRound closed = reading.closedRound(TenantScopes.current(), schoolId, id);
        if (query.respondents(id) < closed.results().minimumGroupSize().value()) {
            return new View(true, List.of());
        }
        List<OpenAnswer> answers = jdbc.query("""
                select response_id, question_id, subject, ciphertext from survey_open_answer where round_id = ?
                order by question_id, md5(response_id::text)""", (rs, i) -> {
            String questionId = rs.getString("question_id");
            String responseId = rs.getString("response_id");
            Optional<String> text = vault.open(new SealedText(rs.getString("subject"), rs.getString("ciphertext")));
            return text.map(t -> new OpenAnswer(responseId, questionId,
                    closed.instrument().question(questionId).map(Question::text).orElse(questionId), t)).orElse(null);
        }, id.value()).stream().filter(java.util.Objects::nonNull).toList();
        return new View(false, answers);
    }

    /** Erases one response's open text (e.g. it names a pupil); the closed answers of that response stay. */
    @PostMapping("/{responseId}/erasure")
    ResponseEntity<Void> erase(@PathVariable SchoolId schoolId, @PathVariable String roundId,
                               @PathVariable String responseId) {
        RoundId id = RoundId.parse(roundId);
        reading.closedRound(TenantScopes.current(), schoolId, id);
        UUID response = parse(responseId);
        Integer found = jdbc.queryForObject("select count(*) from survey_open_answer where round_id = ? and response_id = ?",
                Integer.class, id.value(), response);
        if (found == null || found == 0) {
            throw new NotFound("responseId", "no open answer " + responseId + " in this round");
        }
        vault.erase(Response.textSubject(response));
        return ResponseEntity.noContent().build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("responseId", "is not a valid id");
        }
    }
}

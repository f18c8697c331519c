package nl.koers.survey.answer.store;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.contracts.survey.AnswersSubmitted;
import nl.koers.contracts.survey.Scale;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.store.InstrumentStore;
import nl.koers.survey.round.store.RoundTable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * One row per response, written with the event in the same transaction: results and response rates are current the
 * moment an answer is accepted, and rows are only ever appended (no counter row that every pupil would update).
 */
@Component
@ProcessingGroup("survey-read-models")
class ResponseTable {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RoundTable rounds;
    private final InstrumentStore instruments;

    ResponseTable(JdbcTemplate jdbc, ObjectMapper json, RoundTable rounds, InstrumentStore instruments) {
        this.jdbc = jdbc;
        this.json = json;
        this.rounds = rounds;
        this.instruments = instruments;
    }

    @EventHandler
    void on(AnswersSubmitted e) {
        String[] instrumentOf = rounds.instrumentOf(e.roundId());
        Instrument instrument = instruments.find(instrumentOf[0], Integer.parseInt(instrumentOf[1])).orElseThrow();
        Map<String, Integer> values = new LinkedHashMap<>();
        e.answers().forEach(answer -> values.put(answer.questionId(), answer.value()));
        Map<Scale, Double> scales = instrument.scaleScores(values);
        jdbc.update("insert into survey_response (response_id, round_id, class_label, year_group, answers, scales) "
                        + "values (?, ?, ?, ?, ?::jsonb, ?::jsonb)", e.responseId(), e.roundId().value(), e.classLabel(),
                e.yearGroup(), json.writeValueAsString(values), json.writeValueAsString(scales));
        for (AnswersSubmitted.OpenAnswer open : e.openAnswers()) {
            jdbc.update("insert into survey_open_answer (response_id, round_id, question_id, subject, ciphertext) "
                            + "values (?, ?, ?, ?, ?)", e.responseId(), e.roundId().value(), open.questionId(),
                    open.text().subject(), open.text().ciphertext());
        }
    }
}

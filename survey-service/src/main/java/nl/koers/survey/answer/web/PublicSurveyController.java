package nl.koers.survey.answer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koers.platform.error.InvalidInput;
import nl.koers.survey.instrument.GivenAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The anonymous pupil API, reached through the gateway's public route (rate-limited per code and per address).
 * No token, no cookie; the access code in the path is the only credential. Nothing about the caller is stored.
 */
@RestController
@RequestMapping("/api/public/surveys/{code}")
class PublicSurveyController {
    static final int MAX_ANSWERS = 200;
    private final AnswerIntake intake;

    PublicSurveyController(AnswerIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/questions")
    PublicQuestions questions(@PathVariable String code) {
        return intake.questions(code);
    }

    /** Body: {@code {"answers": {"<questionId>": 4, "<openQuestionId>": "tekst"}}}. */
    @PostMapping(path = "/answers", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> answer(@PathVariable String code, @RequestBody JsonNode body) {
        intake.submit(code, given(body));
        return Map.of("message", "Bedankt! Je antwoorden zijn ontvangen.");
    }

    private static List<GivenAnswer> given(JsonNode body) {
        JsonNode answers = body == null ? null : body.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new InvalidInput("answers", "Stuur je antwoorden als {\"answers\": {\"vraag\": antwoord}}.");
        }
        if (answers.size() > MAX_ANSWERS) {
            throw new InvalidInput("answers", "te veel antwoorden");
        }
        List<GivenAnswer> given = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : answers.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue; // skipped on purpose
            }
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                given.add(GivenAnswer.number(entry.getKey(), value.intValue()));
            } else if (value.isString()) {
                given.add(GivenAnswer.text(entry.getKey(), value.stringValue()));
            } else {
                given.add(GivenAnswer.wrongType(entry.getKey()));
            }
        }
        return given;
    }
}

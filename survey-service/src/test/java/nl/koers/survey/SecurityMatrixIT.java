package nl.koers.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.security.SecurityMatrix;
import nl.koers.platform.test.security.SecurityMatrix.Call;
import nl.koers.platform.test.security.SecurityMatrix.Target;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every survey endpoint x every role x own school / other school / other board, from docs/security.md. Each call
 * gets a round in the state its endpoint needs (prepared by the target school's own board admin), so an allowed
 * call really succeeds and a refused one is refused for who is asking, not for the state of the round.
 */
class SecurityMatrixIT extends SurveyIntegration {

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        return SecurityMatrix.tests("survey-service", call -> {
            String round = prepared(call);
            String path = call.path().replace("{roundId}", round)
                    .replace("{responseId}", call.rule().path().contains("{responseId}") ? response(round) : "")
                    .replace("{instrumentId}", "koers-leerlingen").replace("{version}", "1")
                    .replace("{code}", call.rule().id().startsWith("survey.public") ? code(call.target()) : "x");
            return switch (call.rule().method()) {
                case "GET" -> Http.get(url(path), call.token());
                case "POST" -> Http.post(url(path), call.token(), body(call));
                case "PUT" -> put(path, call.token(), "{\"minimumGroupSize\":10}");
                default -> throw new IllegalArgumentException(call.rule().method());
            };
        });
    }

    /** A round of the target school in the state the endpoint needs. */
    private String prepared(Call call) {
        if (!call.rule().path().contains("{roundId}")) {
            return "";
        }
        String admin = boardAdmin(call.target().board);
        String school = call.target().school;
        String round = openRound(admin, school);
        String id = call.rule().id();
        if (id.startsWith("survey.open-answers")) {
            // The school reaches the minimum group size, one pupil wrote an open answer.
            answerAll(issueCodes(admin, school, round, "groep 6", 6, 10), 4);
        }
        if (id.startsWith("survey.results") || id.startsWith("survey.open-answers") || id.equals("survey.delivery.summary")
                || id.equals("survey.delivery.deliver")) {
            assertThat(close(admin, school, round).status()).isEqualTo(200);
        }
        if (id.equals("survey.delivery.deliver")) {
            assertThat(Http.post(url(rounds(school) + "/" + round + "/delivery-consent"), admin, "").status())
                    .isEqualTo(201);
        }
        return round;
    }

    private String response(String round) {
        return jdbc.queryForList("select response_id::text from survey_open_answer where round_id = ?::uuid limit 1",
                String.class, round).get(0);
    }

    private String code(Target target) {
        String admin = boardAdmin(target.board);
        return issueCodes(admin, target.school, openRound(admin, target.school), "groep 6", 6, 1).get(0);
    }

    private static String body(Call call) {
        return switch (call.rule().id()) {
            case "survey.round.open" -> """
                    {"audience":"PUPILS_PRIMARY","opensAt":"%s","closesAt":"%s"}""".formatted(
                    java.time.Instant.now(), java.time.Instant.now().plusSeconds(86_400));
            case "survey.codes.issue" -> "{\"classLabel\":\"groep 6\",\"yearGroup\":6,\"count\":3}";
            case "survey.public.answer" -> answers(4);
            case "survey.instruments.publish" -> """
                    {"id":"matrix-%d","version":1,"title":"Matrix","audiences":["STAFF"],"allowPartial":true,
                     "questions":[{"id":"q1","text":"Vraag","type":"YES_NO","scale":"PERCEIVED_SAFETY",
                     "reversed":false,"required":false}]}""".formatted(System.nanoTime());
            default -> "";
        };
    }

    private Http.Response put(String path, String token, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build());
        return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

}

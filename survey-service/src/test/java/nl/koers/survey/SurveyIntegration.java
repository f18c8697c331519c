package nl.koers.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TopicReader;
import nl.koers.platform.test.security.SecurityMatrix;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The survey-service on real PostgreSQL and Kafka, one application context shared by every integration test class
 * (same configuration, same database), with a clock the tests can set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SurveyIntegration.TestClock.class)
public abstract class SurveyIntegration {
    public static final String BOARD_A = SecurityMatrix.BOARD_A;
    public static final String BOARD_B = SecurityMatrix.BOARD_B;
    /** A board of its own for the full scenario (board averages need three schools with results). */
    public static final String BOARD_C = "41003";
    private static final Pattern CODE = Pattern.compile("\"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5})\"");

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(null);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "survey_it");
        registry.add("koers.survey.closing-interval", () -> "1h"); // tests call the closing job themselves
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        SecurityMatrix.onboardTargets(directory);
        TenantFixtures.onboardAndAwait(directory, BOARD_C, "14CA00", "14CB00", "14CC00");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected static String coordinator(String board, String school) {
        return TestTokens.issuer().token("coordinator-" + school, board, List.of(school), "coordinator");
    }

    protected static String boardAdmin(String board) {
        return TestTokens.issuer().token("admin-" + board, board, List.of(), "board-admin");
    }

    /** Opens a round that runs from an hour ago for a week; returns its id. */
    protected String openRound(String token, String school, Instant opensAt) {
        Http.Response opened = Http.post(url("/api/schools/" + school + "/surveys/rounds"), token, """
                {"audience":"PUPILS_PRIMARY","opensAt":"%s","closesAt":"%s"}"""
                .formatted(opensAt, Instant.now().plus(Duration.ofDays(7))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll(".*\"roundId\":\"([^\"]+)\".*", "$1");
    }

    protected String openRound(String token, String school) {
        return openRound(token, school, Instant.now().minus(Duration.ofHours(1)));
    }

    protected String rounds(String school) {
        return "/api/schools/" + school + "/surveys/rounds";
    }

    protected List<String> issueCodes(String token, String school, String round, String classLabel, int yearGroup,
                                      int count) {
        Http.Response issued = Http.post(url(rounds(school) + "/" + round + "/code-batches"), token,
                "{\"classLabel\":\"%s\",\"yearGroup\":%d,\"count\":%d}".formatted(classLabel, yearGroup, count));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(issued.body());
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        assertThat(codes).hasSize(count);
        return codes;
    }

    /** A pupil's answers: every closed question of the default instrument with the given Likert value. */
    protected static String answers(int likert) {
        return """
                {"answers":{"veilig-school":%1$d,"veilig-klas":%1$d,"veilig-buiten":%1$d,"fijn-school":%1$d,
                 "vrienden":%1$d,"leraar-terecht":%1$d,"weet-bij-wie":1,"gepest":%2$d,"gepest-online":1,
                 "geweld":0,"bedreigd":0,"open-vertellen":"Ik vind het fijn op school."}}"""
                .formatted(likert, 6 - likert);
    }

    protected Http.Response answer(String code, String body) {
        return Http.post(url("/api/public/surveys/" + code + "/answers"), null, body);
    }

    protected void answerAll(List<String> codes, int likert) {
        for (String code : codes) {
            Http.Response response = answer(code, answers(likert));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
    }

    protected Http.Response close(String token, String school, String round) {
        return Http.post(url(rounds(school) + "/" + round + "/close"), token, "");
    }

    protected static List<ConsumerRecord<String, String>> published(int atLeast) {
        return TopicReader.read(TestKafka.bootstrapServers(), "koers.survey.events", atLeast, Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    protected long storedResponses() {
        return jdbc.queryForObject("select count(*) from survey_response", Long.class);
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newHttpClient().send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    }
}

package nl.koers.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koers.deploy.e2e.Spine;
import nl.koers.platform.test.TestTracing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser logs in through the gateway at the real Keycloak (the run command's distribution and realm) and uses
 * incident-service and projection-service through it: every redirect followed by hand, every response kept and
 * searched for tokens.
 */
class GatewayLoginIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final String SECURITY_HEADERS_CSP_START = "default-src 'self'; frame-ancestors 'none'; object-src 'none'";

    static GatewayPlatform platform;

    @BeforeAll
    static void start() {
        platform = GatewayPlatform.start();
        System.out.printf("gateway: healthy %.1f s after launch%n", platform.gatewayStartSeconds);
        platform.onboard("41001", "12AB00");
        platform.onboard("41001", "12AC00");
        platform.onboard("41002", "13BA00");
    }

    @AfterAll
    static void stop() {
        if (platform != null) platform.close();
    }

    @Test
    void staff_logs_in_reports_an_incident_and_sees_the_own_school_and_nothing_of_another_board() {
        Browser browser = new Browser();
        login(browser, "staff-12ab00");

        Browser.Page me = browser.get(platform.gateway("/api/me"));
        assertThat(me.status()).isEqualTo(200);
        JsonNode who = JSON.readTree(me.body());
        assertThat(who.at("/user/username").asString()).isEqualTo("staff-12ab00");
        assertThat(who.at("/board").asString()).isEqualTo("41001");
        assertThat(who.at("/schools").toString()).isEqualTo("[\"12AB00\"]");
        assertThat(who.at("/roles").toString()).isEqualTo("[\"staff\"]");

        long before = awaitCount(browser, "12AB00", "BULLYING");
        Browser.Page reported = report(browser, "12AB00", "BULLYING", csrf(browser));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(browser, "12AB00", "BULLYING") == before + 1);

        assertThat(dashboard(browser, "12AB00").header("X-Frame-Options")).contains("DENY"); // proxied, headers set
        Browser.Page unrouted = browser.get(platform.gateway("/api/schools/12AB00/pupils"));
        assertThat(unrouted.status()).isEqualTo(404);
        assertThat(unrouted.header("Content-Type")).contains("application/problem+json");

        Browser.Page otherBoard = dashboard(browser, "13BA00");
        assertThat(otherBoard.status()).isEqualTo(404);
        assertThat(otherBoard.body()).doesNotContain("BULLYING");
        // ... while 13BA00 does exist: its own staff sees it
        Browser.Page own = dashboard(loggedIn("staff-13ba00"), "13BA00");
        assertThat(own.status()).isEqualTo(200);

        assertThat(NoTokenInBrowser.violations(browser.seen, platform.gateway("/"))).isEmpty();
    }

    /**
     * Issue 10, across real processes: the trace of a request at the gateway is continued by incident-service, carried
     * by the event through its outbox and Kafka, and is the trace of projection-service's handling of that event.
     */
    @Test
    void the_trace_of_a_report_at_the_gateway_is_the_trace_of_the_projections_handling_of_its_event() throws Exception {
        Browser browser = loggedIn("coordinator-12ac00");
        awaitCount(browser, "12AC00", "VERBAL_VIOLENCE"); // both services know the school
        String traceparent = TestTracing.newTraceparent();
        String traceId = TestTracing.traceId(traceparent);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-XSRF-TOKEN", csrf(browser));
        headers.put("traceparent", traceparent);
        Browser.Page reported = browser.post(platform.gateway("/api/schools/12AC00/incidents"), headers,
                Spine.REPORT.formatted("VERBAL_VIOLENCE"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        java.nio.file.Path log = platform.log(GatewayPlatform.Service.PROJECTION);
        String applied = await().atMost(Duration.ofSeconds(60)).until(() -> java.nio.file.Files.readAllLines(log).stream()
                .filter(line -> line.contains("applied nl.koers.incident.IncidentReported"))
                .filter(line -> line.contains("\"traceId\":\"" + traceId + "\"")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        // Only this request carries that trace id: the line is the handling of this report's event.
        assertThat(applied).startsWith("{").contains("\"schoolId\":\"12AC00\"").contains("\"boardId\":\"41001\"");
    }

    @Test
    void a_state_changing_call_without_the_csrf_token_or_with_a_wrong_one_is_refused_and_stores_nothing() {
        Browser browser = loggedIn("coordinator-12ab00");
        long sexting = awaitCount(browser, "12AB00", "SEXTING");

        Browser.Page without = report(browser, "12AB00", "SEXTING", null);
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.header("Content-Type")).contains("application/problem+json");
        assertThat(without.body()).contains("https://koers.nl/problems/csrf");
        Browser.Page wrong = report(browser, "12AB00", "SEXTING", UUID.randomUUID().toString());
        assertThat(wrong.status()).isEqualTo(403);

        // A report that does pass, after the refused ones: once the dashboard shows it, the refused ones would have too.
        long weapons = awaitCount(browser, "12AB00", "WEAPONS");
        assertThat(report(browser, "12AB00", "WEAPONS", csrf(browser)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(browser, "12AB00", "WEAPONS") == weapons + 1);
        assertThat(count(browser, "12AB00", "SEXTING")).isEqualTo(sexting);
    }

    @Test
    void the_browser_holds_only_flagged_cookies_never_a_token_and_logout_ends_both_sessions() {
        Browser browser = new Browser();
        Browser.Page first = browser.get(platform.gateway("/"));
        assertSecurityHeaders(first);
        String csrfBeforeLogin = csrf(browser);
        login(browser, "bestuur-noord");
        assertThat(csrf(browser)).as("a new CSRF token after login").isNotEqualTo(csrfBeforeLogin);

        Browser.Page cookieSet = browser.seen.stream().filter(p -> p.setCookie("KOERS_SESSION").isPresent())
                .reduce((a, b) -> b).orElseThrow();
        String sessionCookie = cookieSet.setCookie("KOERS_SESSION").orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .doesNotContainIgnoringCase("; Secure"); // plain http here; Secure when the request is HTTPS
        String csrfCookie = browser.seen.stream().flatMap(p -> p.setCookie("XSRF-TOKEN").stream()).findFirst().orElseThrow();
        assertThat(csrfCookie).doesNotContainIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        JsonNode who = JSON.readTree(browser.get(platform.gateway("/api/me")).body());
        assertThat(who.at("/board").asString()).isEqualTo("41001");
        assertThat(who.at("/schools").toString()).isEqualTo("[]");
        assertThat(who.at("/roles").toString()).isEqualTo("[\"board-admin\"]");
        assertThat(dashboard(browser, "12AC00").status()).isEqualTo(200);
        assertThat(platform.admin.sessions("bestuur-noord")).isPositive();
        String session = browser.cookie("localhost", "KOERS_SESSION").orElseThrow();

        Browser.Page logout = browser.post(platform.gateway("/logout"), Map.of("X-XSRF-TOKEN", csrf(browser)), "");
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).isEqualTo(platform.gateway("/"));
        assertThat(browser.cookie("localhost", "KOERS_SESSION")).as("session cookie removed").isEmpty();

        Browser.Page after = browser.get(platform.gateway("/api/me"));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).contains("application/problem+json");
        // the old session id is dead at the gateway, not only forgotten by the browser
        assertThat(sendWithCookie(platform.gateway("/api/me"), "KOERS_SESSION=" + session)).isEqualTo(401);
        // ... and at Keycloak: no SSO session left, so a new login asks for the password again
        assertThat(platform.admin.sessions("bestuur-noord")).isZero();
        Browser.Page again = browser.get(browser.get(platform.gateway("/oauth2/authorization/keycloak")).location());
        assertThat(again.status()).isEqualTo(200);
        assertThat(LOGIN_FORM.matcher(again.body()).find()).isTrue();

        assertThat(NoTokenInBrowser.violations(browser.seen, platform.gateway("/"))).isEmpty();
    }

    @Test
    void without_a_session_the_api_answers_401_problem_and_pages_redirect_to_the_login() {
        Browser browser = new Browser();
        for (String path : new String[] {"/api/me", "/api/schools/12AB00/dashboard", "/api/boards/41001/schools"}) {
            Browser.Page page = browser.get(platform.gateway(path));
            assertThat(page.status()).as(path).isEqualTo(401);
            assertThat(page.header("Content-Type")).contains("application/problem+json");
            assertThat(page.header("Location")).isEmpty();
            assertSecurityHeaders(page);
        }
        Browser.Page page = browser.get(platform.gateway("/rapportages"), Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo(platform.gateway("/oauth2/authorization/keycloak"));
    }

    @Test
    void an_access_token_about_to_expire_is_refreshed_with_the_refresh_token_before_it_is_relayed() {
        // Tokens of 30 s are inside Spring's 60 s clock-skew margin: the gateway treats them as expired at once.
        platform.admin.recordEvents("LOGIN", "CODE_TO_TOKEN", "REFRESH_TOKEN", "LOGOUT");
        platform.admin.clientAttribute("koers-gateway", "access.token.lifespan", "30");
        try {
            Browser browser = loggedIn("staff-12ac00");
            assertThat(platform.admin.events("staff-12ac00", "koers-gateway", "REFRESH_TOKEN").size()).isZero();
            await().atMost(Duration.ofSeconds(60)).until(() -> dashboard(browser, "12AC00").status() == 200);
            assertThat(platform.admin.events("staff-12ac00", "koers-gateway", "REFRESH_TOKEN").size()).isPositive();
            assertThat(browser.get(platform.gateway("/api/me")).status()).isEqualTo(200);
        } finally {
            platform.admin.clientAttribute("koers-gateway", "access.token.lifespan", null);
        }
    }

    @Test
    void the_token_check_finds_a_real_keycloak_token_so_its_silence_means_something() throws Exception {
        String token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.keycloak.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=koers-cli&username=staff-12ab00&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var leaked = new Browser.Page("GET", platform.gateway("/api/me"), 200, Map.of(), token);
        assertThat(NoTokenInBrowser.violations(java.util.List.of(leaked), platform.gateway("/")))
                .anySatisfy(v -> assertThat(v).contains("typ Bearer"))
                .anySatisfy(v -> assertThat(v).contains("typ Refresh"));
    }

    // --- the browser's steps ---

    /** The code flow as a browser runs it, each redirect checked; returns how long it took. */
    static Duration login(Browser browser, String user) {
        long begin = System.nanoTime();
        Browser.Page entry = browser.get(platform.gateway("/oauth2/authorization/keycloak"));
        assertThat(entry.status()).isEqualTo(302);
        URI authorize = entry.location();
        assertThat(authorize.toString()).startsWith(platform.keycloak.issuer() + "/protocol/openid-connect/auth?");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "koers-gateway")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", platform.gateway("/login/oauth2/code/keycloak").toString())
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(query.get("scope")).contains("openid");

        Browser.Page form = browser.get(authorize);
        assertThat(form.status()).isEqualTo(200);
        Browser.Page submitted = browser.postForm(formAction(form), Map.of("username", user, "password", "demo", "credentialId", ""));
        assertThat(submitted.status()).as("Keycloak accepted the password").isEqualTo(302);
        URI callback = submitted.location();
        assertThat(callback.toString()).startsWith(platform.gateway("/login/oauth2/code/keycloak").toString());
        assertThat(query(callback)).containsKeys("code", "state").containsEntry("state", query.get("state"));

        String before = browser.cookie("localhost", "KOERS_SESSION").orElseThrow();
        Browser.Page back = browser.get(callback);
        assertThat(back.status()).as(back.body()).isEqualTo(302);
        assertThat(back.location()).isEqualTo(platform.gateway("/"));
        assertThat(browser.cookie("localhost", "KOERS_SESSION")).as("a new session id after login").isPresent()
                .get().isNotEqualTo(before);
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        System.out.printf("gateway: login of %s (4 requests through gateway and Keycloak) took %d ms%n", user, took.toMillis());
        assertThat(browser.get(back.location()).status()).isEqualTo(200);
        return took;
    }

    static Browser loggedIn(String user) {
        Browser browser = new Browser();
        login(browser, user);
        return browser;
    }

    private static URI formAction(Browser.Page form) {
        Matcher tag = LOGIN_FORM.matcher(form.body());
        assertThat(tag.find()).as("Keycloak's login form").isTrue();
        Matcher action = ACTION.matcher(tag.group());
        assertThat(action.find()).isTrue();
        return form.uri().resolve(action.group(1).replace("&amp;", "&"));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static String csrf(Browser browser) {
        return browser.cookie("localhost", "XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    private static Browser.Page report(Browser browser, String school, String category, String csrf) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (csrf != null) headers.put("X-XSRF-TOKEN", csrf);
        return browser.post(platform.gateway("/api/schools/" + school + "/incidents"), headers, Spine.REPORT.formatted(category));
    }

    private static Browser.Page dashboard(Browser browser, String school) {
        return browser.get(platform.gateway("/api/schools/" + school + "/dashboard"));
    }

    /**
     * The count once both services know the school (they consume its tenant event asynchronously): the dashboard
     * answers, and an unknown incident there is "incident not found", not "school not found".
     */
    private static long awaitCount(Browser browser, String school, String category) {
        await().atMost(Duration.ofSeconds(60)).until(() -> count(browser, school, category) >= 0
                && browser.get(platform.gateway("/api/schools/" + school + "/incidents/" + UUID.randomUUID()))
                        .body().contains("\"field\":\"incidentId\""));
        return count(browser, school, category);
    }

    private static long count(Browser browser, String school, String category) {
        Browser.Page page = dashboard(browser, school);
        if (page.status() != 200) return -1;
        JsonNode count = JSON.readTree(page.body()).findValue(category);
        return count == null ? 0 : count.asLong();
    }

    private static int sendWithCookie(URI uri, String cookie) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSecurityHeaders(Browser.Page page) {
        assertThat(page.header("Content-Security-Policy")).get().asString().startsWith(SECURITY_HEADERS_CSP_START)
                .contains("form-action 'self' " + platform.keycloak.baseUrl());
        assertThat(page.header("X-Frame-Options")).contains("DENY");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("Referrer-Policy")).contains("no-referrer");
    }
}

package nl.koers.platform.test.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TestTokens.Forgery;
import org.junit.jupiter.api.DynamicTest;

/**
 * The isolation matrix, generated from the rule table in {@code docs/security.md}: for every rule of a service,
 * every role and three targets, the expected answer follows from the rule's roles and scope — not written case by
 * case. Plus, per rule, no token and every kind of invalid token. The caller is always a user of board A whose
 * school (for school-bound roles) is A's first school.
 */
public final class SecurityMatrix {
    public static final String BOARD_A = "41001";
    public static final String BOARD_B = "41002";

    public enum Scope { SCHOOL, BOARD, PLATFORM, SELF, PUBLIC }

    /** Where a call is aimed, relative to the caller (a user of board A, school 12AB00). */
    public enum Target {
        OWN_SCHOOL(BOARD_A, "12AB00"), OTHER_SCHOOL_SAME_BOARD(BOARD_A, "12AC00"), SCHOOL_OF_OTHER_BOARD(BOARD_B, "13BA00");

        public final String board;
        public final String school;

        Target(String board, String school) {
            this.board = board;
            this.school = school;
        }
    }

    public enum Outcome { ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND }

    public record Rule(String id, String service, String method, String path, Set<Role> roles, Scope scope) {
    }

    /** One request of the matrix; {@code token} is null for "no token". */
    public record Call(Rule rule, Target target, String token) {
        /** The rule's path with {@code {schoolId}} and {@code {boardId}} filled in for the target. */
        public String path() {
            return rule.path().replace("{schoolId}", target.school).replace("{boardId}", target.board);
        }
    }

    /** How a service's test performs a call (fills other path variables, sends a body). */
    @FunctionalInterface
    public interface Caller {
        Http.Response call(Call call);
    }

    private SecurityMatrix() {
    }

    /** Makes the three target schools known to the service under test, the way the tenant context does. */
    public static void onboardTargets(SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD_A, Target.OWN_SCHOOL.school, Target.OTHER_SCHOOL_SAME_BOARD.school);
        TenantFixtures.onboardAndAwait(directory, BOARD_B, Target.SCHOOL_OF_OTHER_BOARD.school);
    }

    public static List<Rule> rules(String service) {
        List<Rule> rules = parse(read(table())).stream()
                .filter(rule -> rule.service().equals(service)).toList();
        assertThat(rules).as("rules of " + service + " in " + table()).isNotEmpty();
        return rules;
    }

    public static Stream<DynamicTest> tests(String service, Caller caller) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules(service)) {
            for (Role role : Role.values()) {
                for (Target target : Target.values()) {
                    Outcome expected = expected(rule, role, target);
                    tests.add(DynamicTest.dynamicTest(rule.id() + ": " + role.claim() + " -> " + target + " is " + expected,
                            () -> check(caller.call(new Call(rule, target, token(role))), expected)));
                }
            }
            if (rule.scope() != Scope.PUBLIC) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": no token is UNAUTHORIZED",
                        () -> check(caller.call(new Call(rule, Target.OWN_SCHOOL, null)), Outcome.UNAUTHORIZED)));
                for (Forgery forgery : Forgery.values()) {
                    Role role = rule.roles().iterator().next();
                    tests.add(DynamicTest.dynamicTest(rule.id() + ": " + forgery + " token is UNAUTHORIZED",
                            () -> check(caller.call(new Call(rule, Target.OWN_SCHOOL, forged(forgery, role))),
                                    Outcome.UNAUTHORIZED)));
                }
            }
        }
        return tests.stream();
    }

    /** The rule of docs/security.md, as code. */
    public static Outcome expected(Rule rule, Role role, Target target) {
        return switch (rule.scope()) {
            case PUBLIC, SELF -> Outcome.ALLOWED;
            case PLATFORM -> role == Role.PLATFORM_ADMIN ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case BOARD -> {
                if (role == Role.PLATFORM_ADMIN || target.board.equals(BOARD_B)) {
                    yield Outcome.NOT_FOUND;
                }
                yield rule.roles().contains(role) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            }
            case SCHOOL -> {
                if (role == Role.PLATFORM_ADMIN || target == Target.SCHOOL_OF_OTHER_BOARD) {
                    yield Outcome.NOT_FOUND; // a school outside the caller's board is not there for the caller
                }
                if (!rule.roles().contains(role)) {
                    yield Outcome.FORBIDDEN;
                }
                yield role == Role.BOARD_ADMIN || target == Target.OWN_SCHOOL ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            }
        };
    }

    /** A caller of board A; school-bound roles hold school 12AB00; the platform admin has no board. */
    public static String token(Role role) {
        return role == Role.PLATFORM_ADMIN
                ? TestTokens.issuer().token("matrix-" + role.claim(), null, List.of(), role.claim())
                : TestTokens.issuer().token("matrix-" + role.claim(), BOARD_A, schoolsOf(role), role.claim());
    }

    private static String forged(Forgery forgery, Role role) {
        return TestTokens.issuer().forged(forgery, "matrix-forged", BOARD_A, schoolsOf(role), role.claim());
    }

    private static List<String> schoolsOf(Role role) {
        return EnumSet.of(Role.COORDINATOR, Role.STAFF, Role.CONFIDENTIAL_ADVISER).contains(role)
                ? List.of(Target.OWN_SCHOOL.school) : List.of();
    }

    private static void check(Http.Response response, Outcome expected) {
        switch (expected) {
            case ALLOWED -> assertThat(response.status()).as(response.body()).isBetween(200, 299);
            case UNAUTHORIZED -> assertThat(response.status()).as(response.body()).isEqualTo(401);
            case FORBIDDEN -> assertThat(response.status()).as(response.body()).isEqualTo(403);
            case NOT_FOUND -> assertThat(response.status()).as(response.body()).isEqualTo(404);
        }
        if (expected != Outcome.ALLOWED) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    static List<Rule> parse(List<String> lines) {
        return lines.stream()
                .filter(line -> line.startsWith("|"))
                .map(line -> Arrays.stream(line.split("\\|")).map(String::trim).skip(1).toList())
                .filter(cells -> cells.size() >= 6 && cells.get(3).startsWith("/"))
                .map(cells -> new Rule(cells.get(0), cells.get(1), cells.get(2), cells.get(3), roles(cells.get(4)),
                        Scope.valueOf(cells.get(5).toUpperCase(Locale.ROOT))))
                .toList();
    }

    private static Set<Role> roles(String cell) {
        if (cell.isBlank() || cell.startsWith("-") || cell.startsWith("(")) {
            return Set.of(); // "-" or "(none: why)": no role, e.g. a public route
        }
        return Arrays.stream(cell.split(",")).map(String::trim)
                .map(claim -> Role.fromClaim(claim).orElseThrow(() -> new IllegalArgumentException("unknown role " + claim)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Path table() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/security.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/security.md not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/security.md");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

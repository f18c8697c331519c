package nl.koers.deploy.local;

import java.nio.file.Path;
import java.util.List;

/** What the run command prints once everything is up: where things run, who can log in, how to try it. */
final class Summary {

    /** The demo school used in the example; it matches the realm (deploy/keycloak/koers-realm.json). */
    private static final String SCHOOL = "12AB00";

    private Summary() {}

    static String render(LocalLayout layout, LocalPostgres postgres, LocalKafka kafka, LocalKeycloak keycloak,
                         List<ServiceProcess> services, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("%n==== Koers runs locally (up in %.0f s) ====%n%n".formatted(seconds));
        services.stream().filter(service -> service.name().equals("gateway")).findFirst().ifPresent(gateway -> out.append(
                "  Open http://localhost:%d and log in as a demo user below (password demo).%n%n".formatted(gateway.port())));
        for (ServiceProcess service : services) {
            out.append(row(service.name(), "http://localhost:" + service.port(), layout, service.logFile()));
        }
        out.append(row("Keycloak", keycloak.baseUrl(), layout, layout.log("keycloak")));
        out.append(row("Kafka", kafka.bootstrapServers(), layout, layout.log("kafka")));
        out.append(row("PostgreSQL", "127.0.0.1:" + postgres.port(), layout, layout.log("postgres")));
        out.append("""

                Keycloak admin console: %s  (admin / admin)
                Token issuer:           %s
                PostgreSQL:             %s  (user postgres, no password; one database per service)

                Demo users, password "demo" for all (e-mail <user>@demo.koers.nl):
                  beheer                                  platform-admin
                  board 41001 Stichting Koers Demo Noord  bestuur-noord (board-admin), auditor-noord (auditor)
                    12AB00 OBS De Regenboog (PO)          coordinator-12ab00, staff-12ab00, vertrouwenspersoon-12ab00
                    12AC00 CBS Het Kompas (PO)            coordinator-12ac00, staff-12ac00, vertrouwenspersoon-12ac00
                  board 41002 Stichting Koers Demo Zuid   bestuur-zuid (board-admin), auditor-zuid (auditor)
                    13BA00 SBO De Brug (SBO)              coordinator-13ba00, staff-13ba00, vertrouwenspersoon-13ba00
                    13BB00 Het Baken College (VO)         coordinator-13bb00, staff-13bb00, vertrouwenspersoon-13bb00

                Try it (client koers-cli allows the password grant for this local demo only):

                  TOKEN=$(curl -s -d grant_type=password -d client_id=koers-cli -d username=staff-%s -d password=demo \\
                    %s | sed -n 's/.*"access_token":"\\([^"]*\\)".*/\\1/p')

                  curl -s -X POST http://localhost:8081/api/schools/%s/incidents -H "Authorization: Bearer $TOKEN" \\
                    -H 'Content-Type: application/json' \\
                    -d '{"occurredAt":"2026-11-20T10:15:00Z","location":"PLAYGROUND","category":"BULLYING","severity":"MEDIUM","description":"Tijdens de pauze werd een leerling herhaaldelijk uitgescholden."}'

                  curl -s http://localhost:8085/api/schools/%s/dashboard -H "Authorization: Bearer $TOKEN"

                Logs are in %s. Stop with Ctrl-C; the data stays in %s
                (reset: rm -rf .koers/pgdata .koers/kafka .koers/demo-tenants-published %s).
                """.formatted(keycloak.adminConsole(), keycloak.issuer(), postgres.jdbcUrl("<database>"),
                SCHOOL.toLowerCase(), keycloak.tokenEndpoint(), SCHOOL, SCHOOL,
                relative(layout, layout.logs()), relative(layout, layout.home()),
                relative(layout, layout.keycloakHome().resolve("data"))));
        return out.toString();
    }

    private static String row(String what, String where, LocalLayout layout, Path log) {
        return "  %-19s %-28s log %s%n".formatted(what, where, relative(layout, log));
    }

    private static String relative(LocalLayout layout, Path path) {
        return layout.root().relativize(path).toString();
    }
}

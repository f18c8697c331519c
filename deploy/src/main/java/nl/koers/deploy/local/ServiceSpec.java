package nl.koers.deploy.local;

import java.util.List;

/** A service the launcher starts: its Maven module (which builds {@code <module>/target/<module>.jar}), port and database. */
public record ServiceSpec(String name, String module, int port, String database) {

    /** Every service of the local platform, in start order. A new service is one line here. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("incident-service", "incident-service", 8081, "incident"),
            new ServiceSpec("plan-service", "plan-service", 8082, "plan"),
            new ServiceSpec("tenant-service", "tenant-service", 8083, "tenant"),
            new ServiceSpec("survey-service", "survey-service", 8084, "survey"),
            new ServiceSpec("projection-service", "projection-service", 8085, "projection"),
            new ServiceSpec("training-service", "training-service", 8086, "training"),
            new ServiceSpec("gateway", "gateway", 8080, null)); // no database: the browser's front door
}

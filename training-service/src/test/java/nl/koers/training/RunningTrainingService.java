package nl.koers.training;

import java.util.HashMap;
import java.util.Map;
import nl.koers.platform.test.ServiceTestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A training-service started by the test itself: several of them on one database behave as replicas. */
final class RunningTrainingService implements AutoCloseable {
    final ConfigurableApplicationContext context;
    final Api api;

    private RunningTrainingService(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    static RunningTrainingService start(String database, String kafkaBootstrap) {
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties(database, kafkaBootstrap));
        properties.put("server.port", "0");
        properties.put("koers.training.seed-catalogue", "false"); // replicas starting together would both load it
        // Command-line arguments, not builder defaults: they must win over application.yml.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new RunningTrainingService(new SpringApplicationBuilder(TrainingServiceApplication.class).run(args));
    }

    @Override
    public void close() {
        context.close();
    }
}

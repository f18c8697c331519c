package nl.koers.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.koers.deploy.local.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production manifests under {@code deploy/k8s} and the single-host {@code deploy/compose.yaml}, checked in the
 * test command (ADR 0072). Each Kubernetes document is read into fabric8's typed model of its kind, strictly: a
 * field the model does not know (a typo, a wrong indentation, a field of another API version) fails, as does a
 * value of the wrong type. Then what the issue asks of them: probes on the Actuator groups, resources, a
 * disruption budget, configuration by environment, secrets by reference only, and topics built for replay.
 */
class ManifestsTest {
    static final Path DEPLOY = Path.of(System.getProperty("user.dir")).getFileName().toString().equals("deploy")
            ? Path.of(System.getProperty("user.dir")) : Path.of("deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path ROOT = DEPLOY.toAbsolutePath().getParent();
    static final Map<String, Class<? extends KubernetesResource>> KINDS = Map.of(
            "apps/v1/Deployment", Deployment.class, "v1/Service", Service.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class, "v1/ConfigMap", ConfigMap.class,
            "v1/Namespace", Namespace.class, "networking.k8s.io/v1/Ingress", Ingress.class);
    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    static final YAMLMapper YAML = new YAMLMapper();

    static final List<Object> resources = new ArrayList<>();
    static final List<JsonNode> topics = new ArrayList<>();
    static final Map<String, String> fileOf = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                for (JsonNode doc : documents(file)) {
                    String kind = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                    if (kind.equals("kafka.strimzi.io/v1beta2/KafkaTopic")) {
                        topics.add(doc);
                        continue;
                    }
                    Class<? extends KubernetesResource> type = KINDS.get(kind);
                    assertThat(type).as("%s in %s: a kind this test knows", kind, file).isNotNull();
                    Object resource = STRICT.treeToValue(doc, type);
                    assertThat(unknownFields(resource, kind)).as("fields %s does not know, in %s", kind, file)
                            .isEmpty();
                    resources.add(resource);
                    fileOf.put(kind + "/" + doc.path("metadata").path("name").asText(), file.toString());
                }
            }
        }
    }

    @Test
    void every_manifest_is_listed_in_the_kustomization_and_every_runnable_module_has_one() throws IOException {
        Set<String> listed = new TreeSet<>();
        YAML.readTree(K8S.resolve("kustomization.yaml").toFile()).path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            assertThat(listed).containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).toList());
        }
        assertThat(of(Deployment.class).stream().map(d -> d.getMetadata().getName()).toList())
                .containsExactlyInAnyOrderElementsOf(runnableModules());
    }

    @Test
    void every_deployment_probes_the_actuator_groups_on_the_management_port_and_has_resources() {
        for (Deployment deployment : of(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(container.getPorts()).as(name).anySatisfy(port -> {
                assertThat(port.getName()).isEqualTo("management");
                assertThat(port.getContainerPort()).isEqualTo(9090);
            });
            assertThat(env(container)).as(name).containsEntry("MANAGEMENT_SERVER_PORT", "9090");
            assertProbe(name, container.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(name, container.getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(name, container.getStartupProbe(), "/actuator/health/liveness");
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(deployment.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void the_projection_runs_the_parallel_collector_as_locally() {
        Container container = named(Deployment.class, "projection-service").getSpec().getTemplate().getSpec()
                .getContainers().getFirst();
        assertThat(env(container)).containsEntry("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC");
        assertThat(ServiceProcess.memory("projection-service")).contains("-XX:+UseParallelGC");
    }

    @Test
    void every_deployment_has_a_disruption_budget_and_a_service_without_the_management_port() {
        for (Deployment deployment : of(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(labels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            PodDisruptionBudget budget = named(PodDisruptionBudget.class, name);
            assertThat(labels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).isPositive()
                    .isLessThan(deployment.getSpec().getReplicas());
            Service service = named(Service.class, name);
            assertThat(labels).containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getPorts()).as(name)
                    .noneSatisfy(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("management"));
        }
    }

    @Test
    void configuration_comes_from_the_environment_and_secrets_only_by_reference() {
        ConfigMap config = named(ConfigMap.class, "koers-config");
        for (Deployment deployment : of(Deployment.class)) {
            for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv()) {
                String name = deployment.getMetadata().getName() + " " + variable.getName();
                if (variable.getName().matches(".*(PASSWORD|SECRET|USERNAME).*")) {
                    assertThat(variable.getValue()).as(name).isNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef()).as(name).isNotNull();
                }
                if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                    assertThat(config.getData()).as(name)
                            .containsKey(variable.getValueFrom().getConfigMapKeyRef().getKey());
                }
            }
        }
        assertThat(resources).noneMatch(r -> r.getClass().getSimpleName().equals("Secret"));
    }

    @Test
    void the_context_topics_are_declared_for_replay() throws IOException {
        assertThat(topics.stream().map(t -> t.path("metadata").path("name").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(projectedTopics());
        for (JsonNode topic : topics) {
            String name = topic.path("metadata").path("name").asText();
            assertThat(fieldNames(topic.path("spec"))).as(name).isSubsetOf("partitions", "replicas", "config");
            assertThat(topic.path("spec").path("partitions").isInt()).as(name).isTrue();
            assertThat(topic.path("spec").path("partitions").asInt()).as(name).isGreaterThanOrEqualTo(6);
            assertThat(topic.path("spec").path("replicas").asInt()).as(name).isEqualTo(3);
            JsonNode config = topic.path("spec").path("config");
            assertThat(config.path("min.insync.replicas").asText()).as(name).isEqualTo("2");
            assertThat(config.path("retention.ms").asText()).as(name).isEqualTo("-1");
            assertThat(config.path("cleanup.policy").asText()).as(name).isEqualTo("delete");
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isNotBlank();
        }
    }

    @Test
    void the_compose_file_parses_and_runs_every_module_with_its_dependencies() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
        JsonNode services = compose.path("services");
        assertThat(fieldNames(services)).contains("postgres", "kafka", "kafka-topics", "keycloak")
                .containsAll(runnableModules());
        services.properties().forEach(service -> {
            assertThat(service.getValue().path("image").asText()).as(service.getKey()).isNotBlank();
            fieldNames(service.getValue().path("depends_on"))
                    .forEach(dependency -> assertThat(services.has(dependency)).as(dependency).isTrue());
        });
        for (String module : runnableModules()) {
            assertThat(services.path(module).path("image").asText()).isEqualTo("koers/" + module + ":0.1.0-SNAPSHOT");
            assertThat(services.path(module).path("environment").path("MANAGEMENT_SERVER_PORT").asText())
                    .as(module).matches("90[0-9]{2}");
        }
        JsonNode kafka = services.path("kafka").path("environment");
        assertThat(kafka.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller"); // KRaft, no ZooKeeper
        assertThat(Files.readString(DEPLOY.resolve(services.path("postgres").path("volumes").get(1).asText()
                .split(":")[0]))).contains("CREATE DATABASE incident");
        assertThat(services.path("keycloak").path("volumes").get(0).asText()).startsWith("./keycloak/koers-realm.json");
    }

    // --- reading

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode doc = values.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /** fabric8 keeps unknown fields in {@code additionalProperties} instead of failing: collect them all. */
    private static List<String> unknownFields(Object value, String path) {
        List<String> unknown = new ArrayList<>();
        walk(value, path, unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass()).getPropertyDescriptors()) {
                Method getter = property.getReadMethod();
                if (getter == null || getter.getParameterCount() > 0) {
                    continue;
                }
                Object child = getter.invoke(value);
                if (property.getName().equals("additionalProperties")) {
                    if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> unknown.add(path + "." + key));
                    }
                } else if (!property.getName().equals("class")) {
                    walk(child, path + "." + property.getName(), unknown);
                }
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> of(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T named(Class<T> type, String name) {
        return of(type).stream().filter(r -> ((io.fabric8.kubernetes.api.model.HasMetadata) r).getMetadata()
                .getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " " + name));
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> values = new HashMap<>();
        container.getEnv().stream().filter(v -> v.getValue() != null).forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    private static void assertProbe(String name, Probe probe, String path) {
        assertThat(probe).as(name + " " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(name).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(name).isEqualTo("management");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Modules whose pom sets {@code koers.image.skip=false}: the ones with an image, a Deployment, a compose service. */
    private static List<String> runnableModules() throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            Path pom = ROOT.resolve(module.group(1)).resolve("pom.xml");
            if (Files.readString(pom).contains("<koers.image.skip>false</koers.image.skip>")) {
                modules.add(module.group(1));
            }
        }
        return modules;
    }

    /** The topics projection-service reads, from its application.yml: each must be declared. */
    private static List<String> projectedTopics() throws IOException {
        JsonNode yml = YAML.readTree(ROOT.resolve("projection-service/src/main/resources/application.yml").toFile());
        return List.of(yml.path("koers").path("projection").path("topics").asText().split(","));
    }
}

package nl.koers.plan.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.koers.plan.duties.DutyRuleSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the platform's versioned plan data (default topics, duty rule sets, Gesprekskaart themes) once at start; a
 * bad file fails the start.
 */
@Configuration
public class PlanData {
    static final String TOPICS = "plan/default-topics.v1.json";
    static final String RULE_SETS = "plan/duty-rule-sets.json";
    static final String GESPREKSKAART = "plan/gesprekskaart.v1.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The file's root: the rule sets in the order the dashboard shows them. */
    public record RuleSets(String description, List<DutyRuleSet> ruleSets) {
    }

    @Bean
    public TopicCatalogue topicCatalogue() {
        return read(TOPICS, TopicCatalogue.class);
    }

    @Bean
    public RuleSets dutyRuleSets() {
        return read(RULE_SETS, RuleSets.class);
    }

    @Bean
    public Gesprekskaart gesprekskaart() {
        return read(GESPREKSKAART, Gesprekskaart.class);
    }

    public static <T> T read(String resource, Class<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

package nl.koers.plan.topics;

import java.util.List;

/**
 * The six themes of the Gesprekskaart with their questions (versioned data in {@code plan/gesprekskaart.v1.json}):
 * the prompts for the start-of-year agreement and the end-of-year review with the school's partners.
 */
public record Gesprekskaart(String version, String description, List<Theme> themes) {

    public record Theme(int theme, String title, List<String> questions) {
    }
}

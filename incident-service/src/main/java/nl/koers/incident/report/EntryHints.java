package nl.koers.incident.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain hints that help staff record facts instead of initials and opinions (the users' main complaint about today's
 * records). They never block a report; the response carries those that apply to what was written.
 */
public final class EntryHints {
    public record Hint(String code, String nl, String en) {
    }

    public static final Hint FACTS = new Hint("facts",
            "Beschrijf feiten: wat er gebeurde, wanneer, waar en wie erbij waren. Eerst feiten, dan pas meningen.",
            "Describe facts: what happened, when, where and who was there. Facts before opinions.");
    public static final Hint NO_NAMES = new Hint("no-names-in-description",
            "Noem betrokkenen in de beschrijving bij hun rol (slachtoffer, pleger, getuige); namen horen bij de persoon.",
            "Refer to people in the description by their role; names belong in the person's own entry.");
    public static final Hint NO_INITIALS = new Hint("no-initials",
            "Gebruik geen initialen of afkortingen: een ander moet het later ook begrijpen.",
            "Do not use initials or abbreviations: someone else must understand it later.");
    public static final Hint TOO_SHORT = new Hint("too-short",
            "De beschrijving is erg kort. Wat gebeurde er precies, en wat deed ieder?",
            "The description is very short. What exactly happened, and what did each person do?");
    public static final Hint OPINION = new Hint("opinion",
            "Dit klinkt als een mening of vermoeden. Schrijf op wat je zag of hoorde, en van wie je het weet.",
            "This sounds like an opinion or assumption. Write what you saw or heard, and who told you.");
    public static final Hint OWN_ROLE = new Hint("own-role",
            "Geef iedere betrokkene een eigen rol; een rol geldt nooit voor de anderen.",
            "Give every person their own role; a role never applies to the others.");
    public static final List<Hint> ALL = List.of(FACTS, NO_NAMES, NO_INITIALS, TOO_SHORT, OPINION, OWN_ROLE);

    static final int SHORT = 40;
    private static final Pattern INITIALS = Pattern.compile("\\b(\\p{Lu}\\.\\s?){1,3}(\\p{Lu}\\b)?|\\b\\p{Lu}{2,3}\\b");
    private static final List<String> OPINION_WORDS = List.of("ik denk", "ik vind", "waarschijnlijk", "vermoedelijk",
            "lijkt me", "altijd", "nooit", "typisch");

    private EntryHints() {
    }

    /** @return the hints that apply to this description (empty when it reads like a factual account) */
    public static List<Hint> check(String description) {
        List<Hint> hints = new ArrayList<>();
        if (description == null || description.isBlank()) {
            return List.of(FACTS);
        }
        if (description.strip().length() < SHORT) {
            hints.add(TOO_SHORT);
        }
        if (INITIALS.matcher(description).find()) {
            hints.add(NO_INITIALS);
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (OPINION_WORDS.stream().anyMatch(lower::contains)) {
            hints.add(OPINION);
        }
        return hints;
    }
}

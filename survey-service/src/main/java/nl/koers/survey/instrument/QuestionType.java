package nl.koers.survey.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of question an instrument may ask, with their option values and Dutch labels as pupils see them. */
public enum QuestionType {
    LIKERT(options(1, "helemaal niet mee eens", 2, "niet mee eens", 3, "niet eens, niet oneens", 4, "mee eens",
            5, "helemaal mee eens")),
    YES_NO(options(1, "ja", 0, "nee")),
    FREQUENCY(options(1, "nooit", 2, "een enkele keer", 3, "een paar keer per maand", 4, "ongeveer één keer per week",
            5, "meerdere keren per week")),
    OPEN_TEXT(Map.of());

    /** Open answers are short texts; a pupil who writes more is asked to shorten it. */
    public static final int MAX_OPEN_TEXT = 1000;

    private final Map<Integer, String> options;

    QuestionType(Map<Integer, String> options) {
        this.options = options;
    }

    public Map<Integer, String> options() {
        return options;
    }

    public boolean isOpen() {
        return this == OPEN_TEXT;
    }

    public boolean accepts(int value) {
        return options.containsKey(value);
    }

    /** "Kies 1 t/m 5" or "kies ja (1) of nee (0)": how a pupil is told what to pick. */
    public String hint() {
        return switch (this) {
            case LIKERT, FREQUENCY -> "Kies een antwoord van 1 tot en met 5.";
            case YES_NO -> "Kies ja (1) of nee (0).";
            case OPEN_TEXT -> "Schrijf je antwoord in woorden.";
        };
    }

    private static Map<Integer, String> options(Object... pairs) {
        Map<Integer, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

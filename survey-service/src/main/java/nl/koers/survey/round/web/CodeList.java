package nl.koers.survey.round.web;

import java.util.List;
import nl.koers.survey.export.Csv;

/** The teacher's list of codes: one line per code, for cutting into slips. */
final class CodeList {
    private CodeList() {
    }

    static String csv(String classLabel, int yearGroup, List<String> codes) {
        StringBuilder csv = new StringBuilder(Csv.line("klas", "jaargroep", "nummer", "code"));
        for (int i = 0; i < codes.size(); i++) {
            csv.append(Csv.line(classLabel, yearGroup, i + 1, codes.get(i)));
        }
        return csv.toString();
    }
}

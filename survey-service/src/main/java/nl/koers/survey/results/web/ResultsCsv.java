package nl.koers.survey.results.web;

import java.util.Map;
import nl.koers.survey.export.Csv;
import nl.koers.survey.results.MeasureResult;
import nl.koers.survey.results.Summary;

/**
 * The results as a spreadsheet: one line per measure and group. A suppressed group is a line without numbers that
 * says so - exports follow exactly the same suppression as the screen.
 */
final class ResultsCsv {
    private static final int[] OPTIONS = {0, 1, 2, 3, 4, 5};

    private ResultsCsv() {
    }

    static String of(ResultsView view, ResultsReading.ClosedRound closed) {
        StringBuilder csv = new StringBuilder(Csv.line("schooljaar", "school", "niveau", "klas", "soort", "onderdeel",
                "n", "gemiddelde", "procent_positief", "antwoord_0", "antwoord_1", "antwoord_2", "antwoord_3",
                "antwoord_4", "antwoord_5", "opmerking"));
        closed.results().scales().values().forEach(m -> lines(csv, view, "schaal", m));
        view.scales().forEach(scale -> comparisons(csv, view, scale));
        closed.results().questions().values().forEach(m -> lines(csv, view, "vraag", m));
        return csv.toString();
    }

    /** The trend and the board next to the school, as on the screen (already suppressed where they came from). */
    private static void comparisons(StringBuilder csv, ResultsView view, ResultsView.ScaleView scale) {
        var previous = scale.previousRound();
        if (previous != null) {
            csv.append(previous.suppressed()
                    ? Csv.line(view.schoolYear(), view.schoolId(), "vorige meting", "", "schaal", scale.scale(),
                    "", "", "", "", "", "", "", "", "", "onderdrukt: te weinig antwoorden")
                    : Csv.line(view.schoolYear(), view.schoolId(), "vorige meting", "", "schaal", scale.scale(),
                    previous.n(), previous.mean(), previous.percentPositive(), "", "", "", "", "", "", ""));
        }
        var board = scale.boardAverage();
        if (board != null) {
            csv.append(board.shown()
                    ? Csv.line(view.schoolYear(), "bestuur", "bestuursgemiddelde", "", "schaal", scale.scale(),
                    board.n(), board.mean(), board.percentPositive(), "", "", "", "", "", "", board.schools() + " scholen")
                    : Csv.line(view.schoolYear(), "bestuur", "bestuursgemiddelde", "", "schaal", scale.scale(),
                    "", "", "", "", "", "", "", "", "", "niet getoond: minder dan 3 scholen of te weinig antwoorden"));
        }
    }

    private static void lines(StringBuilder csv, ResultsView view, String kind, MeasureResult measure) {
        line(csv, view, "school", "", kind, measure.measure(), measure.school());
        for (Map.Entry<String, Summary> group : measure.classes().entrySet()) {
            line(csv, view, "klas", group.getKey(), kind, measure.measure(), group.getValue());
        }
    }

    private static void line(StringBuilder csv, ResultsView view, String level, String group, String kind,
                             String measure, Summary s) {
        Object[] cells = new Object[16];
        cells[0] = view.schoolYear();
        cells[1] = view.schoolId();
        cells[2] = level;
        cells[3] = group;
        cells[4] = kind;
        cells[5] = measure;
        if (s.suppressed()) {
            cells[15] = "onderdrukt: minder dan " + view.minimumGroupSize() + " antwoorden";
        } else {
            cells[6] = s.n();
            cells[7] = s.mean();
            cells[8] = s.percentPositive();
            for (int option : OPTIONS) {
                cells[9 + option] = s.distribution() == null ? null : s.distribution().get(option);
            }
        }
        csv.append(Csv.line(cells));
    }
}

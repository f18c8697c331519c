package nl.koers.survey.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.platform.pdf.PdfDocument;
import nl.koers.survey.export.Csv;

/** The teacher's list of codes, as CSV or PDF: one line per code, for cutting into slips. */
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

    static byte[] pdf(String schoolId, String classLabel, int yearGroup, List<String> codes, String pupilUrl) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("School", schoolId);
        facts.put("Klas", classLabel);
        facts.put("Jaargroep", Integer.toString(yearGroup));
        facts.put("Aantal codes", Integer.toString(codes.size()));
        facts.put("Adres voor leerlingen", pupilUrl);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            rows.add(List.of(Integer.toString(i + 1), codes.get(i), ""));
        }
        return PdfDocument.create("Toegangscodes monitor sociale veiligheid")
                .heading("Toegangscodes " + classLabel)
                .keyValues(facts)
                .paragraph("Geef elke leerling één code. De leerling gaat naar het adres hierboven en typt de code "
                        + "over; hoofdletters en streepjes maken niet uit. Elke code werkt maar één keer en alleen "
                        + "zolang de vragenlijst open is. Schrijf geen namen bij de codes: de antwoorden zijn anoniem.")
                .paragraph("Deze lijst wordt maar één keer gemaakt; Koers bewaart de codes zelf niet. Kwijt? Maak "
                        + "een nieuwe reeks codes voor deze klas. Gooi de lijst na de afname weg.")
                .table(List.of("nr", "code", "uitgedeeld"), rows)
                .toBytes();
    }
}

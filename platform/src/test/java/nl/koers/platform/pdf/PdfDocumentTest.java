package nl.koers.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    @Test
    void everything_written_reads_back_as_text_in_dutch() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Schooljaar", "2026-2027");
        facts.put("Anti-pestcoördinator", "Mevr. Öztürk, coördinator@school.nl");
        byte[] pdf = PdfDocument.create("Veiligheidsplan OBS De Regenboog")
                .heading("Bouwsteen VOORWAARDEN")
                .subheading("Vertrouwenspersoon")
                .paragraph("Leerlingen weten wie de vertrouwenspersoon is; ideeën worden geëvalueerd.")
                .keyValues(facts)
                .table(List.of("Actiepunt", "Eigenaar", "Deadline"),
                        List.of(List.of("Pestprotocol herzien", "Team", "2027-03-01")))
                .toBytes();

        String text = PdfText.extract(pdf);

        assertThat(text).contains("Veiligheidsplan OBS De Regenboog", "Bouwsteen VOORWAARDEN", "Vertrouwenspersoon",
                "ideeën worden geëvalueerd", "Anti-pestcoördinator", "Mevr. Öztürk", "Pestprotocol herzien",
                "2027-03-01", "Pagina 1 van 1");
    }

    @Test
    void long_content_runs_onto_numbered_pages_and_long_words_wrap() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("Actiepunt " + i, "x".repeat(i % 7 == 0 ? 300 : 10)));
        }
        byte[] pdf = PdfDocument.create("Lang").table(List.of("Titel", "Toelichting"), rows).toBytes();

        int pages = PdfText.pages(pdf);
        String text = PdfText.extract(pdf);
        assertThat(pages).isGreaterThan(2);
        assertThat(text).contains("Actiepunt 1", "Actiepunt 120", "Pagina " + pages + " van " + pages);
    }

    @Test
    void characters_outside_the_font_become_a_question_mark_instead_of_failing_the_download() {
        byte[] pdf = PdfDocument.create("Plan").paragraph("Samenwerking 🤝 met GGD — ☃ ok").toBytes();

        assertThat(PdfText.extract(pdf)).contains("Samenwerking ? met GGD — ? ok");
    }

    @Test
    void script_is_printed_as_text() {
        byte[] pdf = PdfDocument.create("Plan").paragraph("<script>alert(1)</script>").toBytes();

        assertThat(PdfText.extract(pdf)).contains("<script>alert(1)</script>");
    }
}

package nl.koers.tenant.school.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.error.Violations.Violation;
import nl.koers.platform.id.SchoolId;
import nl.koers.tenant.school.SchoolRow;
import org.junit.jupiter.api.Test;

class SchoolCsvTest {
    private static final String HEADER = "brin,location,name,sector,municipality,pupils\n";

    private static List<Violation> errors(String body) {
        SchoolCsv.Parsed parsed = SchoolCsv.parse(HEADER + body);
        assertThat(parsed.valid()).isFalse();
        return parsed.errors();
    }

    @Test
    void a_valid_file_gives_one_row_per_school_with_its_line_number() {
        SchoolCsv.Parsed parsed = SchoolCsv.parse(HEADER + "21XY,00,OBS De Linde,PO,Zwolle,240\r\n"
                + "\n21XY,01, \"Kindcentrum \"\"De Es\"\", locatie Noord\" ,sbo,  Zwolle ,0\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new SchoolRow(2, new SchoolId("21XY00"), "OBS De Linde", Sector.PO, "Zwolle", 240),
                new SchoolRow(4, new SchoolId("21XY01"), "Kindcentrum \"De Es\", locatie Noord", Sector.SBO, "Zwolle", 0));
    }

    @Test
    void a_dutch_spreadsheet_export_with_semicolons_and_a_byte_order_mark_is_read() {
        SchoolCsv.Parsed parsed = SchoolCsv.parse("\uFEFFbrin;location;name;sector;municipality;pupils\n"
                + "21XY;00;Mariënburg, college;VO;'s-Hertogenbosch;1200\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).name()).isEqualTo("Mariënburg, college");
    }

    @Test
    void a_bad_brin_is_reported_with_its_line() {
        assertThat(errors("21XY,00,A,PO,Zwolle,1\n2XY,00,B,PO,Zwolle,1\n21xy,01,C,PO,Zwolle,1\n"))
                .extracting(Violation::line, Violation::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "brin"), org.assertj.core.groups.Tuple.tuple(4, "brin"));
    }

    @Test
    void a_bad_location_is_reported_with_its_line() {
        assertThat(errors("21XY,0,A,PO,Zwolle,1\n")).containsExactly(
                new Violation(2, "location", "'0' is not a location number: 2 digits, e.g. 00"));
    }

    @Test
    void a_school_listed_twice_is_reported_on_the_second_line_naming_the_first() {
        assertThat(errors("21XY,00,A,PO,Zwolle,1\n21XY,01,B,PO,Zwolle,1\n21XY,00,C,PO,Zwolle,1\n")).containsExactly(
                new Violation(4, "brin", "school 21XY00 is listed twice (also on line 2)"));
    }

    @Test
    void an_unknown_sector_is_reported() {
        assertThat(errors("21XY,00,A,MBO,Zwolle,1\n")).containsExactly(
                new Violation(2, "sector", "unknown sector 'MBO': use PO, SBO, SO, VSO or VO"));
    }

    @Test
    void a_negative_pupil_count_is_reported() {
        assertThat(errors("21XY,00,A,PO,Zwolle,-5\n")).containsExactly(new Violation(2, "pupils", "cannot be negative"));
    }

    @Test
    void a_pupil_count_that_is_not_a_number_is_reported() {
        assertThat(errors("21XY,00,A,PO,Zwolle,twaalf\n")).containsExactly(
                new Violation(2, "pupils", "'twaalf' is not a whole number"));
    }

    @Test
    void every_missing_field_of_a_line_is_reported() {
        assertThat(errors("21XY,00,,PO,,1\n")).containsExactly(
                new Violation(2, "name", "is required"), new Violation(2, "municipality", "is required"));
    }

    @Test
    void a_name_longer_than_200_characters_is_reported() {
        assertThat(errors("21XY,00," + "x".repeat(201) + ",PO,Zwolle,1\n")).containsExactly(
                new Violation(2, "name", "at most 200 characters"));
    }

    @Test
    void a_line_with_the_wrong_number_of_columns_is_reported() {
        assertThat(errors("21XY,00,A,PO,Zwolle\n21XY,01,B,PO,Zwolle,1,extra\n")).containsExactly(
                new Violation(2, "line", "expected 6 columns, found 5"),
                new Violation(3, "line", "expected 6 columns, found 7"));
    }

    @Test
    void a_file_without_the_header_is_refused_on_line_1() {
        assertThat(SchoolCsv.parse("21XY,00,A,PO,Zwolle,1\n").errors()).containsExactly(
                new Violation(1, "header", "expected the header brin,location,name,sector,municipality,pupils"));
    }

    @Test
    void an_empty_file_or_a_header_alone_is_refused() {
        assertThat(SchoolCsv.parse("").errors()).extracting(Violation::field).containsExactly("header");
        assertThat(SchoolCsv.parse(HEADER).errors()).extracting(Violation::field).containsExactly("file");
    }

    @Test
    void every_bad_line_of_a_file_is_reported_at_once() {
        List<Violation> errors = errors("""
                21XY,00,Goed,PO,Zwolle,10
                2XY,00,Slechte BRIN,PO,Zwolle,10
                21XY,0A,Slechte locatie,PO,Zwolle,10
                21XY,00,Dubbel,PO,Zwolle,10
                21XY,02,Sector,MBO,Zwolle,10
                21XY,03,Negatief,PO,Zwolle,-1
                21XY,04,,PO,Zwolle,10
                21XY,05,Kolommen,PO
                """);
        assertThat(errors).extracting(Violation::line).containsExactly(3, 4, 5, 6, 7, 8, 9);
    }
}

package nl.koers.tenant.school.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.error.Violations.Violation;
import nl.koers.platform.id.SchoolId;
import nl.koers.tenant.school.SchoolRow;

/**
 * Reads a board's school file: a header {@code brin,location,name,sector,municipality,pupils}, then one school per
 * line. The whole file is checked and every bad line reported (line number, field, reason), so a board fixes its
 * file in one go. Separator {@code ,} or {@code ;} (Dutch spreadsheets export {@code ;}), fields may be quoted.
 * Pure Java: no framework, no database; which schools belong to other boards is checked by the caller.
 */
public final class SchoolCsv {
    public static final List<String> COLUMNS = List.of("brin", "location", "name", "sector", "municipality", "pupils");
    public static final int MAX_NAME = 200;
    public static final int MAX_MUNICIPALITY = 100;
    public static final int MAX_PUPILS = 100_000;
    public static final int MAX_SCHOOLS = 10_000;
    private static final Pattern BRIN = Pattern.compile("\\d{2}[A-Z]{2}");
    private static final Pattern LOCATION = Pattern.compile("\\d{2}");

    private SchoolCsv() {
    }

    /** The valid rows and every error; a file with any error must change nothing. */
    public record Parsed(List<SchoolRow> rows, List<Violation> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(String text) {
        List<Violation> errors = new ArrayList<>();
        List<SchoolRow> rows = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\n|\r", -1);
        int header = firstNonBlank(lines);
        if (header < 0) {
            errors.add(new Violation(1, "header", "the file is empty: expected the header " + String.join(",", COLUMNS)));
            return new Parsed(rows, errors);
        }
        char separator = lines[header].indexOf(';') >= 0 && lines[header].indexOf(',') < 0 ? ';' : ',';
        List<String> columns = split(lines[header], separator).stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!columns.equals(COLUMNS)) {
            errors.add(new Violation(header + 1, "header", "expected the header " + String.join(",", COLUMNS)));
            return new Parsed(rows, errors);
        }
        Map<SchoolId, Integer> seen = new HashMap<>();
        for (int i = header + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                line(i + 1, split(lines[i], separator), seen, rows, errors);
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new Violation(header + 1, "file", "the file lists no schools"));
        }
        if (rows.size() + errors.size() > MAX_SCHOOLS) {
            errors.add(new Violation(null, "file", "at most " + MAX_SCHOOLS + " schools per file"));
        }
        return new Parsed(rows, errors);
    }

    private static void line(int number, List<String> fields, Map<SchoolId, Integer> seen, List<SchoolRow> rows,
                             List<Violation> errors) {
        if (fields.size() != COLUMNS.size()) {
            errors.add(new Violation(number, "line", "expected " + COLUMNS.size() + " columns, found " + fields.size()));
            return;
        }
        int before = errors.size();
        String brin = required(number, "brin", fields.get(0), errors);
        String location = required(number, "location", fields.get(1), errors);
        String name = text(number, "name", fields.get(2), MAX_NAME, errors);
        Sector sector = sector(number, fields.get(3), errors);
        String municipality = text(number, "municipality", fields.get(4), MAX_MUNICIPALITY, errors);
        Integer pupils = pupils(number, fields.get(5), errors);
        if (brin != null && !BRIN.matcher(brin).matches()) {
            errors.add(new Violation(number, "brin", "'" + brin + "' is not a BRIN: 2 digits and 2 capital letters, e.g. 12AB"));
        }
        if (location != null && !LOCATION.matcher(location).matches()) {
            errors.add(new Violation(number, "location", "'" + location + "' is not a location number: 2 digits, e.g. 00"));
        }
        if (errors.size() > before) {
            return;
        }
        SchoolId school = new SchoolId(brin + location);
        Integer first = seen.putIfAbsent(school, number);
        if (first != null) {
            errors.add(new Violation(number, "brin", "school " + school + " is listed twice (also on line " + first + ")"));
            return;
        }
        rows.add(new SchoolRow(number, school, name, sector, municipality, pupils));
    }

    private static String required(int line, String field, String value, List<Violation> errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            errors.add(new Violation(line, field, "is required"));
            return null;
        }
        return v;
    }

    private static String text(int line, String field, String value, int max, List<Violation> errors) {
        String v = required(line, field, value, errors);
        if (v != null && v.length() > max) {
            errors.add(new Violation(line, field, "at most " + max + " characters"));
            return null;
        }
        return v;
    }

    private static Sector sector(int line, String value, List<Violation> errors) {
        String v = required(line, "sector", value, errors);
        if (v == null) {
            return null;
        }
        try {
            return Sector.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Violation(line, "sector", "unknown sector '" + v + "': use PO, SBO, SO, VSO or VO"));
            return null;
        }
    }

    private static Integer pupils(int line, String value, List<Violation> errors) {
        String v = required(line, "pupils", value, errors);
        if (v == null) {
            return null;
        }
        if (!v.matches("-?\\d{1,9}")) {
            errors.add(new Violation(line, "pupils", "'" + v + "' is not a whole number"));
            return null;
        }
        int pupils = Integer.parseInt(v);
        if (pupils < 0) {
            errors.add(new Violation(line, "pupils", "cannot be negative"));
            return null;
        }
        if (pupils > MAX_PUPILS) {
            errors.add(new Violation(line, "pupils", "at most " + MAX_PUPILS));
            return null;
        }
        return pupils;
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Splits one line; a quoted field may hold the separator, and {@code ""} inside quotes is one quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.toString().isBlank())) {
                quoted = !quoted;
                if (quoted) {
                    field.setLength(0);
                }
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

package nl.koers.projection.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows of a read-model table into PostgreSQL with one {@code COPY}, with the values the same statement would have
 * stored had it bound them through the driver. Binary where every column's type has a fixed binary form here (no text
 * for PostgreSQL to parse: uuids, times and numbers as they are stored), text otherwise (a {@code numeric} column).
 */
final class CopyRows {
    /** The binary COPY header: signature, then no flags and no extension (two zero ints). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final Set<String> BINARY = Set.of("uuid", "varchar", "text", "timestamptz", "boolean", "integer",
            "date", "double precision");
    /** 2000-01-01, PostgreSQL's epoch, in seconds and in days since 1970. */
    private static final long POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private CopyRows() {
    }

    static void copy(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String into = "copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin";
        try {
            var api = connection.unwrap(PGConnection.class).getCopyAPI();
            if (BINARY.containsAll(table.types())) {
                api.copyIn(into + " (format binary)", new ByteArrayInputStream(binary(table, rows)));
            } else {
                api.copyIn(into, new StringReader(text(rows)));
            }
        } catch (IOException e) {
            throw new SQLException("COPY into " + table.name() + " failed", e);
        }
    }

    private static byte[] binary(Table table, List<Object[]> rows) throws IOException {
        // Room for the typical row (uuids, short strings, times) so the buffer rarely grows and copies itself.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + rows.size() * (2 + table.columns().size() * 16));
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(HEADER);
        List<String> types = table.types();
        for (Object[] row : rows) {
            out.writeShort(row.length);
            for (int i = 0; i < row.length; i++) {
                value(out, types.get(i), row[i]);
            }
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    private static void value(DataOutputStream out, String type, Object value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        switch (type) {
            case "uuid" -> {
                UUID id = value instanceof UUID u ? u : UUID.fromString(value.toString());
                out.writeInt(16);
                out.writeLong(id.getMostSignificantBits());
                out.writeLong(id.getLeastSignificantBits());
            }
            case "timestamptz" -> {
                out.writeInt(8);
                out.writeLong(micros(instant(value)));
            }
            case "boolean" -> {
                out.writeInt(1);
                out.writeBoolean((Boolean) value);
            }
            case "integer" -> {
                out.writeInt(4);
                out.writeInt(((Number) value).intValue());
            }
            case "double precision" -> {
                out.writeInt(8);
                out.writeDouble(((Number) value).doubleValue());
            }
            case "date" -> {
                out.writeInt(4);
                out.writeInt((int) (localDate(value).toEpochDay() - POSTGRES_EPOCH_DAY));
            }
            default -> { // varchar, text
                byte[] utf8 = value.toString().getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        }
    }

    /**
     * A {@code timestamptz} as PostgreSQL stores it, microseconds since 2000-01-01 UTC, rounded as the driver rounds a
     * bound {@code Timestamp}: half up to the microsecond (PostgreSQL's own text input would round half to even).
     */
    static long micros(Instant instant) {
        return (instant.getEpochSecond() - POSTGRES_EPOCH) * 1_000_000 + (instant.getNano() + 500) / 1_000;
    }

    /** Text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static String text(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                String value = ReadModelWrites.text(row[i]);
                if (value == null) {
                    text.append("\\N");
                } else {
                    for (int c = 0; c < value.length(); c++) {
                        char ch = value.charAt(c);
                        switch (ch) {
                            case '\\' -> text.append("\\\\");
                            case '\n' -> text.append("\\n");
                            case '\r' -> text.append("\\r");
                            case '\t' -> text.append("\\t");
                            default -> text.append(ch);
                        }
                    }
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}

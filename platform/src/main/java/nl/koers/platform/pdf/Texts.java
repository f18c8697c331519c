package nl.koers.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Measuring, wrapping and cleaning text for the standard PDF fonts. */
final class Texts {
    private static final Map<String, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private Texts() {
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Replaces what the font cannot encode by '?', tabs by a space and drops other control characters. */
    static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        nullToEmpty(text).codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                String ch = Character.toString(cp);
                out.append(ENCODABLE.computeIfAbsent(font.getName() + ch, k -> canEncode(font, ch)) ? ch : "?");
            }
        });
        return out.toString();
    }

    static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word-wraps to the width; a word longer than a whole line is broken where it must be. */
    static List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, font, size) > maxWidth && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > maxWidth) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Column widths in proportion to their longest content (capped), never narrower than a header word. */
    static float[] columnWidths(List<String> headers, List<List<String>> rows, PDType1Font font, float size,
            float total, float padding) {
        int columns = headers.size();
        float[] wanted = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = longestWord(headers.get(c), font, size) + 2 * padding;
            float longest = width(headers.get(c), font, size);
            for (List<String> row : rows) {
                if (c < row.size()) {
                    longest = Math.max(longest, Math.min(width(row.get(c), font, size), total * 0.6f));
                }
            }
            wanted[c] = Math.max(widest, longest + 2 * padding);
        }
        float sum = 0;
        for (float w : wanted) {
            sum += w;
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = wanted[c] / sum * total;
        }
        return widths;
    }

    private static float longestWord(String text, PDType1Font font, float size) {
        float longest = 0;
        for (String word : nullToEmpty(text).split("\\s+")) {
            longest = Math.max(longest, width(word, font, size));
        }
        return longest;
    }

    private static boolean canEncode(PDType1Font font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

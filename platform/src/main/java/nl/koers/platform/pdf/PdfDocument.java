package nl.koers.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A plain, well-formatted A4 document for the downloads schools print or hand to the Inspectie (safety plan, access
 * code lists, certificates). One shared writer so that every Koers PDF looks alike and no service carries its own
 * layout code.
 *
 * <p>Text goes through the standard Helvetica fonts (WinAnsi): Dutch needs nothing beyond Latin-1; any other
 * character is printed as {@code ?} rather than failing the whole download.
 */
public final class PdfDocument {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56f;
    private static final float BOTTOM = 64f;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10f;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 4f;

    private final PDType1Font regular = new PDType1Font(FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDDocument document = new PDDocument();
    private final String title;
    private PDPageContentStream content;
    private float y;

    private PdfDocument(String title) {
        this.title = Texts.printable(title, regular);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(this.title);
        info.setProducer("Koers");
        info.setCreationDate(Calendar.getInstance());
        newPage();
        line(this.title, bold, 18f);
        y -= 6f;
    }

    public static PdfDocument create(String title) {
        return new PdfDocument(title);
    }

    public PdfDocument heading(String text) {
        ensure(2 * 14f * LEADING + BODY * LEADING);
        y -= 8f;
        for (String line : Texts.wrap(text, bold, 14f, WIDTH)) {
            line(line, bold, 14f);
        }
        y -= 2f;
        return this;
    }

    public PdfDocument subheading(String text) {
        ensure(2 * 11.5f * LEADING + BODY * LEADING);
        y -= 4f;
        for (String line : Texts.wrap(text, bold, 11.5f, WIDTH)) {
            line(line, bold, 11.5f);
        }
        return this;
    }

    public PdfDocument paragraph(String text) {
        for (String paragraph : Texts.nullToEmpty(text).split("\\R", -1)) {
            for (String line : Texts.wrap(paragraph, regular, BODY, WIDTH)) {
                line(line, regular, BODY);
            }
        }
        y -= 4f;
        return this;
    }

    /** Label/value pairs in two columns, in the map's iteration order (pass a LinkedHashMap). */
    public PdfDocument keyValues(Map<String, String> pairs) {
        float keyWidth = WIDTH * 0.35f;
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            List<String> keys = Texts.wrap(pair.getKey(), bold, BODY, keyWidth - 8f);
            List<String> values = Texts.wrap(pair.getValue(), regular, BODY, WIDTH - keyWidth);
            int lines = Math.max(keys.size(), values.size());
            ensure(lines * BODY * LEADING);
            float top = y;
            for (int i = 0; i < lines; i++) {
                y -= BODY * LEADING;
                if (i < keys.size()) {
                    show(keys.get(i), bold, BODY, MARGIN, y);
                }
                if (i < values.size()) {
                    show(values.get(i), regular, BODY, MARGIN + keyWidth, y);
                }
            }
            y = Math.min(y, top - BODY * LEADING);
        }
        y -= 4f;
        return this;
    }

    /** A ruled table; the header row is repeated on every page the table runs onto. */
    public PdfDocument table(List<String> headers, List<List<String>> rows) {
        float[] widths = Texts.columnWidths(headers, rows, regular, BODY, WIDTH, CELL_PADDING);
        row(headers, widths, bold);
        for (List<String> row : rows) {
            if (!row(row, widths, regular)) {
                row(headers, widths, bold);
                row(row, widths, regular);
            }
        }
        y -= 6f;
        return this;
    }

    public PdfDocument pageBreak() {
        newPage();
        return this;
    }

    public byte[] toBytes() {
        try {
            content.close();
            footers();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one table row; answers false (and writes nothing) when it had to start a new page first. */
    private boolean row(List<String> cells, float[] widths, PDType1Font font) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            List<String> cellLines = Texts.wrap(cell, font, BODY, widths[c] - 2 * CELL_PADDING);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * BODY * LEADING + 2 * CELL_PADDING;
        if (y - height < BOTTOM) {
            newPage();
            return false;
        }
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            rectangle(x, y - height, widths[c], height);
            float lineY = y - CELL_PADDING;
            for (String line : wrapped.get(c)) {
                lineY -= BODY * LEADING;
                show(line, font, BODY, x + CELL_PADDING, lineY + 2f);
            }
            x += widths[c];
        }
        y -= height;
        return true;
    }

    private void line(String text, PDType1Font font, float size) {
        ensure(size * LEADING);
        y -= size * LEADING;
        show(text, font, size, MARGIN, y);
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDType1Font font, float size, float x, float atY) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(Texts.printable(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rectangle(float x, float atY, float width, float height) {
        try {
            content.setLineWidth(0.5f);
            content.addRect(x, atY, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footers() throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String left = Texts.printable(title, regular);
                String right = "Pagina " + (i + 1) + " van " + total;
                footer.beginText();
                footer.setFont(regular, 8f);
                footer.newLineAtOffset(MARGIN, 32f);
                footer.showText(Texts.wrap(left, regular, 8f, WIDTH * 0.7f).getFirst());
                footer.endText();
                footer.beginText();
                footer.setFont(regular, 8f);
                footer.newLineAtOffset(MARGIN + WIDTH - Texts.width(right, regular, 8f), 32f);
                footer.showText(right);
                footer.endText();
            }
        }
    }
}

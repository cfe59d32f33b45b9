package lu.alarmis.client.legacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The legacy register's file, read line by line without holding it in memory: UTF-8 (a byte order
 * mark is allowed), values separated by semicolons, quoted with double quotes where they hold one,
 * a header line naming the columns ({@link LegacyColumn}, in any order). Its header is checked
 * first: a file without a required column is refused as a whole, before any line is read.
 */
public final class LegacyFile implements AutoCloseable {

    public static final char SEPARATOR = ';';

    private final CSVParser parser;
    private final Map<LegacyColumn, String> headers = new EnumMap<>(LegacyColumn.class);
    private final List<String> missingColumns = new ArrayList<>();
    private final Iterator<CSVRecord> records;

    /**
     * @param reader the file's text (decoded as UTF-8 by the caller)
     * @throws UnreadableFileException if its header cannot be read (two columns of the same name)
     */
    public LegacyFile(Reader reader) {
        try {
            parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(SEPARATOR)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                    .get()
                    .parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException(1, e.getMessage());
        }
        for (String name : parser.getHeaderNames()) {
            String header = name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            for (LegacyColumn column : LegacyColumn.values()) {
                if (column.header().equals(header)) {
                    headers.put(column, name);
                }
            }
        }
        for (LegacyColumn column : LegacyColumn.values()) {
            if (column.isRequired() && !headers.containsKey(column)) {
                missingColumns.add(column.header());
            }
        }
        records = parser.iterator();
    }

    /** The required columns the header lacks; a file that lacks one is not imported at all. */
    public List<String> missingColumns() {
        return List.copyOf(missingColumns);
    }

    /** A line of the file: its number (the header is line 1) and its values by column, or why it cannot be read. */
    public record Line(long lineNumber, Map<LegacyColumn, String> values, Optional<LineProblem> unreadable) {
    }

    /**
     * The next line; empty at the end of the file.
     *
     * @throws UnreadableFileException where the file cannot be read on (a quote opened and never closed)
     */
    public Optional<Line> next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(parser.getCurrentLineNumber(), e.getMessage());
        }
        long lineNumber = firstLineOf(record);
        if (!record.isConsistent()) {
            return Optional.of(new Line(lineNumber, Map.of(), Optional.of(LineProblem.of(lineNumber, null,
                    LineProblem.Reason.WRONG_NUMBER_OF_VALUES, record.size() + " values, " + parser.getHeaderNames().size()
                            + " columns"))));
        }
        Map<LegacyColumn, String> values = new EnumMap<>(LegacyColumn.class);
        headers.forEach((column, header) -> values.put(column, record.get(header)));
        return Optional.of(new Line(lineNumber, values, Optional.empty()));
    }

    /**
     * The line of the file the record begins on, as an editor numbers it (the header is line 1):
     * the parser counts the line breaks read so far, the record's own included, and a quoted
     * value may hold line breaks of its own.
     */
    private long firstLineOf(CSVRecord record) {
        long breaksWithin = 0;
        for (String value : record) {
            breaksWithin += value.chars().filter(c -> c == '\n').count();
        }
        return parser.getCurrentLineNumber() - breaksWithin;
    }

    /** A file that cannot be read on from a certain line: refused as a whole when it is uploaded. */
    public static final class UnreadableFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long lineNumber;

        UnreadableFileException(long lineNumber, String detail) {
            super("line " + lineNumber + ": " + detail);
            this.lineNumber = lineNumber;
        }

        public long lineNumber() {
            return lineNumber;
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

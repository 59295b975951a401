package org.tandem.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Reads an uploaded file as a {@link Table}, whatever a coordinator's spreadsheet or
 * sign-up tool made of it. A CSV file's encoding is its byte-order mark if it has one,
 * else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what Excel on Swedish
 * Windows writes); its separator is whichever of {@code ;}, {@code ,} or a tab the header
 * line uses most outside quotes. An XLSX file is read from its first worksheet,
 * streaming. A file that is none of these is refused with a reason, never half read.
 */
final class TableReader {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	static final int MAX_ROWS = 200_000;

	static final int MAX_COLUMNS = 200;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SAMPLE = 64 * 1024;

	private TableReader() {
	}

	/**
	 * @throws ImportRefused naming why the file cannot be read
	 */
	static Table read(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new ImportRefused("file", "TooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (content.length == 0) {
			throw new ImportRefused("file", "Empty");
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return readWorkbook(content);
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new ImportRefused("file", "OldExcel");
		}
		return readCsv(content);
	}

	private static Table readCsv(byte[] content) {
		Decoded decoded = decode(content);
		String text = decoded.text();
		if (looksBinary(text)) {
			throw new ImportRefused("file", "NotText");
		}
		if (text.isBlank()) {
			throw new ImportRefused("file", "Empty");
		}
		String separator = separator(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setQuote('"')
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		int[] lineStarts = lineStarts(text);
		List<String> headers = null;
		List<Table.Row> rows = new ArrayList<>();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(records, parser)) {
				CSVRecord record = records.next();
				List<String> cells = clean(record.values());
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (headers == null) {
					headers = headers(cells);
					continue;
				}
				if (rows.size() >= MAX_ROWS) {
					throw new ImportRefused("file", "TooManyRows", MAX_ROWS);
				}
				rows.add(new Table.Row(line(lineStarts, record.getCharacterPosition()), cells));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (headers == null) {
			throw new ImportRefused("file", "Empty");
		}
		return new Table(Table.FileFormat.CSV, decoded.charset(), separator, headers, rows);
	}

	/** Commons CSV reports a broken quote while looking for the next record. */
	private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException broken) {
			throw new ImportRefused("file", "QuoteNotClosed", parser.getCurrentLineNumber());
		}
	}

	private static Table readWorkbook(byte[] content) {
		List<String> headers = null;
		List<Table.Row> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false));
				Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
			Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheet.iterator();
			while (iterator.hasNext()) {
				org.dhatim.fastexcel.reader.Row row = iterator.next();
				List<String> cells = new ArrayList<>();
				int count = Math.min(row.getCellCount(), MAX_COLUMNS + 1);
				for (int column = 0; column < count; column++) {
					Cell cell = row.getCell(column);
					cells.add((cell != null) ? text(cell) : "");
				}
				cells = clean(cells);
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (headers == null) {
					headers = headers(cells);
					continue;
				}
				if (rows.size() >= MAX_ROWS) {
					throw new ImportRefused("file", "TooManyRows", MAX_ROWS);
				}
				rows.add(new Table.Row(row.getRowNum(), cells));
			}
		}
		catch (ImportRefused refused) {
			throw refused;
		}
		catch (IOException | RuntimeException unreadable) {
			// Untrusted bytes that only look like a workbook: whatever the parser throws,
			// the answer is the same.
			throw new ImportRefused("file", "NotAWorkbook");
		}
		if (headers == null) {
			throw new ImportRefused("file", "Empty");
		}
		return new Table(Table.FileFormat.XLSX, null, null, headers, rows);
	}

	/** A cell as its text; numbers without a trailing {@code .0}, dates as ISO dates. */
	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			if (isDate(cell)) {
				return cell.asDate().toLocalDate().toString();
			}
			BigDecimal number = cell.asNumber();
			return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
		}
		String text = cell.getText();
		return (text != null) ? text : "";
	}

	private static boolean isDate(Cell cell) {
		Integer id = cell.getDataFormatId();
		String format = cell.getDataFormatString();
		if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
			return true;
		}
		return format != null && format.toLowerCase(java.util.Locale.ROOT).matches(".*(yy|dd|mmm).*");
	}

	private static List<String> headers(List<String> cells) {
		if (cells.size() > MAX_COLUMNS) {
			throw new ImportRefused("file", "TooManyColumns", MAX_COLUMNS);
		}
		return cells.stream().map((header) -> (header.length() > 200) ? header.substring(0, 200) : header).toList();
	}

	/** Values without surrounding spaces, stray byte-order marks or zero-width spaces. */
	private static List<String> clean(List<String> values) {
		List<String> cleaned = new ArrayList<>(values.size());
		for (String value : values) {
			cleaned.add((value != null) ? value.replace("\uFEFF", "").replace("\u200B", "").strip() : "");
		}
		int last = cleaned.size();
		while (last > 0 && cleaned.get(last - 1).isEmpty()) {
			last--;
		}
		return cleaned.subList(0, last);
	}

	private static List<String> clean(String[] values) {
		return clean(Arrays.asList(values));
	}

	record Decoded(String charset, String text) {
	}

	static Decoded decode(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return new Decoded("UTF-8", new String(content, 3, content.length - 3, StandardCharsets.UTF_8));
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return new Decoded("UTF-16LE", new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE));
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return new Decoded("UTF-16BE", new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE));
		}
		try {
			CharBuffer strict = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return new Decoded("UTF-8", strict.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return new Decoded("windows-1252", new String(content, WINDOWS_1252));
		}
	}

	/**
	 * Text files have no NUL characters and hardly any other control characters; images,
	 * documents and random bytes have plenty.
	 */
	static boolean looksBinary(String text) {
		int length = Math.min(text.length(), SAMPLE);
		int control = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
				control++;
			}
		}
		return control > Math.max(2, length / 100);
	}

	/** The separator the header line uses most, outside quotes; {@code ;} on a tie. */
	static String separator(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		boolean seenText = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (seenText) {
					break;
				}
			}
			else if (!quoted) {
				seenText |= !Character.isWhitespace(c);
				semicolons += (c == ';') ? 1 : 0;
				commas += (c == ',') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return "\t";
		}
		return (commas > semicolons) ? "," : ";";
	}

	/** Where each line starts; a line ends at {@code \r\n}, {@code \n} or {@code \r}. */
	private static int[] lineStarts(String text) {
		int[] starts = new int[64];
		int count = 0;
		starts[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/** The 1-based line that holds the character at {@code position}. */
	private static int line(int[] lineStarts, long position) {
		int found = Arrays.binarySearch(lineStarts, (int) position);
		return (found >= 0) ? found + 1 : -found - 1;
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}

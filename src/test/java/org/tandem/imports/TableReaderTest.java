package org.tandem.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files as coordinators really have them: the encodings, separators, quoting and
 * spreadsheets Tandem reads, and the broken files it refuses with a reason.
 */
class TableReaderTest {

	static byte[] resource(String name) {
		try (InputStream in = TableReaderTest.class.getResourceAsStream("/imports/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A small class list as Excel saves it, with a year typed as a number and a date. */
	static byte[] workbook() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Tandem test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Klasslista 9B");
			List<String> headers = List.of("Förnamn", "Efternamn", "Födelsedatum", "Mobil", "Klass", "Språk");
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, headers.get(column));
			}
			sheet.value(1, 0, "Linnéa");
			sheet.value(1, 1, "Åkesson");
			sheet.value(1, 2, LocalDate.of(2009, 4, 17));
			sheet.style(1, 2).format("yyyy-mm-dd").set();
			sheet.value(1, 3, "070-555 66 77");
			sheet.value(1, 4, "9B");
			sheet.value(1, 5, "svenska, engelska");
			sheet.value(3, 0, "Nils");
			sheet.value(3, 1, "Öhman");
			sheet.value(3, 2, 2010);
			sheet.value(3, 3, "+46 70 555 88 99");
			sheet.value(3, 4, "9B");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Test
	void readsUtf8WithABomAndSemicolonsAndAFieldThatSpansTwoLines() {
		Table table = TableReader.read(resource("seniors-utf8-bom.csv"));

		assertThat(table.encoding()).isEqualTo("UTF-8");
		assertThat(table.separator()).isEqualTo(";");
		assertThat(table.headers()).startsWith("Förnamn", "Efternamn", "Födelseår").endsWith("Övrigt");
		assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 3, 5, 6);
		assertThat(table.rows().get(1).cell(11)).isEqualTo("Vill lära sig Swish;\noch BankID");
		assertThat(table.rows().get(3).cells()).startsWith("Östen", "Sjöö");
	}

	@Test
	void readsUtf8WithoutABomAndCommasWithQuotedCommasAndLineBreaks() {
		Table table = TableReader.read(resource("mentors-utf8.csv"));

		assertThat(table.encoding()).isEqualTo("UTF-8");
		assertThat(table.separator()).isEqualTo(",");
		assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 3, 5);
		assertThat(table.rows().get(1).cell(5)).isEqualTo("Anderstorpsgymnasiet,\nSkellefteå");
		assertThat(table.rows().get(0).cell(7)).isEqualTo("Swedish, Arabic");
	}

	@Test
	void readsWindows1252AsExcelOnSwedishWindowsWritesIt() {
		byte[] content = resource("seniors-windows-1252.csv");
		assertThat(content).contains((byte) 0xC5);

		Table table = TableReader.read(content);

		assertThat(table.encoding()).isEqualTo("windows-1252");
		assertThat(table.headers()).containsExactly("FÖRNAMN", "EFTERNAMN", "FÖDELSEÅR", "MOBILNUMMER", "SPRÅK", "ORT");
		assertThat(table.rows().get(0).cells()).containsExactly("Gunnel", "Åström", "1939", "070-111 22 33", "svenska",
				"Kåge");
	}

	@Test
	void readsAWorkbookWithRowNumbersNumbersAndDates() {
		Table table = TableReader.read(workbook());

		assertThat(table.format()).isEqualTo(Table.FileFormat.XLSX);
		assertThat(table.headers()).containsExactly("Förnamn", "Efternamn", "Födelsedatum", "Mobil", "Klass", "Språk");
		assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4);
		assertThat(table.rows().get(0).cells()).containsExactly("Linnéa", "Åkesson", "2009-04-17", "070-555 66 77",
				"9B", "svenska, engelska");
		assertThat(table.rows().get(1).cell(2)).isEqualTo("2010");
	}

	@Test
	void picksTheSeparatorTheHeaderLineUsesOutsideQuotes() {
		assertThat(TableReader.separator("\"Namn, förnamn\";Telefon;Ort\nA,B,C,D,E")).isEqualTo(";");
		assertThat(TableReader.separator("Namn,Telefon\n")).isEqualTo(",");
		assertThat(TableReader.separator("Namn\tTelefon\tOrt")).isEqualTo("\t");
		assertThat(TableReader.separator("\n\nNamn,Telefon")).isEqualTo(",");
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], "Empty");
		assertRefused("\n\r\n  \n".getBytes(StandardCharsets.UTF_8), "Empty");
		assertRefused(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "Empty");
		assertRefused(";;;\n;;\n".getBytes(StandardCharsets.UTF_8), "Empty");
	}

	@Test
	void refusesABinaryFile() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1,
				0 };
		assertRefused(png, "NotText");
		assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }, "OldExcel");
		assertRefused(new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5 }, "NotAWorkbook");
	}

	@Test
	void refusesTenMegabytesOfGarbage() {
		byte[] garbage = new byte[10 * 1024 * 1024];
		new Random(42).nextBytes(garbage);

		assertRefused(garbage, "NotText");
	}

	@Test
	void refusesAFileLargerThanTheLimitAndSaysTheLimit() {
		assertThatThrownBy(() -> TableReader.read(new byte[TableReader.MAX_BYTES + 1]))
			.isInstanceOf(ImportRefused.class)
			.extracting("rule", "arguments")
			.containsExactly("TooLarge", new Object[] { 20 });
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		assertRefused(resource("unclosed-quote.csv"), "QuoteNotClosed");
	}

	static void assertRefused(byte[] content, String rule) {
		assertThatThrownBy(() -> TableReader.read(content)).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("field", "file")
			.extracting("rule")
			.isEqualTo(rule);
	}

}

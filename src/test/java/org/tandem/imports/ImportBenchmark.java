package org.tandem.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.testing.BenchmarkApplication;
import org.tandem.system.Tenancy;

/**
 * Measures the import of a generated, realistic 100,000-row senior list (UTF-8 with BOM,
 * semicolons, Swedish names, phone numbers written the Swedish way, a few quoted notes
 * with line breaks) on H2 or PostgreSQL: the upload with its preview, the commit, and a
 * second upload of the same file, whose every row is a duplicate. Not a test: a command,
 * see {@code docs/benchmarks.md}. Arguments: {@code h2} or {@code postgres}, and the
 * number of rows (default 100000). PostgreSQL is the one named by
 * {@code TANDEM_TEST_POSTGRES_URL}; the benchmark's organisation is deleted afterwards.
 */
public final class ImportBenchmark {

	static final List<String> FIRST_NAMES = List.of("Åsa", "Gunnel", "Märta", "Britt", "Inga-Lill", "Karin", "Ulla",
			"Birgitta", "Elsa", "Margareta", "Göran", "Östen", "Bengt", "Lars", "Åke", "Sven-Erik", "Kjell", "Rolf",
			"Ahmed", "Fatima", "Amina", "Hassan", "Leila", "Mirza", "Aino", "Pirkko", "Juhani", "Nils-Ánte");

	static final List<String> LAST_NAMES = List.of("Öberg", "Lindström", "Åström", "Nyström", "Sjöö", "Ärlig",
			"Johansson", "Karlsson", "Nilsson", "Lundqvist", "Bäckström", "Hassan", "Ali", "Mohammed", "Hodžić",
			"Virtanen", "Mäkinen", "Päiviö", "Labba", "Kuoljok");

	static final List<String> CITIES = List.of("Skellefteå", "Kåge", "Ursviken", "Byske", "Jörn", "Umeå", "Luleå",
			"Malmö", "Göteborg", "Östersund");

	static final List<String> LANGUAGES = List.of("svenska", "svenska", "svenska", "svenska", "svenska, finska",
			"arabiska, svenska", "sv, so", "persiska", "bosniska/svenska", "meänkieli, svenska", "nordsamiska, svenska",
			"English");

	static final List<String> DEVICES = List.of("iPhone", "Android", "iPad", "iPhone, iPad", "dator", "", "", "Mac");

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws InterruptedException {
		String database = (args.length > 0) ? args[0] : "h2";
		int rows = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		byte[] file = generate(rows, 2026);
		System.out.printf("Generated %,d rows, %.1f MB%n", rows, file.length / 1024.0 / 1024.0);
		try (ConfigurableApplicationContext app = BenchmarkApplication.start(database)) {
			Organisations organisations = app.getBean(Organisations.class);
			Imports imports = app.getBean(Imports.class);
			Tenancy tenancy = app.getBean(Tenancy.class);
			Organisation organisation = organisations.create("Benchmark " + System.nanoTime(),
					Locale.forLanguageTag("sv"), ZoneId.of("Europe/Stockholm"));
			try {
				tenancy.runAs(organisation.id(), () -> run(imports, file, database));
			}
			finally {
				BenchmarkApplication.deleteOrganisation(app, organisation.id().value());
			}
		}
	}

	private static void run(Imports imports, byte[] file, String database) {
		long start = System.nanoTime();
		ImportSummary preview = imports.upload(ImportKind.SENIOR, "seniorer.csv", file);
		Duration upload = since(start);
		start = System.nanoTime();
		imports.commit(preview.id());
		ImportSummary done = await(imports, preview.id());
		Duration commit = since(start);
		start = System.nanoTime();
		ImportSummary again = imports.upload(ImportKind.SENIOR, "seniorer.csv", file);
		Duration second = since(start);
		System.out.printf(
				"%s: rows %,d, problems %d; upload and preview %.1f s; commit %.1f s (%s, %,d added);"
						+ " total %.1f s; same file again: preview %.1f s, %,d duplicates%n",
				database, preview.rowCount(), preview.errorCount(), seconds(upload), seconds(commit), done.status(),
				done.imported(), seconds(upload.plus(commit)), seconds(second), again.duplicates());
	}

	private static ImportSummary await(Imports imports, ImportId id) {
		while (true) {
			ImportSummary summary = imports.get(id);
			if (summary.status() != ImportStatus.COMMITTING) {
				return summary;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A realistic senior list, the same for the same seed; every phone number unique. */
	static byte[] generate(int rows, long seed) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder(rows * 120);
		csv.append("Förnamn;Efternamn;Födelseår;Mobil;E-post;Adress;Postnummer;Ort;Språk;Enheter;Kön;Övrigt\r\n");
		for (int i = 0; i < rows; i++) {
			String first = pick(random, FIRST_NAMES);
			String last = pick(random, LAST_NAMES);
			String number = String.format("%07d", i);
			String phone = switch (i % 3) {
				case 0 -> "07" + "0236".charAt(i % 4) + "-" + number.substring(0, 3) + " " + number.substring(3, 5)
						+ " " + number.substring(5);
				case 1 -> "+46 7" + "0236".charAt(i % 4) + " " + number.substring(0, 3) + " " + number.substring(3, 5)
						+ " " + number.substring(5);
				default -> "07" + "0236".charAt(i % 4) + number;
			};
			boolean email = random.nextInt(4) == 0;
			boolean address = random.nextInt(3) == 0;
			csv.append(first)
				.append(';')
				.append(last)
				.append(';')
				.append(1930 + random.nextInt(30))
				.append(';')
				.append(phone)
				.append(';')
				.append(email ? "senior" + i + "@example.se" : "")
				.append(';')
				.append(address ? "Storgatan " + (1 + random.nextInt(90)) : "")
				.append(';')
				.append(address ? (93 + random.nextInt(5)) + "1 " + (10 + random.nextInt(80)) : "")
				.append(';')
				.append(address ? pick(random, CITIES) : "")
				.append(';')
				.append(quoted(pick(random, LANGUAGES)))
				.append(';')
				.append(quoted(pick(random, DEVICES)))
				.append(';')
				.append(random.nextBoolean() ? "kvinna" : "man")
				.append(';')
				.append((random.nextInt(20) == 0) ? "\"Vill lära sig Swish;\r\nhelst på tisdagar\"" : "")
				.append("\r\n");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String quoted(String value) {
		return value.contains(",") ? "\"" + value + "\"" : value;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/** Leaves the shared database as it was. */

}

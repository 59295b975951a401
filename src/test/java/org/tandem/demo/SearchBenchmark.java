package org.tandem.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.organisations.ApiTokens;
import org.tandem.organisations.NewUser;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.UserAccount;
import org.tandem.organisations.Username;
import org.tandem.organisations.Users;
import org.tandem.testing.BenchmarkApplication;
import org.tandem.system.Role;

/**
 * Measures the seniors list page's search at national scale: writes the national dataset
 * (100,000 seniors, 30,000 mentors, 2,000 venues) with the seeded generator, then asks
 * the running application's list page ({@code /seniors}, HTML) and the JSON API
 * ({@code /api/v1/seniors}) for a mix of searches a coordinator makes: a surname, part of
 * a first name, a phone number written the Swedish way, a language filter, an e-mail
 * fragment. Not a test: a command, see {@code docs/benchmarks.md}. Arguments: {@code h2}
 * or {@code postgres}, the number of seniors (default 100000), and {@code keep} to keep
 * the organisation afterwards for a look at the query plans.
 */
public final class SearchBenchmark {

	static final List<String> SEARCHES = List.of("search=Andersson", "search=gun", "search=Öberg",
			"search=070-000 00 01", "search=Hassan&language=ar", "language=so", "search=example.se&status=PENDING",
			"search=Labba", "search=virtanen", "search=Karin+Nilsson", "status=PENDING", "search=Lundqvist&page=3");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "h2";
		int seniors = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		boolean keep = args.length > 2 && args[2].equals("keep");
		try (ConfigurableApplicationContext app = BenchmarkApplication.start(database,
				"spring.datasource.hikari.maximum-pool-size=8")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			NationalDataset dataset = app.getBean(NationalDataset.class);
			long start = System.nanoTime();
			Organisation organisation = dataset.generate("Search benchmark " + System.nanoTime(),
					new NationalDataset.Size(seniors, seniors * 3 / 10, Integer.getInteger("venues", 2_000)), 2026);
			System.out.printf("Wrote %,d seniors, %,d mentors, 2,000 venues in %.1f s%n", seniors, seniors * 3 / 10,
					(System.nanoTime() - start) / 1e9);
			// The database's statistics as they would be a minute after a bulk write
			// (PostgreSQL's autovacuum analyses changed tables by itself); without them
			// the first searches are planned for empty tables.
			app.getBean(JdbcClient.class).sql("analyze").update();
			try {
				String token = coordinatorToken(app, organisation);
				measure(port, token, "/seniors?", "list page (HTML)");
				measure(port, token, "/api/v1/seniors?", "JSON API");
			}
			finally {
				if (keep) {
					System.out.println("Kept organisation " + organisation.id().value());
				}
				else if (database.equals("postgres")) {
					// An in-memory H2 database goes with the process.
					BenchmarkApplication.deleteOrganisation(app, organisation.id().value());
				}
			}
		}
	}

	private static String coordinatorToken(ConfigurableApplicationContext app, Organisation organisation) {
		String[] secret = new String[1];
		app.getBean(Organisations.class).actFor(organisation, () -> {
			UserAccount user = app.getBean(Users.class)
				.registerWithPassword(new NewUser(new Username("bench-" + System.nanoTime()), "Benchmark", null,
						Set.of(Role.COORDINATOR)), "benchmark password");
			secret[0] = app.getBean(ApiTokens.class).issue(user.id(), "benchmark", null).secret();
		});
		return secret[0];
	}

	private static void measure(int port, String token, String path, String what) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int rounds = 20;
		List<Long> times = new ArrayList<>();
		java.util.Map<String, List<Long>> bySearch = new java.util.LinkedHashMap<>();
		for (int round = -3; round < rounds; round++) {
			for (String search : SEARCHES) {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + path + search.replace(" ", "+")))
					.header("Authorization", "Bearer " + token)
					.header("Accept-Language", "sv")
					.timeout(Duration.ofSeconds(30))
					.build();
				long started = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - started;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(path + search + " answered " + response.statusCode());
				}
				if (round >= 0) {
					times.add(took);
					bySearch.computeIfAbsent(search, (key) -> new ArrayList<>()).add(took);
				}
			}
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%s: %d searches, median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n", what,
				sorted.length, millis(sorted, 0.5), millis(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
		bySearch.forEach((search, took) -> System.out.printf("  %-40s median %.1f ms%n", search,
				millis(took.stream().mapToLong(Long::longValue).sorted().toArray(), 0.5)));
		System.out.println("  slowest: " + Arrays.toString(Arrays.stream(sorted, sorted.length - 3, sorted.length)
			.mapToObj((nanos) -> String.format("%.0f ms", nanos / 1e6))
			.toArray()));
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}

package org.tandem.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.TandemTest;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists of venues through the JSON API, by the same import as mentors and seniors: the
 * preview with every bad row and the venue rule's own reason, an all-or-nothing commit
 * through the venues module, the same file twice adding nothing, other organisations kept
 * out, and problem details for a file Tandem cannot use.
 */
@TandemTest
class VenueImportsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Venues venues;

	@Autowired
	Tenancy tenancy;

	@Autowired
	PlatformTransactionManager transactions;

	TestOrganisation skelleftea;

	String coordinator;

	@BeforeEach
	void anOrganisation() {
		this.skelleftea = this.organisations.create("Skellefteå");
		this.coordinator = this.skelleftea.bearer(Role.COORDINATOR);
	}

	ResultActions upload(String bearer, String name, byte[] content, String language) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv", content))
				.param("kind", "VENUE")
				.header("Authorization", bearer)
				.header("Accept-Language", language));
	}

	String uploaded(byte[] content) throws Exception {
		String json = upload(this.coordinator, "platser.csv", content, "en").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	ResultActions commit(String id) throws Exception {
		return this.mvc.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", this.coordinator));
	}

	/** Follows a background commit until it is no longer running. */
	String awaitCommit(String id) throws Exception {
		return await(id, (json) -> !"COMMITTING".equals(JsonPath.read(json, "$.status")));
	}

	String await(String id, java.util.function.Predicate<String> done) throws Exception {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(giveUp)) {
			String json = this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", this.coordinator))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (done.test(json)) {
				return json;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The import did not get there in 30 seconds");
	}

	long venues(TestOrganisation organisation) {
		return this.tenancy.callAs(organisation.organisation().id(),
				() -> this.venues.page(new org.tandem.venues.VenueQuery("", null, null, null, 0, 1)).totalItems());
	}

	static byte[] onlineVenues(int count) {
		StringBuilder csv = new StringBuilder("Namn;Typ;Möteslänk\n");
		for (int i = 1; i <= count; i++) {
			csv.append("Träffpunkt ").append(i).append(";online;https://meet.example.se/").append(i).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static VenueDetails online(String name) {
		return new VenueDetails(name, VenueKind.ONLINE, null, "https://meet.example.se/annan", null, List.of(),
				WeeklyTimes.NONE, Set.of(), null, null, Set.of());
	}

	@Test
	void previewsEveryBadVenueRowWithItsLineFieldAndReasonBeforeWritingAnything() throws Exception {
		upload(this.coordinator, "platser.csv", TableReaderTest.resource("venues-utf8-bom.csv"), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("VENUE"))
			.andExpect(jsonPath("$.status").value("READY"))
			.andExpect(jsonPath("$.encoding").value("UTF-8"))
			.andExpect(jsonPath("$.separator").value(";"))
			.andExpect(jsonPath("$.mapping",
					contains("NAME", "VENUE_KIND", "STREET", "POSTCODE", "CITY", "MUNICIPALITY", "PHONE", "EMAIL",
							"MEETING_LINK", "LATITUDE", "LONGITUDE", "ROOM_NAME", "ROOM_CAPACITY",
							"ACCESSIBILITY_FEATURES", "OPENING_HOURS")))
			.andExpect(jsonPath("$.missingColumns").isEmpty())
			.andExpect(jsonPath("$.rowCount").value(10))
			.andExpect(jsonPath("$.errorCount").value(5))
			.andExpect(jsonPath("$.rowsWithErrors").value(5))
			.andExpect(jsonPath("$.duplicates").value(1))
			.andExpect(jsonPath("$.toImport").value(4))
			.andExpect(jsonPath("$.errors[*].line", contains(4, 6, 7, 8, 9)))
			.andExpect(jsonPath("$.errors[*].column", contains("Postnummer", "Typ", "Platser", "Latitud", "Länk")))
			.andExpect(jsonPath("$.errors[*].field",
					contains("postcode", "kind", "roomCapacity", "latitude", "meetingLink")))
			.andExpect(jsonPath("$.errors[*].rule",
					contains("Postcode", "VenueKindUnknown", "RoomCapacityTooSmall", "CoordinatesOutOfRange",
							"MeetingLinkRequired")))
			.andExpect(jsonPath("$.errors[*].message", contains(
					"Write the postcode as five digits, for example 931 85.",
					"Tandem does not know the kind of venue \"festlokal\". Write library, care home, school, "
							+ "community centre or online, or bibliotek, äldreboende, skola, träffpunkt or digitalt.",
					"The room Aulan must have room for at least 1 person.", "Use a number from -90 to 90.",
					"An online venue needs a link to its meeting room.")))
			.andExpect(jsonPath("$.errors[*].value", contains("934 3X", "festlokal", "0", "95,5", null)));
		upload(this.coordinator, "platser.csv", TableReaderTest.resource("venues-utf8-bom.csv"), "sv")
			.andExpect(jsonPath("$.errors[2].message").value("Rummet Aulan måste ha plats för minst 1 person."))
			.andExpect(jsonPath("$.errors[1].message").value("Tandem känner inte till typen av plats \"festlokal\". "
					+ "Skriv bibliotek, äldreboende, skola, träffpunkt eller digitalt."));

		assertThat(venues(this.skelleftea)).isZero();
	}

	@Test
	void refusesToCommitWhileAVenueRowHasAProblem() throws Exception {
		String id = uploaded(TableReaderTest.resource("venues-utf8-bom.csv"));

		commit(id).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("rows"))
			.andExpect(jsonPath("$.errors[0].rule").value("RowsHaveErrors"));
		assertThat(venues(this.skelleftea)).isZero();
	}

	@Test
	void commitsEveryVenueOfACommaSeparatedWindows1252FileAndTheSameFileTwiceAddsNone() throws Exception {
		String first = uploaded(TableReaderTest.resource("venues-windows-1252.csv"));
		this.mvc.perform(get("/api/v1/imports/" + first).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.encoding").value("windows-1252"))
			.andExpect(jsonPath("$.separator").value(","))
			.andExpect(jsonPath("$.headers[9]").value("TILLGÄNGLIGHET"))
			.andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.toImport").value(3));

		commit(first).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value(oneOf("COMMITTING", "COMMITTED")));
		String done = awaitCommit(first);

		assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("COMMITTED");
		assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(3);
		this.mvc.perform(get("/api/v1/venues").param("search", "åsele").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(2));
		this.mvc
			.perform(get("/api/v1/venues").param("search", "ÅSELE BIBLIOTEK").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.items[0].name").value("Åsele bibliotek"))
			.andExpect(jsonPath("$.items[0].kind").value("LIBRARY"))
			.andExpect(jsonPath("$.items[0].postcode").value("91932"))
			.andExpect(jsonPath("$.items[0].phone").value("0941-140 00"))
			.andExpect(jsonPath("$.items[0].latitude").value(64.1603))
			.andExpect(jsonPath("$.items[0].rooms[0].name").value("Läsrummet"))
			.andExpect(jsonPath("$.items[0].rooms[0].capacity").value(8))
			.andExpect(jsonPath("$.items[0].features", containsInAnyOrder("LIFT", "HEARING_LOOP")))
			.andExpect(jsonPath("$.items[0].openingHours.length()").value(6));
		this.mvc.perform(get("/api/v1/venues").param("search", "björkgården").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.items[0].name").value("Äldreboendet Björkgården"))
			.andExpect(jsonPath("$.items[0].kind").value("CARE_HOME"))
			.andExpect(jsonPath("$.items[0].street").value("Skolgatan 2, ingång B"));
		this.mvc.perform(get("/api/v1/venues").param("search", "öjeby").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.items[0].rooms[0].name").value("Stora rummet"))
			.andExpect(jsonPath("$.items[0].rooms[0].capacity").value(20));

		String second = uploaded(TableReaderTest.resource("venues-windows-1252.csv"));
		this.mvc.perform(get("/api/v1/imports/" + second).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.duplicates").value(3))
			.andExpect(jsonPath("$.toImport").value(0));
		commit(second).andExpect(status().isAccepted());
		assertThat((Integer) JsonPath.read(awaitCommit(second), "$.imported")).isZero();
		assertThat(venues(this.skelleftea)).isEqualTo(3);
		commit(first).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("AlreadyCommitted"));
	}

	@Test
	void aVenueCreatedBetweenPreviewAndCommitIsSkippedNotDuplicated() throws Exception {
		String id = uploaded(onlineVenues(3));
		this.tenancy.runAs(this.skelleftea.organisation().id(), () -> this.venues.create(online("TRÄFFPUNKT 2")));

		commit(id).andExpect(status().isAccepted());
		String done = awaitCommit(id);

		assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(done, "$.duplicates")).isEqualTo(1);
		assertThat(venues(this.skelleftea)).isEqualTo(3);
	}

	@Test
	void aCommitThatFailsPartWayKeepsNoVenueAndMayBeRetried() throws Exception {
		String id = uploaded(onlineVenues(600));
		// Another request creates one of the file's venues and has not committed yet when
		// the import checks the names, so the import only meets it when it writes that
		// row, after it has written others.
		CountDownLatch created = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> other = CompletableFuture
			.runAsync(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				this.tenancy.runAs(this.skelleftea.organisation().id(),
						() -> this.venues.create(online("Träffpunkt 550")));
				created.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();

		commit(id).andExpect(status().isAccepted());
		await(id, (json) -> (Integer) JsonPath.read(json, "$.progress.total") == 600);
		release.countDown();
		other.get(30, TimeUnit.SECONDS);
		String failed = awaitCommit(id);

		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("FAILED");
		assertThat(venues(this.skelleftea)).isEqualTo(1);

		commit(id).andExpect(status().isAccepted());
		String retried = awaitCommit(id);
		assertThat((String) JsonPath.read(retried, "$.status")).isEqualTo("COMMITTED");
		assertThat((Integer) JsonPath.read(retried, "$.imported")).isEqualTo(599);
		assertThat((Integer) JsonPath.read(retried, "$.duplicates")).isEqualTo(1);
		assertThat(venues(this.skelleftea)).isEqualTo(600);
	}

	@Test
	void readsAWorkbookOfVenues() throws Exception {
		upload(this.coordinator, "platser.xlsx", VenueRowsTest.workbook(), "en").andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("XLSX"))
			.andExpect(jsonPath("$.mapping",
					contains("NAME", "VENUE_KIND", "STREET", "POSTCODE", "CITY", "MUNICIPALITY", "LATITUDE",
							"LONGITUDE", "ROOM_NAME", "ROOM_CAPACITY")))
			.andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.toImport").value(1));
	}

	@Test
	void aBrokenVenueFileAnswersProblemDetailsNamingTheProblem() throws Exception {
		upload(this.coordinator, "tom.csv", new byte[0], "en").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].rule").value("Empty"));
		upload(this.coordinator, "seniorer.csv", TableReaderTest.resource("seniors-utf8-bom.csv"), "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].rule").value("NoKnownColumns"))
			.andExpect(jsonPath("$.errors[0].message").value("No column could be recognised. The first row must name "
					+ "the columns, for example Namn, Typ, Adress, Postnummer, Ort, Kommun, Platser."));
		upload(this.coordinator, "platser.csv",
				"Namn;Typ;Länk\n\"Digitala träffen;online;https://meet.example.se/t\n".getBytes(StandardCharsets.UTF_8),
				"sv")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("QuoteNotClosed"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Ett citattecken som börjar ett värde på rad 2 avslutas aldrig. Kontrollera den raden."));

		String id = uploaded(onlineVenues(2));
		this.mvc
			.perform(put("/api/v1/imports/" + id + "/mapping").header("Authorization", this.coordinator)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mapping\":[\"FIRST_NAME\",\"VENUE_KIND\",\"MEETING_LINK\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("mapping"))
			.andExpect(jsonPath("$.errors[0].rule").value("FieldNotForKind"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose only fields that this kind of list has."));
		this.mvc
			.perform(put("/api/v1/imports/" + id + "/mapping").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mapping\":[\"NAME\",\"VENUE_KIND\",\"LATITUDE\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missingColumns", contains("COORDINATES")))
			.andExpect(jsonPath("$.errors[0].rule").value("DegreesUnreadable"))
			.andExpect(jsonPath("$.errors[0].field").value("latitude"));
		commit(id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("ColumnsMissing"));
		assertThat(venues(this.skelleftea)).isZero();
	}

	@Test
	void anotherOrganisationCannotSeeOrCommitAVenueImportAndHasNamesOfItsOwn() throws Exception {
		String id = uploaded(onlineVenues(2));
		TestOrganisation byske = this.organisations.create("Byske");
		String other = byske.bearer(Role.COORDINATOR);

		this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", other)).andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/imports/" + id + "/mapping").header("Authorization", other)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mapping\":[\"NAME\",\"VENUE_KIND\",\"MEETING_LINK\"]}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/imports").header("Authorization", other)).andExpect(jsonPath("$").isEmpty());

		commit(id).andExpect(status().isAccepted());
		awaitCommit(id);
		String json = upload(other, "platser.csv", onlineVenues(2), "en").andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.toImport").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/commit").header("Authorization", other))
			.andExpect(status().isAccepted());
		assertThat(venues(this.skelleftea)).isEqualTo(2);
	}

	@Test
	void onlyAdminsAndCoordinatorsImportVenues() throws Exception {
		upload(this.skelleftea.bearer(Role.VENUE_STAFF), "platser.csv", onlineVenues(1), "en")
			.andExpect(status().isForbidden());
		upload(this.skelleftea.bearer(Role.MENTOR), "platser.csv", onlineVenues(1), "en")
			.andExpect(status().isForbidden());
		upload(this.skelleftea.bearer(Role.ADMIN), "platser.csv", onlineVenues(1), "en")
			.andExpect(status().isCreated());
		assertThat(venues(this.skelleftea)).isZero();
	}

}

package org.tandem.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports through the JSON API: upload, preview with every bad row, a changed mapping, an
 * all-or-nothing commit in the background, and the problems a broken file gets.
 */
@TandemTest
class ImportsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	TestOrganisation kage;

	String coordinator;

	@BeforeEach
	void anOrganisation() {
		this.kage = this.organisations.create("Kåge");
		this.coordinator = this.kage.bearer(Role.COORDINATOR);
	}

	ResultActions upload(String bearer, String kind, String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv", content))
				.param("kind", kind)
				.header("Authorization", bearer)
				.header("Accept-Language", "en"));
	}

	String uploaded(String kind, String resource) throws Exception {
		String json = upload(this.coordinator, kind, resource, TableReaderTest.resource(resource))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	/** Follows a background commit until it is no longer running. */
	String awaitCommit(String id) throws Exception {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(giveUp)) {
			String json = this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", this.coordinator))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!"COMMITTING".equals(JsonPath.read(json, "$.status"))) {
				return json;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The commit did not finish in 30 seconds");
	}

	@Test
	void previewsEveryBadRowWithItsLineFieldAndReasonBeforeWritingAnything() throws Exception {
		upload(this.coordinator, "SENIOR", "seniorer.csv", TableReaderTest.resource("seniors-utf8-bom.csv"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("READY"))
			.andExpect(jsonPath("$.encoding").value("UTF-8"))
			.andExpect(jsonPath("$.separator").value(";"))
			.andExpect(jsonPath("$.headers[0]").value("Förnamn"))
			.andExpect(jsonPath("$.mapping[0]").value("FIRST_NAME"))
			.andExpect(jsonPath("$.mapping[3]").value("PHONE"))
			.andExpect(jsonPath("$.mapping[11]").value("NOTES"))
			.andExpect(jsonPath("$.rowCount").value(4))
			.andExpect(jsonPath("$.errorCount").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(5))
			.andExpect(jsonPath("$.errors[0].column").value("Födelseår"))
			.andExpect(jsonPath("$.errors[0].field").value("yearOfBirth"))
			.andExpect(jsonPath("$.errors[0].rule").value("YearOfBirthUnreadable"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Write the year of birth with four digits, for example 1942."))
			.andExpect(jsonPath("$.errors[0].value").value("19xx"))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.toImport").value(3));

		this.mvc.perform(get("/api/v1/seniors").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aCoordinatorMapsTheColumnsTandemDidNotRecogniseThenCommitsAndThePeopleExist() throws Exception {
		String id = uploaded("SENIOR", "columns-to-map.csv");
		this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.mapping", contains("FIRST_NAME", null, null, "PHONE")))
			.andExpect(jsonPath("$.missingColumns", contains("LAST_NAME", "YEAR_OF_BIRTH")))
			.andExpect(jsonPath("$.toImport").value(0));
		this.mvc.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", this.coordinator))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].rule").value("ColumnsMissing"));

		this.mvc
			.perform(put("/api/v1/imports/" + id + "/mapping").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mapping\":[\"FIRST_NAME\",\"LAST_NAME\",\"YEAR_OF_BIRTH\",\"PHONE\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missingColumns").isEmpty())
			.andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.toImport").value(3));
		this.mvc.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", this.coordinator))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("COMMITTING", "COMMITTED")));
		String done = awaitCommit(id);

		org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("COMMITTED");
		org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(3);
		this.mvc
			.perform(get("/api/v1/seniors").param("search", "070-333 44 55").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].firstName").value("Inga-Lill"))
			.andExpect(jsonPath("$.items[0].lastName").value("Öhrn"))
			.andExpect(jsonPath("$.items[0].phone").value("+46703334455"))
			.andExpect(jsonPath("$.items[0].contactChannel").value("SMS"))
			.andExpect(jsonPath("$.items[0].languages", contains("sv")))
			.andExpect(jsonPath("$.items[0].status").value("PENDING"))
			.andExpect(jsonPath("$.items[0].source").value("IMPORT"));
	}

	@Test
	void refusesToCommitWhileARowHasAProblem() throws Exception {
		String id = uploaded("SENIOR", "seniors-utf8-bom.csv");

		this.mvc
			.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", this.coordinator)
				.header("Accept-Language", "sv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows"))
			.andExpect(jsonPath("$.errors[0].rule").value("RowsHaveErrors"))
			.andExpect(jsonPath("$.errors[0].message").value("1 fel måste rättas innan något importeras."));
		this.mvc.perform(get("/api/v1/seniors").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void theSameFileImportedTwiceAddsNobodyTheSecondTime() throws Exception {
		String first = uploaded("MENTOR", "mentors-utf8.csv");
		this.mvc.perform(post("/api/v1/imports/" + first + "/commit").header("Authorization", this.coordinator))
			.andExpect(status().isAccepted());
		org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(awaitCommit(first), "$.imported"))
			.isEqualTo(3);

		String second = uploaded("MENTOR", "mentors-utf8.csv");
		this.mvc.perform(get("/api/v1/imports/" + second).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.duplicates").value(3))
			.andExpect(jsonPath("$.toImport").value(0));
		this.mvc.perform(post("/api/v1/imports/" + second + "/commit").header("Authorization", this.coordinator))
			.andExpect(status().isAccepted());
		String done = awaitCommit(second);

		org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(done, "$.imported")).isZero();
		this.mvc.perform(get("/api/v1/mentors").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(3));
		this.mvc.perform(post("/api/v1/imports/" + first + "/commit").header("Authorization", this.coordinator))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("AlreadyCommitted"));
	}

	@Test
	void readsAWorkbookAndAWindows1252File() throws Exception {
		upload(this.coordinator, "MENTOR", "klass 9B.xlsx", TableReaderTest.workbook()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("XLSX"))
			.andExpect(jsonPath("$.encoding").doesNotExist())
			.andExpect(jsonPath("$.mapping",
					contains("FIRST_NAME", "LAST_NAME", "YEAR_OF_BIRTH", "PHONE", "SCHOOL_CLASS", "LANGUAGES")))
			.andExpect(jsonPath("$.rowCount").value(2))
			.andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.toImport").value(2));
		String json = upload(this.coordinator, "SENIOR", "seniorer.csv",
				TableReaderTest.resource("seniors-windows-1252.csv"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.encoding").value("windows-1252"))
			.andExpect(jsonPath("$.headers[2]").value("FÖDELSEÅR"))
			.andExpect(jsonPath("$.mapping[5]").value("CITY"))
			.andExpect(jsonPath("$.missingColumns", contains("ADDRESS")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(put("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/mapping")
				.header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mapping\":[\"FIRST_NAME\",\"LAST_NAME\",\"YEAR_OF_BIRTH\",\"PHONE\",\"LANGUAGES\",null]}"))
			.andExpect(jsonPath("$.missingColumns").isEmpty())
			.andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.toImport").value(2));
	}

	@Test
	void someoneRegisteredBetweenPreviewAndCommitIsSkippedNotDuplicated() throws Exception {
		String id = uploaded("MENTOR", "mentors-utf8.csv");
		this.mvc
			.perform(post("/api/v1/mentors").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Elias","lastName":"Berg","yearOfBirth":2009,"phone":"+46735551234",
						 "contactChannel":"SMS","languages":["sv"]}
						"""))
			.andExpect(status().isCreated());

		this.mvc.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", this.coordinator))
			.andExpect(status().isAccepted());
		String done = awaitCommit(id);

		org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(2);
		org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(done, "$.duplicates")).isEqualTo(1);
		this.mvc.perform(get("/api/v1/mentors").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(3));
	}

	@Test
	void anUploadAboveTheServersLimitIsCalledTooLarge() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 413)
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/imports")
				.header("Accept-Language", "en"))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.title").value("Too large"))
			.andExpect(jsonPath("$.detail")
				.value("The request is larger than Tandem accepts. Files for import may be at most 20 MB."));
	}

	@Test
	void aBrokenFileAnswersProblemDetailsNamingTheProblem() throws Exception {
		upload(this.coordinator, "SENIOR", "tom.csv", new byte[0]).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].rule").value("Empty"))
			.andExpect(jsonPath("$.errors[0].message").value("The file is empty. Choose the file with your list."));
		upload(this.coordinator, "SENIOR", "bild.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 })
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("NotText"));
		upload(this.coordinator, "SENIOR", "stor.csv", new byte[20 * 1024 * 1024 + 1])
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("TooLarge"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The file is larger than 20 MB. Split it into smaller files."));
		upload(this.coordinator, "SENIOR", "kaffe.csv", TableReaderTest.resource("wrong-columns.csv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("NoKnownColumns"));
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv",
						"Förnamn\nÅsa".getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", this.coordinator)
				.header("Accept-Language", "sv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Välj om filen innehåller mentorer, seniorer eller platser."));
		upload(this.coordinator, "PENGUIN", "x.csv", TableReaderTest.resource("mentors-utf8.csv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(get("/api/v1/imports").header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void anotherOrganisationsImportIsNotFoundOnEveryEndpoint() throws Exception {
		String id = uploaded("SENIOR", "columns-to-map.csv");
		String other = this.organisations.create("Byske").bearer(Role.COORDINATOR);

		this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", other)).andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/imports/" + id + "/mapping").header("Authorization", other)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mapping\":[\"FIRST_NAME\",\"LAST_NAME\",\"YEAR_OF_BIRTH\",\"PHONE\"]}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/imports").header("Authorization", other)).andExpect(jsonPath("$").isEmpty());
		this.mvc.perform(get("/api/v1/imports").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$[*].id", contains(id)))
			.andExpect(jsonPath("$[*].imported", everyItem(nullValue())));
	}

	@Test
	void onlyAdminsAndCoordinatorsImport() throws Exception {
		String id = uploaded("SENIOR", "columns-to-map.csv");

		upload(this.kage.bearer(Role.MENTOR), "SENIOR", "x.csv", TableReaderTest.resource("mentors-utf8.csv"))
			.andExpect(status().isForbidden());
		upload(this.kage.bearer(Role.VENUE_STAFF), "SENIOR", "x.csv", TableReaderTest.resource("mentors-utf8.csv"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", this.kage.bearer(Role.MENTOR)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/imports/" + id + "/commit").header("Authorization", this.kage.bearer(Role.ANALYST)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", this.kage.bearer(Role.ADMIN)))
			.andExpect(status().isOk());
	}

}

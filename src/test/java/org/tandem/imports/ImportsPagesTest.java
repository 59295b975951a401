package org.tandem.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonQuery;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's import pages: upload, the preview with each bad row's line and
 * reason, the column choices, the commit with its progress, and who may see what.
 */
@TandemTest
class ImportsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Imports imports;

	@Autowired
	People people;

	@Autowired
	Tenancy tenancy;

	@Autowired
	ImportRepository repository;

	TestOrganisation ursviken;

	RequestPostProcessor coordinator;

	@BeforeEach
	void anOrganisation() {
		this.ursviken = this.organisations.create("Ursviken");
		this.coordinator = user(this.ursviken.principal(Role.COORDINATOR));
	}

	String upload(String kind, String resource) throws Exception {
		return this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", resource, "text/csv", TableReaderTest.resource(resource)))
				.param("kind", kind)
				.with(csrf())
				.with(this.coordinator))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void theUploadFormSaysWhatFilesItTakes() throws Exception {
		this.mvc.perform(get("/imports").with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("högst 20 MB")))
			.andExpect(content().string(containsString("Inga importer ännu.")));
	}

	@Test
	void showsEachBadRowWithItsLineAndWhatToCorrect() throws Exception {
		String location = upload("SENIOR", "seniors-utf8-bom.csv");

		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rader att rätta")))
			.andExpect(content().string(containsString("data-label=\"Rad\">5</td>")))
			.andExpect(content().string(containsString("19xx")))
			.andExpect(content().string(containsString("Skriv födelseåret med fyra siffror, till exempel 1942.")))
			.andExpect(content().string(containsString("3 nya seniorer att importera")))
			.andExpect(content().string(not(containsString("/commit"))));
		this.mvc.perform(get("/imports").with(this.coordinator))
			.andExpect(content().string(containsString("seniors-utf8-bom.csv")));
	}

	@Test
	void aBrokenFileIsExplainedNextToTheFileField() throws Exception {
		this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]))
				.param("kind", "MENTOR")
				.with(csrf())
				.with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("Filen är tom. Välj filen med din lista.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", TableReaderTest.resource("mentors-utf8.csv")))
				.with(csrf())
				.with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\"")));
		assertThat(this.tenancy.callAs(this.ursviken.organisation().id(), () -> this.imports.recent(10))).isEmpty();
	}

	@Test
	void theCoordinatorChoosesColumnsCommitsAndFollowsTheProgress() throws Exception {
		String location = upload("SENIOR", "columns-to-map.csv");
		this.mvc.perform(get(location).with(this.coordinator))
			.andExpect(content().string(containsString("Filen behöver en kolumn för:")))
			.andExpect(content().string(containsString("Fält i Tandem för kolumnen Släkt")))
			.andExpect(content().string(containsString("Raderna kontrolleras när filen har kolumnerna")))
			.andExpect(content().string(not(containsString("nya seniorer att importera"))));

		this.mvc
			.perform(post(location + "/mapping").with(csrf())
				.with(this.coordinator)
				.param("fields", "FIRST_NAME", "LAST_NAME", "YEAR_OF_BIRTH", "PHONE"))
			.andExpect(flash().attribute("remapped", true));
		this.mvc.perform(get(location).with(this.coordinator))
			.andExpect(content().string(containsString("Importera 3 seniorer")));
		this.mvc.perform(post(location + "/commit").with(csrf()).with(this.coordinator))
			.andExpect(flash().attribute("started", true));

		ImportId id = new ImportId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		awaitCommit(id);
		this.mvc.perform(get(location + "/progress").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"))
			.andExpect(content().string(containsString("<progress")));
		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("3 personer lades till")));
		assertThat(this.tenancy.callAs(this.ursviken.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.SENIOR)).totalItems()))
			.isEqualTo(3);
	}

	@Test
	void aRunningCommitShowsAnAccessibleProgressBarThatHtmxPollsAndAReloadShowsToo() throws Exception {
		String location = upload("MENTOR", "mentors-utf8.csv");
		ImportId id = new ImportId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		this.tenancy.runAs(this.ursviken.organisation().id(), () -> {
			this.repository.startCommit(id, Instant.now(), Instant.now());
			this.repository.progress(id, 1, 3, Instant.now());
		});

		this.mvc.perform(get(location).with(this.coordinator))
			.andExpect(content().string(containsString("<progress id=\"import-progress-bar\" max=\"3\" value=\"1\">")))
			.andExpect(content().string(containsString("<label for=\"import-progress-bar\">")))
			.andExpect(content().string(containsString("1 av 3 personer sparade")))
			.andExpect(content().string(containsString("hx-get=\"" + location + "/progress\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(not(containsString("name=\"fields\""))));
		this.mvc.perform(get(location + "/progress").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Refresh"))
			.andExpect(content().string(containsString("1 av 3 personer sparade")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(post(location + "/commit").with(csrf()).with(this.coordinator))
			.andExpect(flash().attribute("refused", "imports.refused.AlreadyCommitting"));
	}

	@Test
	void anotherOrganisationsImportIsNotFoundOnEveryPage() throws Exception {
		String location = upload("SENIOR", "columns-to-map.csv");
		RequestPostProcessor other = user(this.organisations.create("Byske").principal(Role.COORDINATOR));

		this.mvc.perform(get(location).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(get(location + "/progress").with(other)).andExpect(status().isNotFound());
		this.mvc.perform(post(location + "/mapping").with(csrf()).with(other).param("fields", "FIRST_NAME"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(location + "/commit").with(csrf()).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/imports").with(other))
			.andExpect(content().string(not(containsString("columns-to-map"))));
	}

	@Test
	void aListOfVenuesShowsEachBadRowAndOffersOnlyTheFieldsOfAVenue() throws Exception {
		this.mvc.perform(get("/imports").with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("id=\"kind-VENUE\"")))
			.andExpect(content().string(containsString("Platser (bibliotek, äldreboenden, skolor")));
		String location = upload("VENUE", "venues-utf8-bom.csv");

		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>Platser (bibliotek")))
			.andExpect(content().string(containsString("data-label=\"Rad\">4</td>")))
			.andExpect(content().string(containsString("Skriv postnumret med fem siffror, till exempel 931 85.")))
			.andExpect(content().string(containsString("En digital plats behöver en länk till sitt mötesrum.")))
			.andExpect(content().string(containsString("4 nya platser att importera")))
			.andExpect(content()
				.string(containsString("1 rad namnger en plats som redan finns i Tandem eller på en tidigare rad")))
			.andExpect(content().string(containsString("<option value=\"MEETING_LINK\" selected=\"selected\">")))
			.andExpect(content().string(not(containsString("value=\"YEAR_OF_BIRTH\""))))
			.andExpect(content().string(not(containsString("/commit"))));

		this.mvc
			.perform(post(location + "/mapping").with(csrf())
				.with(this.coordinator)
				.param("fields", "NAME", "VENUE_KIND", "STREET", "POSTCODE", "CITY", "MUNICIPALITY", "PHONE", "EMAIL",
						"MEETING_LINK", "LATITUDE", "LONGITUDE", "ROOM_NAME", "ROOM_CAPACITY", "ACCESSIBILITY_NEEDS",
						"OPENING_HOURS"))
			.andExpect(flash().attribute("refused", "imports.refused.FieldNotForKind"));
	}

	@Test
	void theCoordinatorCommitsAListOfVenuesAndIsShownThem() throws Exception {
		String location = upload("VENUE", "venues-windows-1252.csv");
		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("CSV-text, windows-1252")))
			.andExpect(content().string(containsString("kommatecken (,)")))
			.andExpect(content().string(containsString("Varje plats läggs till med sitt rum.")))
			.andExpect(content().string(containsString("Importera 3 platser")));

		this.mvc.perform(post(location + "/commit").with(csrf()).with(this.coordinator))
			.andExpect(flash().attribute("started", true));
		awaitCommit(new ImportId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))));

		this.mvc.perform(get(location + "/progress").with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(header().string("HX-Refresh", "true"))
			.andExpect(content().string(containsString("3 av 3 platser sparade")));
		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("3 platser lades till.")))
			.andExpect(content().string(containsString("<a href=\"/venues\">Visa platserna</a>")));
		this.mvc.perform(get("/venues").with(this.coordinator))
			.andExpect(content().string(containsString("Äldreboendet Björkgården")));
	}

	@Test
	void mentorsAndVenueStaffCannotImport() throws Exception {
		this.mvc.perform(get("/imports").with(user(this.ursviken.principal(Role.MENTOR))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", TableReaderTest.resource("mentors-utf8.csv")))
				.param("kind", "MENTOR")
				.with(csrf())
				.with(user(this.ursviken.principal(Role.VENUE_STAFF))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(this.coordinator))
			.andExpect(content().string(containsString("href=\"/imports\"")));
		this.mvc.perform(get("/").with(user(this.ursviken.principal(Role.MENTOR))))
			.andExpect(content().string(not(containsString("href=\"/imports\""))));
	}

	void awaitCommit(ImportId id) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(giveUp)) {
			ImportStatus status = this.tenancy.callAs(this.ursviken.organisation().id(),
					() -> this.imports.get(id).status());
			if (status != ImportStatus.COMMITTING) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The commit did not finish in 30 seconds");
	}

}

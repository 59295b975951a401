package org.tandem.curriculum;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The curriculum pages: the catalogue and its topics for everyone who helps run
 * programmes, and the admin's forms (re-render with messages on bad input, redirect on
 * success, the latest version after a stale edit).
 */
@TandemTest
class CurriculumPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Curriculum curriculum;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation umea;

	RequestPostProcessor admin;

	RequestPostProcessor mentor;

	@BeforeEach
	void anOrganisation() {
		this.umea = this.testOrganisations.create("Umeå");
		this.admin = user(this.umea.principal(Role.ADMIN));
		this.mentor = user(this.umea.principal(Role.MENTOR));
	}

	<T> T inUmea(Supplier<T> work) {
		Object[] result = new Object[1];
		this.organisations.actFor(this.umea.organisation(), () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	Topic topic(String code) {
		return inUmea(() -> this.curriculum.topicByCode(code).orElseThrow());
	}

	@Test
	void listsTheTopicsWithTheirStepCounts() throws Exception {
		Topic bankid = topic("bankid");
		this.mvc.perform(get("/curriculum").with(user(this.umea.principal(Role.VENUE_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mobilt BankID")))
			.andExpect(content().string(containsString(bankid.steps().size() + " steg")))
			.andExpect(content().string(containsString("href=\"/curriculum/" + bankid.id() + "\"")))
			.andExpect(content().string(not(containsString("href=\"/curriculum/new\""))));
		this.mvc.perform(get("/curriculum").with(this.admin).header("Accept-Language", "en").cookie(english()))
			.andExpect(content().string(containsString("Mobile BankID")))
			.andExpect(content().string(containsString("href=\"/curriculum/new\"")));
	}

	@Test
	void showsEachStepWithItsCompetenceLevelDevicesAndWhetherItIsRetired() throws Exception {
		Topic swish = topic("swish");
		Step first = swish.steps().get(0);
		inUmea(() -> this.curriculum.retireStep(first.id(), first.version()));

		this.mvc.perform(get("/curriculum/" + swish.id()).with(this.mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skicka pengar till en kontakt med Swish")))
			.andExpect(content().string(containsString("2.3 Engagera medborgarskap genom digitala teknologier")))
			.andExpect(content().string(containsString("2 - Grundläggande")))
			.andExpect(content().string(containsString("<span>iPhone, </span><span>Android-telefon</span>")))
			.andExpect(content().string(containsString("Likadant på alla enheter")))
			.andExpect(content().string(containsString("Avvecklat")))
			.andExpect(content().string(containsString("4 steg och 1 avvecklat")))
			.andExpect(content().string(not(containsString("/curriculum/steps/"))));
	}

	@Test
	void theNavigationShowsTheCurriculumToThoseWhoMayReadIt() throws Exception {
		this.mvc.perform(get("/").with(this.mentor))
			.andExpect(content().string(containsString("href=\"/curriculum\"")));
		RequestPostProcessor senior = user(this.umea.principal(Role.SENIOR));
		this.mvc.perform(get("/").with(senior))
			.andExpect(content().string(not(containsString("href=\"/curriculum\""))));
		this.mvc.perform(get("/curriculum").with(senior)).andExpect(status().isForbidden());
	}

	@Test
	void aMentorCannotOpenOrSendTheEditForms() throws Exception {
		Topic swish = topic("swish");
		Step step = swish.steps().get(0);
		this.mvc.perform(get("/curriculum/new").with(this.mentor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/curriculum/" + swish.id() + "/edit").with(this.mentor))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/curriculum/steps/" + step.id()).with(this.mentor)).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/curriculum/steps/" + step.id() + "/retire").with(this.mentor).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(inUmea(() -> this.curriculum.step(step.id())).retired()).isFalse();
	}

	@Test
	void anotherOrganisationsTopicIsNotFound() throws Exception {
		TestOrganisation limerick = this.testOrganisations.create("Limerick");
		Topic theirs = inUmeaOf(limerick);
		this.mvc.perform(get("/curriculum/" + theirs.id()).with(this.admin))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		this.mvc.perform(get("/curriculum/steps/" + theirs.steps().get(0).id()).with(this.admin))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/curriculum/" + theirs.id() + "/steps").with(this.admin)
				.with(csrf())
				.param("titleSv", "Kapat")
				.param("titleEn", "Hijacked")
				.param("competence", "1.1")
				.param("level", "1"))
			.andExpect(status().isNotFound());
	}

	private Topic inUmeaOf(TestOrganisation other) {
		Object[] result = new Object[1];
		this.organisations.actFor(other.organisation(),
				() -> result[0] = this.curriculum.topicByCode("swish").orElseThrow());
		return (Topic) result[0];
	}

	@Test
	void anAdminCreatesATopicAfterCorrectingTheForm() throws Exception {
		this.mvc
			.perform(post("/curriculum").with(this.admin)
				.with(csrf())
				.param("code", "inte giltig")
				.param("nameSv", "")
				.param("nameEn", "Crosswords")
				.param("descriptionSv", "Korsord i appen")
				.param("descriptionEn", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("curriculum/topic-new"))
			.andExpect(model().attributeHasFieldErrors("form", "code", "nameSv", "descriptionEn"))
			.andExpect(content().string(containsString("Fyll i det här fältet.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(post("/curriculum").with(this.admin)
				.with(csrf())
				.param("code", "swish")
				.param("nameSv", "Korsord")
				.param("nameEn", "Crosswords")
				.param("descriptionSv", "Korsord i appen")
				.param("descriptionEn", "Crosswords in the app"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "curriculum.topic.codeTaken"));

		this.mvc
			.perform(post("/curriculum").with(this.admin)
				.with(csrf())
				.param("code", "crosswords")
				.param("nameSv", "Korsord")
				.param("nameEn", "Crosswords")
				.param("descriptionSv", "Korsord i appen")
				.param("descriptionEn", "Crosswords in the app"))
			.andExpect(redirectedUrlPattern("/curriculum/*"))
			.andExpect(flash().attribute("saved", true));
		assertThat(topic("crosswords").name().sv()).isEqualTo("Korsord");
	}

	@Test
	void aStaleTopicEditShowsTheLatestVersion() throws Exception {
		Topic kivra = topic("kivra");
		this.mvc
			.perform(post("/curriculum/" + kivra.id()).with(this.admin)
				.with(csrf())
				.param("version", "0")
				.param("position", String.valueOf(kivra.position()))
				.param("nameSv", "Kivra, den digitala brevlådan")
				.param("nameEn", "Kivra, the digital mailbox")
				.param("descriptionSv", kivra.description().sv())
				.param("descriptionEn", kivra.description().en()))
			.andExpect(redirectedUrl("/curriculum/" + kivra.id()))
			.andExpect(flash().attribute("saved", true));
		this.mvc
			.perform(post("/curriculum/" + kivra.id()).with(this.admin)
				.with(csrf())
				.param("version", "0")
				.param("position", "1")
				.param("nameSv", "Gammal kopia")
				.param("nameEn", "Old copy")
				.param("descriptionSv", "a")
				.param("descriptionEn", "b"))
			.andExpect(redirectedUrl("/curriculum/" + kivra.id() + "/edit"))
			.andExpect(flash().attribute("stale", true));

		this.mvc.perform(get("/curriculum/" + kivra.id() + "/edit").with(this.admin).flashAttr("stale", true))
			.andExpect(content().string(containsString("Någon annan ändrade ämnet")))
			.andExpect(content().string(containsString("value=\"Kivra, the digital mailbox\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(topic("kivra").position()).isEqualTo(kivra.position());
	}

	@Test
	void anAdminAddsEditsAndRetiresAStep() throws Exception {
		Topic photos = topic("photos");
		this.mvc.perform(get("/curriculum/" + photos.id() + "/steps/new").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<optgroup label=\"4 Säkerhet\">")));
		this.mvc
			.perform(post("/curriculum/" + photos.id() + "/steps").with(this.admin)
				.with(csrf())
				.param("titleSv", "")
				.param("titleEn", "Print a photo at the library")
				.param("competence", "")
				.param("level", "9"))
			.andExpect(status().isOk())
			.andExpect(view().name("curriculum/step-new"))
			.andExpect(model().attributeHasFieldErrors("form", "titleSv", "competence", "level"));
		this.mvc
			.perform(post("/curriculum/" + photos.id() + "/steps").with(this.admin)
				.with(csrf())
				.param("titleSv", "Skriv ut en bild på biblioteket")
				.param("titleEn", "Print a photo at the library")
				.param("competence", "3.1")
				.param("level", "3")
				.param("devices", "IPAD", "ANDROID_TABLET"))
			.andExpect(redirectedUrl("/curriculum/" + photos.id()))
			.andExpect(flash().attribute("stepAdded", true));

		Step added = topic("photos").steps().get(photos.steps().size());
		assertThat(added.title().en()).isEqualTo("Print a photo at the library");
		assertThat(added.devices()).containsExactly(Device.IPAD, Device.ANDROID_TABLET);

		this.mvc.perform(get("/curriculum/steps/" + added.id()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"3.1\" selected=\"selected\">")));
		this.mvc
			.perform(post("/curriculum/steps/" + added.id()).with(this.admin)
				.with(csrf())
				.param("version", "0")
				.param("position", "1")
				.param("titleSv", "Skriv ut ett foto")
				.param("titleEn", "Print a photo")
				.param("competence", "3.1")
				.param("level", "2"))
			.andExpect(redirectedUrl("/curriculum/" + photos.id()));
		this.mvc
			.perform(post("/curriculum/steps/" + added.id()).with(this.admin)
				.with(csrf())
				.param("version", "0")
				.param("position", "1")
				.param("titleSv", "Gammal")
				.param("titleEn", "Old")
				.param("competence", "3.1")
				.param("level", "2"))
			.andExpect(redirectedUrl("/curriculum/steps/" + added.id()))
			.andExpect(flash().attribute("stale", true));
		this.mvc.perform(
				post("/curriculum/steps/" + added.id() + "/retire").with(this.admin).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl("/curriculum/" + photos.id()));

		Step saved = inUmea(() -> this.curriculum.step(added.id()));
		assertThat(saved.title().en()).isEqualTo("Print a photo");
		assertThat(saved.position()).isEqualTo(1);
		assertThat(saved.devices()).isEmpty();
		assertThat(saved.retired()).isTrue();
		this.mvc.perform(get("/curriculum/steps/" + added.id()).with(this.admin))
			.andExpect(content().string(containsString("Erbjud steget igen")));
	}

	private static jakarta.servlet.http.Cookie english() {
		return new jakarta.servlet.http.Cookie("tandem-language", "en");
	}

}

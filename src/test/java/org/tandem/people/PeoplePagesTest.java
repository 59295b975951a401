package org.tandem.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's pages for mentors and seniors: the form loop, the rules shown next to
 * the field they are about, consents, and who may see what.
 */
@TandemTest
class PeoplePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	People people;

	@Autowired
	Tenancy tenancy;

	@Autowired
	org.tandem.curriculum.Curriculum curriculum;

	@Autowired
	Clock clock;

	TestOrganisation kage;

	RequestPostProcessor coordinator;

	@BeforeEach
	void anOrganisation() {
		this.kage = this.organisations.create("Kåge");
		this.coordinator = user(this.kage.principal(Role.COORDINATOR));
	}

	/** The year of birth of someone who turns {@code age} this year by the clock. */
	String turning(int age) {
		return String.valueOf(LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Stockholm")).getYear() - age);
	}

	/**
	 * A valid senior form; pairs of name and value replace fields, an empty value clears
	 * one.
	 */
	static MockHttpServletRequestBuilder seniorForm(String path, String... overrides) {
		java.util.Map<String, String[]> fields = new java.util.LinkedHashMap<>();
		fields.put("firstName", new String[] { "Gunnel" });
		fields.put("lastName", new String[] { "Åström" });
		fields.put("yearOfBirth", new String[] { "1939" });
		fields.put("gender", new String[] { "WOMAN" });
		fields.put("phone", new String[] { "070-123 45 67" });
		fields.put("contactChannel", new String[] { "SMS" });
		fields.put("firstLanguage", new String[] { "sv" });
		fields.put("otherLanguages", new String[] { "fi", "fit" });
		fields.put("devices", new String[] { "IPHONE" });
		fields.put("from", new String[] { "", "14:00", "", "", "", "", "" });
		fields.put("to", new String[] { "", "16:00", "", "", "", "", "" });
		fields.put("accessibilityNeeds", new String[] { "HEARING" });
		fields.put("capacity", new String[] { "1" });
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1].split("\\|", -1));
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	String registerSenior() throws Exception {
		return this.mvc.perform(seniorForm("/seniors").with(this.coordinator))
			.andExpect(redirectedUrlPattern("/seniors/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void registersASeniorThroughTheForm() throws Exception {
		String location = registerSenior();

		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gunnel Åström")))
			.andExpect(content().string(containsString("070-123 45 67")))
			.andExpect(content().string(containsString("Tisdag 14:00–16:00")));
		assertThat(this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.SENIOR)).totalItems()))
			.isEqualTo(1);
	}

	@Test
	void recordsTheTopicsASeniorWantsWithTheirPriority() throws Exception {
		var topics = this.tenancy.callAs(this.kage.organisation().id(), () -> this.curriculum.topics());
		String ids = topics.stream()
			.map((topic) -> topic.id().toString())
			.collect(java.util.stream.Collectors.joining("|"));
		String priorities = "2|" + "|".repeat(topics.size() - 3) + "1|";
		String location = this.mvc
			.perform(seniorForm("/seniors", "topicIds", ids, "topicPriorities", priorities).with(this.coordinator))
			.andExpect(redirectedUrlPattern("/seniors/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Person saved = this.tenancy.callAs(this.kage.organisation().id(), () -> this.people
			.get(new PersonId(java.util.UUID.fromString(location.substring("/seniors/".length())))));
		assertThat(saved.profile().topics()).extracting(TopicWish::topic)
			.containsExactly(topics.get(topics.size() - 2).id(), topics.get(0).id());
		this.mvc.perform(get(location + "/edit").with(this.coordinator))
			.andExpect(content().string(containsString(topics.get(0).name().sv())));
	}

	@Test
	void showsEachProblemNextToItsFieldAndSavesNothing() throws Exception {
		this.mvc.perform(seniorForm("/seniors", "phone", "070-12", "yearOfBirth", "").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "phone", "yearOfBirth"));
		this.mvc
			.perform(seniorForm("/seniors", "to", "|13:00|||||").with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "to[1]", "people.rule.WindowEndsAfterStart"))
			.andExpect(content().string(containsString("En tid måste sluta efter att den börjar.")));
		this.mvc.perform(seniorForm("/seniors", "phone", "").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "phone", "people.rule.ChannelNeedsPhone"));
		this.mvc.perform(get("/seniors").with(this.coordinator))
			.andExpect(content().string(not(containsString("Åström"))));
	}

	@Test
	void noHomeVisitsForMinorsIsShownAtTheCheckbox() throws Exception {
		this.mvc
			.perform(post("/mentors").with(this.coordinator)
				.with(csrf())
				.param("firstName", "Ali")
				.param("lastName", "Hassan")
				.param("yearOfBirth", turning(15))
				.param("phone", "073-555 12 34")
				.param("contactChannel", "SMS")
				.param("firstLanguage", "ar")
				.param("homeVisits", "true")
				.param("capacity", "2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "homeVisits",
					"people.safeguarding.NoHomeVisitsForMinors"));
	}

	@Test
	void activationOfAMinorIsRefusedWithTheRuleExplained() throws Exception {
		String location = this.mvc
			.perform(post("/mentors").with(this.coordinator)
				.with(csrf())
				.param("firstName", "Ali")
				.param("lastName", "Hassan")
				.param("yearOfBirth", turning(15))
				.param("phone", "073-555 12 34")
				.param("contactChannel", "SMS")
				.param("firstLanguage", "ar")
				.param("capacity", "2"))
			.andExpect(redirectedUrlPattern("/mentors/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(post(location + "/activate").with(this.coordinator).with(csrf()))
			.andExpect(flash().attribute("refused", "people.safeguarding.GuardianConsentRequired"));
		this.mvc
			.perform(post(location + "/guardian-link").with(this.coordinator)
				.with(csrf())
				.param("guardianName", "Amal Hassan")
				.param("guardianContact", "amal@example.se"))
			.andExpect(flash().attribute("guardianLinkUrl", containsString("/consent/guardian/")));
	}

	@Test
	void recordsAndWithdrawsAConsent() throws Exception {
		String location = registerSenior();
		this.mvc
			.perform(post(location + "/consents").with(this.coordinator)
				.with(csrf())
				.param("purpose", "PHOTOS")
				.param("givenBy", "PERSON")
				.param("method", "PAPER"))
			.andExpect(flash().attribute("consentRecorded", true));
		this.mvc
			.perform(post(location + "/consents").with(this.coordinator)
				.with(csrf())
				.param("purpose", "PHOTOS")
				.param("givenBy", "GUARDIAN")
				.param("method", "PAPER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("consentForm", "guardianName",
					"people.rule.GuardianNameRequired"));
	}

	@Test
	void anotherOrganisationsPersonIsNotFound() throws Exception {
		String location = registerSenior();
		TestOrganisation other = this.organisations.create("Other");

		this.mvc.perform(get(location).with(user(other.principal(Role.COORDINATOR)))).andExpect(status().isNotFound());
		this.mvc
			.perform(seniorForm(location + "/edit").with(user(other.principal(Role.COORDINATOR))).param("version", "0"))
			.andExpect(status().isNotFound());
	}

	@Test
	void mentorsAndAnalystsDoNotSeeTheRegistry() throws Exception {
		this.mvc.perform(get("/seniors").with(user(this.kage.principal(Role.MENTOR))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/seniors").with(user(this.kage.principal(Role.ANALYST))))
			.andExpect(status().isForbidden());
		this.mvc.perform(seniorForm("/seniors").with(user(this.kage.principal(Role.VENUE_STAFF))))
			.andExpect(status().isForbidden());
	}

}

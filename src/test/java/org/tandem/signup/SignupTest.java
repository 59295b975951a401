package org.tandem.signup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonQuery;
import org.tandem.people.PersonSource;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.Programmes;
import org.tandem.programmes.Term;
import org.tandem.system.Tenancy;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public sign-up forms: a senior or a relative, a young person, and what keeps bots
 * and floods out.
 */
@TandemTest
class SignupTest {

	static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	People people;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	TestOrganisation kage;

	Programme programme;

	int address;

	@BeforeEach
	void aProgramme() {
		this.kage = this.organisations.create("Kåge");
		this.programme = this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.programmes.create(new ProgrammeDetails("Digitala tandem", null,
						new Term(LocalDate.of(2026, 8, 25), LocalDate.of(2026, 12, 19)), 60)));
	}

	String path(String side) {
		return "/join/" + this.programme.id() + "/" + side;
	}

	String ticket(String side) throws Exception {
		String page = this.mvc.perform(get(path(side)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = TICKET.matcher(page);
		assertThat(matcher.find()).as("the form carries a ticket").isTrue();
		return matcher.group(1);
	}

	MockHttpServletRequestBuilder senior(String ticket, String phone) {
		String from = "10.0.0." + (++this.address % 250);
		return post(path("senior")).with(csrf()).with((request) -> {
			request.setRemoteAddr(from);
			return request;
		})
			.param("ticket", ticket)
			.param("firstName", "Gunnel")
			.param("lastName", "Lundström")
			.param("yearOfBirth", "1940")
			.param("phone", phone)
			.param("contactChannel", "SMS")
			.param("firstLanguage", "sv")
			.param("consent", "true")
			.param("website", "");
	}

	long signedUp(PersonKind kind) {
		return this.tenancy.callAs(this.kage.organisation().id(), () -> this.people.page(PersonQuery.all(kind)))
			.totalItems();
	}

	@Test
	void aSeniorSignsUpAndWaitsForTheCoordinator() throws Exception {
		String ticket = ticket("senior");
		this.clock.advance(Duration.ofSeconds(30));

		this.mvc.perform(senior(ticket, "070-123 45 67").header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vi har tagit emot anmälan")));

		Person person = this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.SENIOR)).items().get(0));
		assertThat(person.status()).isEqualTo(PersonStatus.PENDING);
		assertThat(person.source()).isEqualTo(PersonSource.SIGNUP);
		assertThat(person.profile().programmes()).containsExactly(this.programme.id());
		assertThat(this.tenancy.callAs(this.kage.organisation().id(), () -> this.people.consents(person.id())))
			.extracting("purpose")
			.containsExactly(ConsentPurpose.PARTICIPATION);
	}

	@Test
	void aFormSentFasterThanAHumanCanIsShownAgain() throws Exception {
		String ticket = ticket("senior");

		this.mvc.perform(senior(ticket, "070-123 45 67"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("expired", true));

		assertThat(signedUp(PersonKind.SENIOR)).isZero();
	}

	@Test
	void aForgedOrStaleTicketIsRefused() throws Exception {
		String ticket = ticket("senior");
		this.clock.advance(Duration.ofSeconds(30));
		this.mvc.perform(senior(ticket.replaceFirst("^\\d", "9"), "070-123 45 67"))
			.andExpect(model().attribute("expired", true));
		this.clock.advance(Duration.ofHours(3));
		this.mvc.perform(senior(ticket, "070-123 45 67")).andExpect(model().attribute("expired", true));

		assertThat(signedUp(PersonKind.SENIOR)).isZero();
	}

	@Test
	void aBotThatFillsTheHiddenFieldIsThankedAndForgotten() throws Exception {
		String ticket = ticket("senior");
		this.clock.advance(Duration.ofSeconds(30));

		this.mvc.perform(senior(ticket, "070-123 45 67").param("website", "http://spam.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"status\"")));

		assertThat(signedUp(PersonKind.SENIOR)).isZero();
	}

	@Test
	void oneConnectionMaySignUpOnlyAFewTimesAnHour() throws Exception {
		for (int i = 0; i < 5; i++) {
			String ticket = ticket("senior");
			this.clock.advance(Duration.ofSeconds(10));
			this.mvc.perform(senior(ticket, "070-123 45 6" + i).with((request) -> {
				request.setRemoteAddr("192.0.2.7");
				return request;
			})).andExpect(status().isOk());
		}
		String ticket = ticket("senior");
		this.clock.advance(Duration.ofSeconds(10));
		this.mvc.perform(senior(ticket, "070-123 45 99").with((request) -> {
			request.setRemoteAddr("192.0.2.7");
			return request;
		})).andExpect(status().isTooManyRequests());

		assertThat(signedUp(PersonKind.SENIOR)).isEqualTo(5);
	}

	@Test
	void theSamePersonSigningUpTwiceIsKeptOnce() throws Exception {
		for (int i = 0; i < 2; i++) {
			String ticket = ticket("senior");
			this.clock.advance(Duration.ofSeconds(10));
			this.mvc.perform(senior(ticket, "070-123 45 67")).andExpect(status().isOk());
		}
		assertThat(signedUp(PersonKind.SENIOR)).isEqualTo(1);
	}

	@Test
	void aYoungPersonUnder18NamesAGuardianAndGivesNoConsentThemselves() throws Exception {
		String ticket = ticket("mentor");
		this.clock.advance(Duration.ofSeconds(30));
		MockHttpServletRequestBuilder mentor = post(path("mentor")).with(csrf())
			.param("ticket", ticket)
			.param("firstName", "Ali")
			.param("lastName", "Hassan")
			.param("yearOfBirth", String.valueOf(LocalDate.now().getYear() - 15))
			.param("phone", "073-555 12 34")
			.param("contactChannel", "SMS")
			.param("firstLanguage", "ar")
			.param("school", "Kaplanskolan");

		this.mvc.perform(mentor)
			.andExpect(model().attributeHasFieldErrorCode("form", "guardianName", "signup.guardian.required"));
		this.mvc.perform(mentor.param("guardianName", "Amal Hassan").param("guardianContact", "070-111 22 33"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("minor", true));

		Person person = this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.MENTOR)).items().get(0));
		assertThat(person.profile().notes()).contains("Amal Hassan");
		assertThat(this.tenancy.callAs(this.kage.organisation().id(), () -> this.people.consents(person.id())))
			.isEmpty();
	}

	@Test
	void showsEveryProblemInTheFormsLanguage() throws Exception {
		String ticket = ticket("senior");
		this.clock.advance(Duration.ofSeconds(30));

		this.mvc
			.perform(post(path("senior")).with(csrf())
				.header("Accept-Language", "sv")
				.param("ticket", ticket)
				.param("firstName", "")
				.param("lastName", "Lundström")
				.param("yearOfBirth", "1940")
				.param("phone", "070-12")
				.param("contactChannel", "SMS")
				.param("firstLanguage", "sv"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "firstName"))
			.andExpect(content().string(containsString("Fyll i det här fältet.")));
		assertThat(signedUp(PersonKind.SENIOR)).isZero();
	}

	@Test
	void anUnknownProgrammeIsNotFound() throws Exception {
		this.mvc.perform(get("/join/" + java.util.UUID.randomUUID() + "/senior")).andExpect(status().isNotFound());
	}

}

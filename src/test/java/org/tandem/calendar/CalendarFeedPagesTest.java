package org.tandem.calendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.PersonId;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar link on a person's page: loaded into the page by htmx, its buttons
 * replacing it in place, and the same addresses as a page of their own without
 * JavaScript. The link is shown once; only admins and coordinators of the person's
 * organisation get anywhere.
 */
@TandemTest
class CalendarFeedPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	TestOrganisation kage;

	RequestPostProcessor coordinator;

	PersonId senior;

	String section;

	@BeforeEach
	void aSenior() throws Exception {
		this.kage = this.organisations.create("Kåge");
		this.coordinator = user(this.kage.principal(Role.COORDINATOR));
		this.senior = Registrations.senior(this.mvc, this.kage, "Märta");
		this.section = "/seniors/" + this.senior + "/calendar-feed";
	}

	@Test
	void thePersonsPageLoadsTheSectionForThoseWhoMayUseIt() throws Exception {
		this.mvc.perform(get("/seniors/" + this.senior).with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"" + this.section + "\""),
					containsString("href=\"" + this.section + "\""), containsString("Kalenderlänk"))));
		this.mvc.perform(get("/seniors/" + this.senior).with(user(this.kage.principal(Role.VENUE_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.section))));
	}

	@Test
	void answersHtmxWithTheSectionAloneAndAnyoneElseWithAPage() throws Exception {
		this.mvc.perform(get(this.section).header("HX-Request", "true").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"calendar\""),
					containsString("Märta har ingen kalenderlänk."), containsString("Skapa kalenderlänk"),
					containsString("Google Kalender"), not(containsString("Stäng av länken")))));
		this.mvc.perform(get(this.section).with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("Kalenderlänk för Märta Öberg"),
					containsString("id=\"calendar\""))));
	}

	@Test
	void makesALinkInPlaceAndShowsItThisOnce() throws Exception {
		String made = this.mvc
			.perform(post(this.section).header("HX-Request", "true").with(this.coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("Kopiera den nu"),
					containsString("webcal://localhost/calendar/"), containsString("Skapa ny länk"),
					containsString("Stäng av länken"), containsString("Ingen kalenderapp har hämtat den än."))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String path = made.replaceAll("(?s)^.*http://localhost(/calendar/[A-Za-z0-9_-]{43}\\.ics).*$", "$1");

		assertThat(path).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(get(this.section).header("HX-Request", "true").with(this.coordinator))
			.andExpect(content().string(allOf(containsString("Kalenderlänken skapades"), not(containsString(path)),
					not(containsString("Kopiera den nu")))));
	}

	@Test
	void withoutJavaScriptComesBackToTheLinksPageWithTheLinkOnce() throws Exception {
		MvcResult made = this.mvc.perform(post(this.section).with(this.coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.section))
			.andExpect(
					flash().attribute("feedUrl", matchesPattern("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics")))
			.andReturn();

		String url = (String) made.getFlashMap().get("feedUrl");
		this.mvc.perform(get(this.section).with(this.coordinator).flashAttrs(made.getFlashMap()))
			.andExpect(content().string(allOf(containsString(url), containsString("Kopiera den nu"))));
		this.mvc.perform(get(this.section).with(this.coordinator))
			.andExpect(content().string(not(containsString(url))));
	}

	@Test
	void turnsTheLinkOff() throws Exception {
		MvcResult made = this.mvc.perform(post(this.section).with(this.coordinator).with(csrf())).andReturn();
		String path = ((String) made.getFlashMap().get("feedUrl")).replace("http://localhost", "");

		this.mvc
			.perform(post(this.section + "/revoke").header("HX-Request", "true").with(this.coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kalenderlänken är avstängd."),
					containsString("Märta har ingen kalenderlänk."), not(containsString("Stäng av länken")))));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdminsAndCoordinatorsOfThePersonsOrganisationGetAnywhere() throws Exception {
		TestOrganisation lulea = this.organisations.create("Luleå");

		this.mvc.perform(get(this.section).with(user(lulea.principal(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(this.section).with(user(lulea.principal(Role.ADMIN))).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/mentors/" + this.senior + "/calendar-feed").with(this.coordinator))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.section).with(user(this.kage.principal(Role.VENUE_STAFF))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.section).with(user(this.kage.principal(Role.MENTOR))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.section).with(this.coordinator)).andExpect(status().isForbidden());
		this.mvc.perform(get(this.section)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.section).with(user(this.kage.principal(Role.ADMIN)))).andExpect(status().isOk());
	}

}

package org.tandem.programmes;

import java.time.LocalDate;
import java.util.List;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The programme pages: the form loop (re-render with messages on bad input, redirect on
 * success), stale edits, who may see and change what, and the navigation.
 */
@TandemTest
class ProgrammesPagesTest {

	static final Term AUTUMN = new Term(LocalDate.parse("2026-08-20"), LocalDate.parse("2026-12-18"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Tenancy tenancy;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation kiruna;

	RequestPostProcessor coordinator;

	@BeforeEach
	void anOrganisation() {
		this.kiruna = this.testOrganisations.create("Kiruna");
		this.coordinator = user(this.kiruna.principal(Role.COORDINATOR));
	}

	<T> T inKiruna(Supplier<T> work) {
		return this.tenancy.callAs(this.kiruna.organisation().id(), work);
	}

	Programme autumn(String name) {
		return inKiruna(() -> this.programmes.create(new ProgrammeDetails(name, null, AUTUMN, 60)));
	}

	@Test
	void createsAProgrammeThroughTheFormAndShowsIt() throws Exception {
		this.mvc.perform(get("/programmes/new").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sessionMinutes\" value=\"60\"")));

		String location = this.mvc
			.perform(post("/programmes").with(this.coordinator)
				.with(csrf())
				.param("name", "Digitalt stöd hösten 2026")
				.param("description", "BankID och Swish")
				.param("termStart", "2026-08-20")
				.param("termEnd", "2026-12-18")
				.param("sessionMinutes", "90"))
			.andExpect(redirectedUrlPattern("/programmes/*"))
			.andExpect(flash().attribute("saved", true))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Digitalt stöd hösten 2026")))
			.andExpect(content().string(containsString("90 minuter")));
		this.mvc.perform(get("/programmes").with(this.coordinator))
			.andExpect(content().string(containsString("Digitalt stöd hösten 2026")));
		assertThat(inKiruna(() -> this.programmes.all())).extracting(Programme::sessionMinutes).containsExactly(90);
	}

	@Test
	void showsEveryProblemNextToItsFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/programmes").with(this.coordinator)
				.with(csrf())
				.param("name", " ")
				.param("termStart", "2026-08-20")
				.param("termEnd", "")
				.param("sessionMinutes", "5"))
			.andExpect(status().isOk())
			.andExpect(view().name("programmes/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "termEnd", "sessionMinutes"))
			.andExpect(content().string(containsString("Fyll i det här fältet.")))
			.andExpect(content().string(containsString("Det minsta tillåtna värdet är 15.")))
			.andExpect(content().string(containsString("id=\"termEnd-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"2026-08-20\"")));
		assertThat(inKiruna(() -> this.programmes.all())).isEmpty();
	}

	@Test
	void aTermThatEndsBeforeItStartsIsShownNextToTheLastDay() throws Exception {
		this.mvc
			.perform(post("/programmes").with(this.coordinator)
				.with(csrf())
				.param("name", "Baklänges")
				.param("termStart", "2026-12-18")
				.param("termEnd", "2026-08-20")
				.param("sessionMinutes", "60"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "termEnd", "programmes.termEndsBeforeStart"))
			.andExpect(
					content().string(containsString("Sista dagen måste vara samma dag som den första eller senare.")));
	}

	@Test
	void editsAProgrammeAndRefusesAStaleEdit() throws Exception {
		Programme programme = autumn("Hösten 2026");

		this.mvc.perform(get("/programmes/" + programme.id() + "/edit").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc
			.perform(post("/programmes/" + programme.id()).with(this.coordinator)
				.with(csrf())
				.param("version", "0")
				.param("name", "Autumn 2026 in Kiruna")
				.param("termStart", "2026-08-20")
				.param("termEnd", "2026-12-18")
				.param("sessionMinutes", "60"))
			.andExpect(redirectedUrl("/programmes/" + programme.id()));
		this.mvc
			.perform(post("/programmes/" + programme.id()).with(this.coordinator)
				.with(csrf())
				.param("version", "0")
				.param("name", "En gammal kopia")
				.param("termStart", "2026-08-20")
				.param("termEnd", "2026-12-18")
				.param("sessionMinutes", "60"))
			.andExpect(redirectedUrl("/programmes/" + programme.id() + "/edit"))
			.andExpect(flash().attribute("stale", true));

		this.mvc.perform(get("/programmes/" + programme.id() + "/edit").with(this.coordinator).flashAttr("stale", true))
			.andExpect(content().string(containsString("Någon annan ändrade programmet")))
			.andExpect(content().string(containsString("value=\"Autumn 2026 in Kiruna\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(inKiruna(() -> this.programmes.get(programme.id())).name()).isEqualTo("Autumn 2026 in Kiruna");
	}

	@Test
	void anotherOrganisationsProgrammeIsNotFoundInThePages() throws Exception {
		Programme theirs = autumn("Kirunas hemliga program");
		TestOrganisation gallivare = this.testOrganisations.create("Gällivare");
		RequestPostProcessor stranger = user(gallivare.principal(Role.COORDINATOR));

		for (String page : List.of("/programmes/" + theirs.id(), "/programmes/" + theirs.id() + "/edit")) {
			this.mvc.perform(get(page).with(stranger))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("hemliga"))));
		}
		this.mvc
			.perform(post("/programmes/" + theirs.id()).with(stranger)
				.with(csrf())
				.param("version", "0")
				.param("name", "Kapad")
				.param("termStart", "2026-08-20")
				.param("termEnd", "2026-12-18")
				.param("sessionMinutes", "60"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes").with(stranger)).andExpect(content().string(not(containsString("hemliga"))));
		assertThat(inKiruna(() -> this.programmes.get(theirs.id()))).isEqualTo(theirs);
	}

	@Test
	void aMentorReadsProgrammesButCannotCreateOrEditThem() throws Exception {
		Programme programme = autumn("Hösten 2026");
		RequestPostProcessor mentor = user(this.kiruna.principal(Role.MENTOR));

		this.mvc.perform(get("/programmes").with(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hösten 2026")))
			.andExpect(content().string(not(containsString("href=\"/programmes/new\""))));
		this.mvc.perform(get("/programmes/" + programme.id()).with(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit\""))));
		this.mvc.perform(get("/programmes/new").with(mentor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/programmes/" + programme.id() + "/edit").with(mentor)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/programmes").with(mentor)
				.with(csrf())
				.param("name", "Mentorns program")
				.param("termStart", "2026-08-20")
				.param("termEnd", "2026-12-18")
				.param("sessionMinutes", "60"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/programmes").with(user(this.kiruna.principal(Role.SENIOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theNavigationLeadsEachRoleToWhatItUses() throws Exception {
		for (Role role : new Role[] { Role.ADMIN, Role.COORDINATOR }) {
			this.mvc.perform(get("/").with(user(this.kiruna.principal(role))))
				.andExpect(content().string(containsString("href=\"/programmes\"")))
				.andExpect(content().string(containsString("href=\"/venues\"")));
		}
		this.mvc.perform(get("/").with(user(this.kiruna.principal(Role.VENUE_STAFF))))
			.andExpect(content().string(not(containsString("href=\"/programmes\""))))
			.andExpect(content().string(containsString("href=\"/venues\"")));
		for (Role role : new Role[] { Role.MENTOR, Role.SENIOR, Role.ANALYST }) {
			this.mvc.perform(get("/").with(user(this.kiruna.principal(role))))
				.andExpect(content().string(not(containsString("href=\"/programmes\""))))
				.andExpect(content().string(not(containsString("href=\"/venues\""))));
		}
	}

}

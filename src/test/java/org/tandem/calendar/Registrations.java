package org.tandem.calendar;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.organisations.TestOrganisation;
import org.tandem.people.PersonId;
import org.tandem.system.Role;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registers the people whose feeds the tests look at, through the people module's API as
 * a coordinator would.
 */
final class Registrations {

	private Registrations() {
	}

	static PersonId senior(MockMvc mvc, TestOrganisation organisation, String firstName) throws Exception {
		return register(mvc, organisation, "seniors", """
				{"firstName":"%s","lastName":"Öberg","yearOfBirth":1941,"gender":"WOMAN","phone":"070-123 45 67",
				 "contactChannel":"SMS","languages":["sv"]}
				""".formatted(firstName));
	}

	static PersonId mentor(MockMvc mvc, TestOrganisation organisation, String firstName) throws Exception {
		return register(mvc, organisation, "mentors", """
				{"firstName":"%s","lastName":"Berg","yearOfBirth":2004,"phone":"+46 73 555 12 34",
				 "email":"elias@example.se","contactChannel":"EMAIL","languages":["sv"],"capacity":2}
				""".formatted(firstName));
	}

	private static PersonId register(MockMvc mvc, TestOrganisation organisation, String group, String json)
			throws Exception {
		String answer = mvc
			.perform(post("/api/v1/" + group).header("Authorization", organisation.bearer(Role.COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new PersonId(UUID.fromString(answer.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1")));
	}

}

package org.tandem.system.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.organisations.ApiTokens;
import org.tandem.organisations.NewUser;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.UserAccount;
import org.tandem.organisations.Username;
import org.tandem.organisations.Users;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operations and API users rely on: health with the database, Prometheus metrics for
 * admins only, and the OpenAPI description.
 */
@TandemTest
class OperationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	ApiTokens tokens;

	String adminToken;

	String analystToken;

	@BeforeEach
	void anAdminAndAnAnalyst() {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
		Organisation organisation = this.organisations.create("Ops " + suffix, java.util.Locale.ENGLISH,
				java.time.ZoneId.of("Europe/Stockholm"));
		this.organisations.actFor(organisation, () -> {
			UserAccount admin = this.users.registerWithPassword(
					new NewUser(new Username("ops-admin-" + suffix), "Ops Admin", null, java.util.Set.of(Role.ADMIN)),
					"a long enough password");
			UserAccount analyst = this.users.registerWithPassword(new NewUser(new Username("ops-analyst-" + suffix),
					"Ops Analyst", null, java.util.Set.of(Role.ANALYST)), "a long enough password");
			this.adminToken = "Bearer " + this.tokens.issue(admin.id(), "prometheus", null).secret();
			this.analystToken = "Bearer " + this.tokens.issue(analyst.id(), "curious", null).secret();
		});
	}

	@Test
	void healthIsPublicAndItsDetailsIncludingTheDatabaseAreForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health").header("Authorization", this.adminToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void prometheusMetricsAreForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", this.analystToken))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", this.adminToken))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void describesTheApiWithOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.personalToken.scheme").value("bearer"));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}

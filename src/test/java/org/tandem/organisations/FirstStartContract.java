package org.tandem.organisations;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A production installation's first start on an empty database, without the demo profile:
 * migrations run, the organisation and admin named by the bootstrap settings exist, and
 * no demo login does.
 */
@SpringBootTest(properties = { "tandem.bootstrap.organisation=Norrbotten Digital", "tandem.bootstrap.locale=en",
		"tandem.bootstrap.admin-username=" + FirstStartContract.ADMIN,
		"tandem.bootstrap.admin-password=" + FirstStartContract.PASSWORD,
		"server.servlet.session.cookie.secure=false" })
@AutoConfigureMockMvc
abstract class FirstStartContract {

	static final String ADMIN = "first.admin";

	static final String PASSWORD = "a first admin password";

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstAdminFromTheSettingsCanSignIn() throws Exception {
		var session = (MockHttpSession) this.mvc.perform(formLogin().user(ADMIN).password(PASSWORD))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andReturn()
			.getRequest()
			.getSession();

		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(jsonPath("$.organisation.name").value("Norrbotten Digital"))
			.andExpect(jsonPath("$.organisation.language").value("en"))
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"));
	}

	@Test
	void thereIsNoDemoLogin() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("tandem-demo-2026")).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("coordinator").password("tandem-demo-2026")).andExpect(unauthenticated());
	}

}

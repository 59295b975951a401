package org.tandem.organisations;

import org.springframework.boot.test.context.TestComponent;

/**
 * Makes {@link TestOrganisation}s for tests that run the whole application.
 */
@TestComponent
public class TestOrganisations {

	private final Organisations organisations;

	private final Users users;

	private final ApiTokens tokens;

	private final AccountDetails accounts;

	TestOrganisations(Organisations organisations, Users users, ApiTokens tokens, AccountDetails accounts) {
		this.organisations = organisations;
		this.users = users;
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/**
	 * An organisation named {@code name} plus a unique suffix, with one user and token
	 * per role.
	 */
	public TestOrganisation create(String name) {
		return TestOrganisation.create(name, this.organisations, this.users, this.tokens, this.accounts);
	}

}

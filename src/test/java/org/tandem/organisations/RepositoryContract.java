package org.tandem.organisations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.system.OrganisationId;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;

/**
 * What the repository contracts share: the real repositories on a real database (H2 in
 * PostgreSQL mode, or PostgreSQL itself in the {@code OnPostgres} subclasses), each test
 * in a transaction that is rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, OrganisationRepository.class, UserRepository.class, TokenRepository.class })
abstract class RepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	UserRepository users;

	@Autowired
	TokenRepository tokens;

	@Autowired
	Tenancy tenancy;

	Organisation newOrganisation(String name) {
		Organisation organisation = new Organisation(new OrganisationId(UUID.randomUUID()), name,
				Locale.forLanguageTag("sv"), ZoneId.of("Europe/Stockholm"));
		this.organisations.insert(organisation, NOW);
		return organisation;
	}

	UserAccount newUser(Organisation organisation, String username, String displayName, Role... roles) {
		UserAccount user = new UserAccount(new UserId(UUID.randomUUID()), unique(username), displayName,
				username + "@example.se", Set.of(roles), true, false, NOW.truncatedTo(ChronoUnit.MILLIS), 0);
		this.tenancy.runAs(organisation.id(), () -> this.users.insert(user, "{noop}secret", user.createdAt()));
		return user;
	}

	/**
	 * Login names are unique across organisations, and PostgreSQL is shared between runs.
	 */
	static String unique(String username) {
		return username + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

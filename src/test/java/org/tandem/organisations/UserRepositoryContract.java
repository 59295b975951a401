package org.tandem.organisations;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The user_account table, as both databases must behave.
 */
abstract class UserRepositoryContract extends RepositoryContract {

	Organisation umea;

	Organisation limerick;

	@BeforeEach
	void twoOrganisations() {
		this.umea = newOrganisation("Umeå " + unique("org"));
		this.limerick = newOrganisation("Limerick " + unique("org"));
	}

	@Test
	void findsAUserOnlyInItsOwnOrganisation() {
		UserAccount asa = newUser(this.umea, "asa", "Åsa Öberg", Role.COORDINATOR);

		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.find(asa.id()))).contains(asa);
		assertThat(this.tenancy.callAs(this.limerick.id(), () -> this.users.find(asa.id()))).isEmpty();
	}

	@Test
	void searchesNamesWithSwedishLettersRegardlessOfCase() {
		newUser(this.umea, "asa", "Åsa Öberg", Role.MENTOR);
		newUser(this.umea, "bo", "Bo Ek", Role.MENTOR);
		newUser(this.limerick, "aine", "Åsa Åberg", Role.MENTOR);

		List<UserAccount> found = this.tenancy.callAs(this.umea.id(), () -> this.users.page("åSA ö", 0, 10));

		assertThat(found).extracting(UserAccount::displayName).containsExactly("Åsa Öberg");
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.count("åsa"))).isEqualTo(1);
	}

	@Test
	void pagesInNameOrderWithinTheOrganisation() {
		newUser(this.umea, "c", "Cecilia", Role.MENTOR);
		newUser(this.umea, "a", "Anna", Role.MENTOR);
		newUser(this.umea, "b", "Bertil", Role.MENTOR);
		newUser(this.limerick, "aa", "Aaron", Role.MENTOR);

		List<UserAccount> second = this.tenancy.callAs(this.umea.id(), () -> this.users.page("", 1, 1));

		assertThat(second).extracting(UserAccount::displayName).containsExactly("Bertil");
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.count(""))).isEqualTo(3);
	}

	@Test
	void treatsWildcardsInASearchAsPlainText() {
		newUser(this.umea, "p", "100% Pelle", Role.MENTOR);
		newUser(this.umea, "q", "Quentin", Role.MENTOR);

		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.count("%"))).isEqualTo(1);
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.count("_"))).isZero();
	}

	@Test
	void refusesAStaleEdit() {
		UserAccount bo = newUser(this.umea, "bo", "Bo", Role.MENTOR);

		boolean first = this.tenancy.callAs(this.umea.id(),
				() -> this.users.update(bo.id(), 0, "Bo Ek", null, Set.of(Role.MENTOR), true));
		boolean stale = this.tenancy.callAs(this.umea.id(),
				() -> this.users.update(bo.id(), 0, "Bo Andersson", null, Set.of(Role.MENTOR), true));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		UserAccount saved = this.tenancy.callAs(this.umea.id(), () -> this.users.find(bo.id())).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("Bo Ek");
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void cannotEditAUserOfAnotherOrganisation() {
		UserAccount bo = newUser(this.umea, "bo", "Bo", Role.MENTOR);

		boolean changed = this.tenancy.callAs(this.limerick.id(),
				() -> this.users.update(bo.id(), 0, "Hijacked", null, Set.of(Role.ADMIN), true));

		assertThat(changed).isFalse();
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.find(bo.id())).orElseThrow().displayName())
			.isEqualTo("Bo");
	}

	@Test
	void keepsLoginNamesUniqueAcrossOrganisations() {
		UserAccount asa = newUser(this.umea, "asa", "Åsa", Role.MENTOR);
		UserAccount twin = new UserAccount(new UserId(java.util.UUID.randomUUID()), asa.username(), "Other Åsa", null,
				Set.of(Role.MENTOR), true, false, NOW, 0);

		assertThat(this.users.usernameExists(new Username(asa.username()))).isTrue();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(
				() -> this.tenancy.runAs(this.limerick.id(), () -> this.users.insert(twin, "{noop}secret", NOW)));
	}

	@Test
	void countsEnabledAdminsPerOrganisation() {
		newUser(this.umea, "admin", "Admin", Role.ADMIN);
		newUser(this.umea, "admin2", "Admin 2", Role.ADMIN, Role.COORDINATOR);
		newUser(this.umea, "coord", "Coordinator", Role.COORDINATOR);
		newUser(this.limerick, "admin", "Admin", Role.ADMIN);

		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.countEnabledAdmins())).isEqualTo(2);
	}

	@Test
	void loadsALoginWithItsOrganisationAndLockState() {
		UserAccount asa = newUser(this.umea, "asa", "Åsa", Role.COORDINATOR, Role.ADMIN);
		Username username = new Username(asa.username());

		CurrentUser open = this.users.findForLogin(username, NOW).orElseThrow();
		this.users.lockUntil(username, NOW.plus(Duration.ofMinutes(1)));
		CurrentUser locked = this.users.findForLogin(username, NOW).orElseThrow();
		CurrentUser later = this.users.findForLogin(username, NOW.plus(Duration.ofMinutes(2))).orElseThrow();

		assertThat(open.organisationId()).isEqualTo(this.umea.id());
		assertThat(open.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.ADMIN);
		assertThat(open.organisationLocale().getLanguage()).isEqualTo("sv");
		assertThat(open.getPassword()).isEqualTo("{noop}secret");
		assertThat(open.isAccountNonLocked()).isTrue();
		assertThat(locked.isAccountNonLocked()).isFalse();
		assertThat(later.isAccountNonLocked()).isTrue();
	}

	@Test
	void countsFailedLoginsUntilCleared() {
		UserAccount bo = newUser(this.umea, "bo", "Bo", Role.MENTOR);
		Username username = new Username(bo.username());

		this.users.recordFailedLogin(username);
		int second = this.users.recordFailedLogin(username);
		this.users.clearFailedLogins(username);
		int afterClearing = this.users.recordFailedLogin(username);

		assertThat(second).isEqualTo(2);
		assertThat(afterClearing).isEqualTo(1);
	}

	@Test
	void aPersonStandsBehindOneAccountAtMost() {
		UserAccount ali = newUser(this.umea, "ali", "Ali", Role.MENTOR);
		UserAccount twin = newUser(this.umea, "ali2", "Ali again", Role.MENTOR);
		UserAccount nobody = newUser(this.umea, "bo", "Bo", Role.MENTOR);
		java.util.UUID person = java.util.UUID.randomUUID();

		this.tenancy.runAs(this.umea.id(), () -> {
			this.users.linkPerson(ali.id(), person, Role.MENTOR);
			this.users.linkPerson(nobody.id(), null, null);
		});

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(
				() -> this.tenancy.runAs(this.umea.id(), () -> this.users.linkPerson(twin.id(), person, Role.MENTOR)));
	}

	@Test
	void linksAreReadWithTheAccountAndAtSignInWithinTheOrganisation() {
		UserAccount ali = newUser(this.umea, "ali", "Ali", Role.MENTOR, Role.VENUE_STAFF);
		java.util.UUID person = java.util.UUID.randomUUID();
		java.util.UUID library = java.util.UUID.randomUUID();
		java.util.UUID careHome = java.util.UUID.randomUUID();

		this.tenancy.runAs(this.umea.id(), () -> {
			this.users.linkPerson(ali.id(), person, Role.MENTOR);
			this.users.linkVenues(ali.id(), Set.of(library, careHome));
			this.users.linkVenues(ali.id(), Set.of(library));
		});

		AccountLinks links = this.tenancy.callAs(this.umea.id(), () -> this.users.find(ali.id()).orElseThrow().links());
		assertThat(links).isEqualTo(new AccountLinks(person, Role.MENTOR, Set.of(library)));
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.page("ali", 0, 10)).get(0).links())
			.isEqualTo(links);
		assertThat(this.tenancy.callAs(this.limerick.id(), () -> this.users.findByPerson(person))).isEmpty();
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.users.findByPerson(person))).isPresent();
		CurrentUser signedIn = this.users.findForLogin(new Username(ali.username()), NOW).orElseThrow();
		assertThat(signedIn.personId()).contains(person);
		assertThat(signedIn.venueIds()).containsExactly(library);
		// Another organisation's admin cannot set this account's venues: no row is
		// theirs.
		this.tenancy.runAs(this.limerick.id(), () -> this.users.linkVenues(ali.id(), Set.of()));
		assertThat(this.users.findForLogin(new Username(ali.username()), NOW).orElseThrow().venueIds())
			.containsExactly(library);
	}

	@Test
	void aVenueLinkCannotNameAnotherOrganisationThanItsAccounts() {
		UserAccount ali = newUser(this.umea, "ali", "Ali", Role.VENUE_STAFF);

		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.tenancy.runAs(this.limerick.id(),
					() -> this.users.linkVenues(ali.id(), Set.of(java.util.UUID.randomUUID()))));
	}

}

package org.tandem.people;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many people registered at once, as an import does: the same rules as one at a time,
 * batch after batch in one transaction, and nothing kept when anything fails.
 */
@TandemTest
class RegisterManyTest {

	@Autowired
	People people;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Tenancy tenancy;

	TestOrganisation kage;

	@BeforeEach
	void anOrganisation() {
		this.kage = this.organisations.create("Kåge");
	}

	static List<Profile> seniors(int count) {
		List<Profile> profiles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			profiles.add(Profiles.senior("Senior" + i, "Ek"));
		}
		return profiles;
	}

	long seniors() {
		return this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.SENIOR)).totalItems());
	}

	@Test
	void writesEveryBatchAndReportsProgressAfterEach() {
		List<Integer> progress = new ArrayList<>();

		int added = this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.registerAll(PersonKind.SENIOR, seniors(2500), PersonSource.IMPORT, progress::add));

		assertThat(added).isEqualTo(2500);
		assertThat(progress).containsExactly(1000, 2000, 2500);
		assertThat(seniors()).isEqualTo(2500);
		Person first = this.tenancy
			.callAs(this.kage.organisation().id(),
					() -> this.people
						.page(new PersonQuery(PersonKind.SENIOR, "Senior0 ", null, null, null, null, null, 0, 1)))
			.items()
			.get(0);
		assertThat(first.status()).isEqualTo(PersonStatus.PENDING);
		assertThat(first.source()).isEqualTo(PersonSource.IMPORT);
		assertThat(first.profile()).isEqualTo(Profiles.senior("Senior0", "Ek"));
	}

	@Test
	void keepsNothingWhenALaterBatchFails() {
		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.people.registerAll(PersonKind.SENIOR, seniors(2500), PersonSource.IMPORT, (done) -> {
					if (done == 2000) {
						throw new IllegalStateException("The instance stopped");
					}
				})))
			.hasMessage("The instance stopped");

		assertThat(seniors()).isZero();
	}

	@Test
	void mentorsAreAtLeastThirteenInABatchToo() {
		List<Profile> mentors = new ArrayList<>();
		mentors.add(Profiles.mentor("Elias", "Berg", 2009));
		mentors.add(Profiles.mentor("Liten", "Berg", Year.now().getValue() - 10));

		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.people.registerAll(PersonKind.MENTOR, mentors, PersonSource.IMPORT, (done) -> {
				})))
			.isInstanceOf(SafeguardingRuleBroken.class)
			.hasFieldOrPropertyWithValue("rule", "MentorAgeMinimum");
		assertThat(this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.MENTOR)).totalItems()))
			.isZero();
	}

}

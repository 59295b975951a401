package org.tandem.people;

import java.time.LocalDate;
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

	@Test
	void writesStatusConsentAndCheckWithEachPersonAsIfRecordedOneByOne() {
		int year = Year.now().getValue();
		Registration.ParticipationConsent byGuardian = new Registration.ParticipationConsent(ConsentGiver.GUARDIAN,
				"Vårdnadshavare", ConsentMethod.PAPER, false);
		Registration.ParticipationConsent byThemselves = new Registration.ParticipationConsent(ConsentGiver.PERSON,
				null, ConsentMethod.ONLINE_FORM, false);
		Registration.ParticipationConsent withdrawn = new Registration.ParticipationConsent(ConsentGiver.PERSON, null,
				ConsentMethod.PAPER, true);
		List<Registration> mentors = List.of(
				new Registration(Profiles.mentor("Pupil", "Berg", year - 16), PersonStatus.ACTIVE, byGuardian, null),
				new Registration(Profiles.withHomeVisits(Profiles.mentor("Adult", "Berg", year - 22)),
						PersonStatus.ACTIVE, byThemselves,
						new Registration.CheckRecord(LocalDate.now().minusMonths(2), LocalDate.now().plusYears(1),
								"PR-2026-1")),
				new Registration(Profiles.mentor("Left", "Berg", year - 20), PersonStatus.INACTIVE, withdrawn, null),
				Registration.pending(Profiles.mentor("New", "Berg", year - 19)));

		int added = this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.registerAllWithConsents(PersonKind.MENTOR, mentors, PersonSource.IMPORT, (done) -> {
				}));

		assertThat(added).isEqualTo(4);
		this.tenancy.runAs(this.kage.organisation().id(), () -> {
			Person pupil = mentor("Pupil");
			assertThat(pupil.status()).isEqualTo(PersonStatus.ACTIVE);
			assertThat(this.people.consents(pupil.id())).singleElement().satisfies((consent) -> {
				assertThat(consent.purpose()).isEqualTo(ConsentPurpose.PARTICIPATION);
				assertThat(consent.givenBy()).isEqualTo(ConsentGiver.GUARDIAN);
				assertThat(consent.guardianName()).isEqualTo("Vårdnadshavare");
				assertThat(consent.active()).isTrue();
			});
			Person adult = mentor("Adult");
			assertThat(this.people.backgroundChecks(adult.id())).extracting(BackgroundCheck::reference)
				.containsExactly("PR-2026-1");
			assertThat(this.people.homeVisitsPermitted(adult.id())).isTrue();
			Person left = mentor("Left");
			assertThat(left.status()).isEqualTo(PersonStatus.INACTIVE);
			assertThat(this.people.consents(left.id())).singleElement()
				.satisfies((consent) -> assertThat(consent.active()).isFalse());
			Person fresh = mentor("New");
			assertThat(fresh.status()).isEqualTo(PersonStatus.PENDING);
			assertThat(this.people.consents(fresh.id())).isEmpty();
		});
	}

	@Test
	void anActiveMinorNeedsAGuardiansConsentAndChecksAreForAdultsInABatchToo() {
		int year = Year.now().getValue();
		Registration.ParticipationConsent byThemselves = new Registration.ParticipationConsent(ConsentGiver.PERSON,
				null, ConsentMethod.PAPER, false);
		Registration minorOnOwnConsent = new Registration(Profiles.mentor("Pupil", "Berg", year - 15),
				PersonStatus.ACTIVE, byThemselves, null);
		Registration checkedMinor = new Registration(Profiles.mentor("Pupil", "Berg", year - 15), PersonStatus.PENDING,
				null, new Registration.CheckRecord(LocalDate.now(), LocalDate.now().plusYears(1), "PR-1"));

		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.people.registerAllWithConsents(PersonKind.MENTOR,
						List.of(Registration.pending(Profiles.mentor("Elias", "Berg", 2000)), minorOnOwnConsent),
						PersonSource.IMPORT, (done) -> {
						})))
			.isInstanceOf(SafeguardingRuleBroken.class)
			.hasFieldOrPropertyWithValue("rule", "GuardianConsentRequired");
		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(), () -> this.people
			.registerAllWithConsents(PersonKind.MENTOR, List.of(checkedMinor), PersonSource.IMPORT, (done) -> {
			}))).isInstanceOf(SafeguardingRuleBroken.class)
			.hasFieldOrPropertyWithValue("rule", "ChecksAreForAdultMentors");
		assertThatThrownBy(() -> new Registration(Profiles.senior("Åsa", "Ek"), PersonStatus.ACTIVE, null, null))
			.isInstanceOf(SafeguardingRuleBroken.class)
			.hasFieldOrPropertyWithValue("rule", "ActiveNeedsParticipationConsent");
		assertThat(this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.people.page(PersonQuery.all(PersonKind.MENTOR)).totalItems()))
			.isZero();
	}

	private Person mentor(String firstName) {
		return this.people.page(new PersonQuery(PersonKind.MENTOR, firstName + " ", null, null, null, null, null, 0, 1))
			.items()
			.get(0);
	}

}

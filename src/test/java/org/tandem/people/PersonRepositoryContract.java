package org.tandem.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;
import org.tandem.venues.VenueId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person tables, as both databases must behave: a profile reads back whole, edits
 * replace it, filters narrow it, and nothing crosses organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, PersonRepository.class, ConsentRepository.class, CheckRepository.class,
		MentorChanges.class })
abstract class PersonRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	PersonRepository people;

	@Autowired
	ConsentRepository consents;

	@Autowired
	CheckRepository checks;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	@BeforeEach
	void twoOrganisations() {
		this.umea = organisation("Umeå");
		this.lulea = organisation("Luleå");
	}

	OrganisationId organisation(String name) {
		return OrganisationRows.insert(this.jdbc, name);
	}

	Person store(OrganisationId organisation, PersonKind kind, Profile profile) {
		Person person = new Person(new PersonId(UUID.randomUUID()), kind, PersonStatus.PENDING, profile,
				PersonSource.MANUAL, NOW, 0);
		this.tenancy.runAs(organisation, () -> this.people.insert(person));
		return person;
	}

	static Profile rich(String firstName, TopicId topic, VenueId venue, ProgrammeId programme) {
		Profile base = Profiles.senior(firstName, "Öberg");
		return new Profile(firstName, "Öberg", 1941, Gender.WOMAN, base.phone(), "asa@example.se", base.address(),
				ContactChannel.SMS, List.of(new LanguageCode("so"), new LanguageCode("sv")),
				Set.of(Device.IPAD, Device.WINDOWS), List.of(new TopicWish(topic, 2)), base.availability(),
				Set.of(venue), false, Set.of(AccessibilityNeed.VISION, AccessibilityNeed.MEMORY), Set.of(programme),
				null, null, 1, Gender.WOMAN, "Föredrar eftermiddagar");
	}

	@Test
	void readsAWholeProfileBack() {
		Profile profile = rich("Åsa", new TopicId(UUID.randomUUID()), new VenueId(UUID.randomUUID()),
				new ProgrammeId(UUID.randomUUID()));
		Person stored = store(this.umea, PersonKind.SENIOR, profile);

		Person read = this.tenancy.callAs(this.umea, () -> this.people.find(stored.id())).orElseThrow();

		assertThat(read.profile()).isEqualTo(profile);
		assertThat(read.profile().firstLanguage().code()).isEqualTo("so");
		assertThat(read).isEqualTo(stored);
	}

	@Test
	void readsALearnersNameAndWantedTopicsMostWantedFirstOnlyForItsKindAndOrganisation() {
		TopicId bankid = new TopicId(UUID.randomUUID());
		TopicId swish = new TopicId(UUID.randomUUID());
		TopicId scams = new TopicId(UUID.randomUUID());
		Person senior = store(this.umea, PersonKind.SENIOR, Profiles.withTopics(Profiles.senior("Åsa", "Öberg"),
				List.of(new TopicWish(swish, 3), new TopicWish(bankid, 1), new TopicWish(scams, 2))));
		Person mentor = store(this.umea, PersonKind.MENTOR, Profiles.mentor("Anna", "Al", 2009));

		assertThat(this.tenancy.callAs(this.umea, () -> this.people.findLearner(PersonKind.SENIOR, senior.id())))
			.contains(new Learner(senior.id(), "Åsa Öberg", List.of(bankid, scams, swish)));
		assertThat(this.tenancy.callAs(this.umea, () -> this.people.findLearner(PersonKind.SENIOR, mentor.id())))
			.isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.people.findLearner(PersonKind.SENIOR, senior.id())))
			.isEmpty();
	}

	@Test
	void anEditReplacesTheProfileOnceAndOnlyAgainstTheRightVersion() {
		Person stored = store(this.umea, PersonKind.SENIOR, Profiles.senior("Åsa", "Öberg"));
		Profile changed = rich("Åsa", new TopicId(UUID.randomUUID()), new VenueId(UUID.randomUUID()),
				new ProgrammeId(UUID.randomUUID()));

		boolean first = this.tenancy.callAs(this.umea, () -> this.people.update(stored.id(), 0, changed));
		boolean stale = this.tenancy.callAs(this.umea,
				() -> this.people.update(stored.id(), 0, Profiles.senior("Other", "Name")));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		Person read = this.tenancy.callAs(this.umea, () -> this.people.find(stored.id())).orElseThrow();
		assertThat(read.profile()).isEqualTo(changed);
		assertThat(read.version()).isEqualTo(1);
	}

	@Test
	void filtersByProgrammeVenueLanguageTopicAndSearch() {
		TopicId swish = new TopicId(UUID.randomUUID());
		VenueId library = new VenueId(UUID.randomUUID());
		ProgrammeId autumn = new ProgrammeId(UUID.randomUUID());
		store(this.umea, PersonKind.SENIOR, rich("Åsa", swish, library, autumn));
		store(this.umea, PersonKind.SENIOR, Profiles.senior("Bertil", "Ek"));
		store(this.lulea, PersonKind.SENIOR, rich("Åsa", swish, library, autumn));

		assertThat(count(new PersonQuery(PersonKind.SENIOR, "", autumn, null, null, null, null, 0, 10))).isEqualTo(1);
		assertThat(count(new PersonQuery(PersonKind.SENIOR, "", null, library, null, null, null, 0, 10))).isEqualTo(1);
		assertThat(count(new PersonQuery(PersonKind.SENIOR, "", null, null, new LanguageCode("so"), null, null, 0, 10)))
			.isEqualTo(1);
		assertThat(count(new PersonQuery(PersonKind.SENIOR, "", null, null, null, swish, null, 0, 10))).isEqualTo(1);
		assertThat(count(new PersonQuery(PersonKind.SENIOR, "ÅSA ö", null, null, null, null, null, 0, 10)))
			.isEqualTo(1);
		assertThat(count(new PersonQuery(PersonKind.SENIOR, "öberg åsa", null, null, null, null, null, 0, 10)))
			.isEqualTo(1);
		assertThat(count(new PersonQuery(PersonKind.SENIOR, "0701234567", null, null, null, null, null, 0, 10)))
			.isEqualTo(2);
		assertThat(count(PersonQuery.all(PersonKind.SENIOR))).isEqualTo(2);
		assertThat(count(PersonQuery.all(PersonKind.MENTOR))).isZero();
	}

	@Test
	void pagesInNameOrder() {
		store(this.umea, PersonKind.MENTOR, Profiles.mentor("Cecilia", "Ceder", 2009));
		store(this.umea, PersonKind.MENTOR, Profiles.mentor("Anna", "Al", 2009));
		store(this.umea, PersonKind.MENTOR, Profiles.mentor("Bo", "Björk", 2009));

		PersonPage second = this.tenancy.callAs(this.umea,
				() -> this.people.page(new PersonQuery(PersonKind.MENTOR, "", null, null, null, null, null, 1, 1)));

		assertThat(second.items()).extracting(Person::fullName).containsExactly("Bo Björk");
		assertThat(second.totalItems()).isEqualTo(3);
	}

	@Test
	void pagesASearchOrAStatusInNameOrderAndCountsEveryMatch() {
		for (String name : List.of("Eva", "Cecilia", "Anna", "Doris", "Bo")) {
			store(this.umea, PersonKind.MENTOR, Profiles.mentor(name, "Lind", 2009));
		}
		store(this.umea, PersonKind.MENTOR, Profiles.mentor("Aron", "Ek", 2009));
		store(this.lulea, PersonKind.MENTOR, Profiles.mentor("Ada", "Lind", 2009));

		PersonPage first = this.tenancy.callAs(this.umea,
				() -> this.people.page(new PersonQuery(PersonKind.MENTOR, "lind", null, null, null, null, null, 0, 2)));
		PersonPage last = this.tenancy.callAs(this.umea,
				() -> this.people.page(new PersonQuery(PersonKind.MENTOR, "lind", null, null, null, null, null, 2, 2)));
		PersonPage beyond = this.tenancy.callAs(this.umea,
				() -> this.people.page(new PersonQuery(PersonKind.MENTOR, "lind", null, null, null, null, null, 9, 2)));
		PersonPage pending = this.tenancy.callAs(this.umea, () -> this.people
			.page(new PersonQuery(PersonKind.MENTOR, "", null, null, null, null, PersonStatus.PENDING, 0, 3)));

		assertThat(first.items()).extracting(Person::fullName).containsExactly("Anna Lind", "Bo Lind");
		assertThat(first.totalItems()).isEqualTo(5);
		assertThat(last.items()).extracting(Person::fullName).containsExactly("Eva Lind");
		assertThat(last.totalItems()).isEqualTo(5);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.totalItems()).isEqualTo(5);
		assertThat(pending.items()).extracting(Person::fullName).containsExactly("Aron Ek", "Anna Lind", "Bo Lind");
		assertThat(pending.totalItems()).isEqualTo(6);
	}

	@Test
	void anotherOrganisationCannotReadOrChangeAPerson() {
		Person stored = store(this.umea, PersonKind.SENIOR, Profiles.senior("Åsa", "Öberg"));

		assertThat(this.tenancy.callAs(this.lulea, () -> this.people.find(stored.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.people.update(stored.id(), 0, Profiles.senior("Taken", "Over"))))
			.isFalse();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.people.setStatus(stored.id(), PersonStatus.ACTIVE)))
			.isFalse();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.people.setMatched(stored.id(), true))).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.people.page(matched(PersonKind.SENIOR, true))).items())
			.isEmpty();
	}

	@Test
	void listsWhoHasAPartnerAndWhoWaitsWithoutTouchingTheVersion() {
		Person anna = store(this.umea, PersonKind.SENIOR, Profiles.senior("Anna", "Al"));
		Person bo = store(this.umea, PersonKind.SENIOR, Profiles.senior("Bo", "Björk"));
		Person cecilia = store(this.umea, PersonKind.SENIOR, Profiles.senior("Cecilia", "Ceder"));
		store(this.lulea, PersonKind.SENIOR, Profiles.senior("Ada", "Ek"));

		assertThat(this.tenancy.callAs(this.umea, () -> this.people.setMatched(bo.id(), true))).isTrue();
		this.tenancy.runAs(this.umea, () -> this.people.setMatched(cecilia.id(), true));
		this.tenancy.runAs(this.umea, () -> this.people.setMatched(cecilia.id(), false));

		PersonPage waiting = this.tenancy.callAs(this.umea, () -> this.people.page(matched(PersonKind.SENIOR, false)));
		PersonPage partnered = this.tenancy.callAs(this.umea, () -> this.people.page(matched(PersonKind.SENIOR, true)));
		PersonPage searched = this.tenancy.callAs(this.umea, () -> this.people
			.page(new PersonQuery(PersonKind.SENIOR, "b", null, null, null, null, null, true, 0, 10)));

		assertThat(waiting.items()).extracting(Person::id).containsExactly(anna.id(), cecilia.id());
		assertThat(waiting.totalItems()).isEqualTo(2);
		assertThat(partnered.items()).extracting(Person::id).containsExactly(bo.id());
		assertThat(partnered.totalItems()).isEqualTo(1);
		assertThat(searched.items()).extracting(Person::id).containsExactly(bo.id());
		assertThat(this.tenancy.callAs(this.umea, () -> this.people.find(bo.id())).orElseThrow().version())
			.isEqualTo(bo.version());
	}

	private static PersonQuery matched(PersonKind kind, boolean matched) {
		return new PersonQuery(kind, "", null, null, null, null, null, matched, 0, 10);
	}

	@Test
	void readsNamesByIdOnlyOfTheOrganisationAndManyMoreThanOneStatementTakes() {
		Person asa = store(this.umea, PersonKind.SENIOR, Profiles.senior("Åsa", "Öberg"));
		Person ali = store(this.umea, PersonKind.MENTOR, Profiles.mentor("Ali", "Hassan", 2001));
		Person elsewhere = store(this.lulea, PersonKind.SENIOR, Profiles.senior("Ada", "Ek"));
		PersonId nobody = new PersonId(UUID.randomUUID());
		List<Person> many = new java.util.ArrayList<>();
		for (int i = 0; i < PersonRepository.NAMES_CHUNK + 7; i++) {
			many.add(new Person(new PersonId(UUID.randomUUID()), PersonKind.SENIOR, PersonStatus.ACTIVE,
					Profiles.senior("Person" + i, "Öberg"), PersonSource.IMPORT, NOW, 0));
		}
		this.tenancy.runAs(this.umea, () -> this.people.insertAll(many));

		java.util.Map<PersonId, String> names = this.tenancy.callAs(this.umea,
				() -> this.people.names(List.of(asa.id(), ali.id(), elsewhere.id(), nobody, asa.id())));
		java.util.Map<PersonId, String> all = this.tenancy.callAs(this.umea,
				() -> this.people.names(many.stream().map(Person::id).toList()));

		assertThat(names).containsOnly(java.util.Map.entry(asa.id(), "Åsa Öberg"),
				java.util.Map.entry(ali.id(), "Ali Hassan"));
		assertThat(all).hasSize(many.size())
			.containsEntry(many.get(0).id(), "Person0 Öberg")
			.containsEntry(many.get(many.size() - 1).id(), "Person" + (many.size() - 1) + " Öberg");
	}

	@Test
	void findsDuplicatesByPhoneOrEmail() {
		Person stored = store(this.umea, PersonKind.SENIOR, Profiles.senior("Åsa", "Öberg"));

		assertThat(this.tenancy.callAs(this.umea,
				() -> this.people.findByContact(PersonKind.SENIOR, PhoneNumber.parse("+46701234567"), null)))
			.containsExactly(stored.id());
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.people.findByContact(PersonKind.SENIOR, PhoneNumber.parse("+46701234567"), null)))
			.isEmpty();
	}

	long count(PersonQuery query) {
		return this.tenancy.callAs(this.umea, () -> this.people.page(query)).totalItems();
	}

	@Test
	void insertsManyPeopleInBatchesWithTheirLanguagesDevicesAndNeeds() {
		List<Person> many = new java.util.ArrayList<>();
		for (int i = 0; i < 25; i++) {
			many.add(new Person(new PersonId(UUID.randomUUID()), PersonKind.SENIOR, PersonStatus.PENDING,
					(i == 0) ? rich("Åsa", new TopicId(UUID.randomUUID()), new VenueId(UUID.randomUUID()),
							new ProgrammeId(UUID.randomUUID())) : Profiles.senior("Person" + i, "Öberg"),
					PersonSource.IMPORT, NOW, 0));
		}

		this.tenancy.runAs(this.umea, () -> this.people.insertAll(many));

		for (Person person : List.of(many.get(0), many.get(24))) {
			assertThat(this.tenancy.callAs(this.umea, () -> this.people.find(person.id()))).contains(person);
		}
		assertThat(count(PersonQuery.all(PersonKind.SENIOR))).isEqualTo(25);
		assertThat(this.tenancy.callAs(this.lulea, () -> this.people.page(PersonQuery.all(PersonKind.SENIOR))))
			.extracting(PersonPage::totalItems)
			.isEqualTo(0L);
	}

	@Test
	void knowsThePeopleOfOneKindByPhoneEmailOrNameAndYear() {
		store(this.umea, PersonKind.SENIOR, Profiles.senior("Åsa", "Öberg"));
		store(this.umea, PersonKind.MENTOR, Profiles.mentor("Elias", "Berg", 2009));
		Profile samePhone = Profiles.senior("Another", "Name");
		Profile byLetter = new Profile("Åsa", "ÖBERG", 1942, Gender.WOMAN, null, null,
				new PostalAddress("Byvägen 2", "931 90", "Kåge"), ContactChannel.POST, List.of(new LanguageCode("sv")),
				Set.of(), List.of(), org.tandem.system.WeeklyTimes.NONE, Set.of(), false, Set.of(), Set.of(), null,
				null, 1, null, null);

		KnownContacts seniors = this.tenancy.callAs(this.umea, () -> this.people.knownContacts(PersonKind.SENIOR));
		KnownContacts elsewhere = this.tenancy.callAs(this.lulea, () -> this.people.knownContacts(PersonKind.SENIOR));

		assertThat(seniors.includes(samePhone)).isTrue();
		assertThat(seniors.includes(byLetter)).isTrue();
		assertThat(seniors.includes(Profiles.mentor("Elias", "Berg", 2009))).isFalse();
		assertThat(elsewhere.includes(samePhone)).isFalse();
	}

	@Test
	void readsAProgrammeForMatchingInBulkWithConsentsAndChecksWorkedOut() {
		TopicId swish = new TopicId(UUID.randomUUID());
		VenueId library = new VenueId(UUID.randomUUID());
		ProgrammeId autumn = new ProgrammeId(UUID.randomUUID());
		ProgrammeId spring = new ProgrammeId(UUID.randomUUID());
		Person senior = active(this.umea, PersonKind.SENIOR, rich("Åsa", swish, library, autumn));
		Person minor = active(this.umea, PersonKind.MENTOR, inProgramme(Profiles.mentor("Nils", "Berg", 2010), autumn));
		Person adult = active(this.umea, PersonKind.MENTOR,
				Profiles.withHomeVisits(inProgramme(Profiles.mentor("Omar", "Ali", 1999), autumn)));
		Person expired = active(this.umea, PersonKind.MENTOR,
				Profiles.withHomeVisits(inProgramme(Profiles.mentor("Lisa", "Ek", 1998), autumn)));
		store(this.umea, PersonKind.SENIOR, rich("Pending", swish, library, autumn));
		active(this.umea, PersonKind.SENIOR, rich("Other", swish, library, spring));
		active(this.lulea, PersonKind.SENIOR, rich("Elsewhere", swish, library, autumn));
		consent(senior, ConsentGiver.PERSON, false);
		consent(minor, ConsentGiver.GUARDIAN, false);
		consent(adult, ConsentGiver.PERSON, true);
		consent(adult, ConsentGiver.PERSON, false);
		check(adult, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
		check(expired, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));

		List<PersonForMatching> read = this.tenancy.callAs(this.umea,
				() -> this.people.forMatching(autumn, LocalDate.of(2026, 11, 22)));

		assertThat(read).extracting(PersonForMatching::id)
			.containsExactlyInAnyOrder(senior.id(), minor.id(), adult.id(), expired.id());
		PersonForMatching asa = byId(read, senior.id());
		assertThat(asa.kind()).isEqualTo(PersonKind.SENIOR);
		assertThat(asa.languages()).containsExactly(new LanguageCode("so"), new LanguageCode("sv"));
		assertThat(asa.devices()).containsExactlyInAnyOrder(Device.IPAD, Device.WINDOWS);
		assertThat(asa.topics()).containsExactly(new TopicWish(swish, 2));
		assertThat(asa.availability()).isEqualTo(senior.profile().availability());
		assertThat(asa.venues()).containsExactly(library);
		assertThat(asa.preferredMentorGender()).isEqualTo(Gender.WOMAN);
		assertThat(asa.city()).isEqualTo("Skellefteå");
		assertThat(asa.yearOfBirth()).isEqualTo(1941);
		assertThat(asa.registeredAt()).isEqualTo(NOW);
		assertThat(asa.participationConsent()).isTrue();
		assertThat(asa.guardianConsent()).isFalse();
		PersonForMatching nils = byId(read, minor.id());
		assertThat(nils.possiblyMinor()).isTrue();
		assertThat(nils.participationConsent()).isTrue();
		assertThat(nils.guardianConsent()).isTrue();
		assertThat(nils.homeVisitsPermitted()).isFalse();
		assertThat(nils.capacity()).isEqualTo(2);
		PersonForMatching omar = byId(read, adult.id());
		assertThat(omar.possiblyMinor()).isFalse();
		assertThat(omar.participationConsent()).isTrue();
		assertThat(omar.backgroundCheckValid()).isTrue();
		assertThat(omar.homeVisitsPermitted()).isTrue();
		PersonForMatching lisa = byId(read, expired.id());
		assertThat(lisa.participationConsent()).isFalse();
		assertThat(lisa.backgroundCheckValid()).isFalse();
		assertThat(lisa.homeVisitsPermitted()).isFalse();
	}

	@Test
	void readsAFewPeopleForMatchingByIdAndFindsTheMentorsNearATown() {
		TopicId swish = new TopicId(UUID.randomUUID());
		VenueId library = new VenueId(UUID.randomUUID());
		VenueId school = new VenueId(UUID.randomUUID());
		ProgrammeId autumn = new ProgrammeId(UUID.randomUUID());
		ProgrammeId spring = new ProgrammeId(UUID.randomUUID());
		Person senior = active(this.umea, PersonKind.SENIOR, rich("Åsa", swish, library, autumn));
		Person inTown = active(this.umea, PersonKind.MENTOR,
				inProgramme(withTown(Profiles.mentor("Omar", "Ali", 1999), "SKELLEFTEÅ"), autumn));
		Person atSchool = active(this.umea, PersonKind.MENTOR,
				inProgramme(withVenue(withTown(Profiles.mentor("Nils", "Berg", 2009), "Luleå"), school), autumn));
		Person farAway = active(this.umea, PersonKind.MENTOR,
				inProgramme(withTown(Profiles.mentor("Far", "Away", 1990), "Kiruna"), autumn));
		active(this.umea, PersonKind.MENTOR,
				inProgramme(withTown(Profiles.mentor("Other", "Programme", 1990), "Skellefteå"), spring));
		store(this.umea, PersonKind.MENTOR,
				inProgramme(withTown(Profiles.mentor("Not", "Active", 1990), "Skellefteå"), autumn));
		active(this.lulea, PersonKind.MENTOR,
				inProgramme(withTown(Profiles.mentor("Else", "Where", 1990), "Skellefteå"), autumn));
		consent(senior, ConsentGiver.PERSON, false);
		LocalDate today = LocalDate.of(2026, 11, 22);

		List<PersonForMatching> near = this.tenancy.callAs(this.umea,
				() -> this.people.mentorsForMatchingNear(autumn, List.of(school), List.of(" skellefteå "), today));
		List<PersonForMatching> few = this.tenancy.callAs(this.umea, () -> this.people.forMatching(autumn,
				List.of(senior.id(), inTown.id(), new PersonId(UUID.randomUUID())), today));
		List<PersonForMatching> all = this.tenancy.callAs(this.umea, () -> this.people.forMatching(autumn, today));

		assertThat(near).extracting(PersonForMatching::id).containsExactlyInAnyOrder(inTown.id(), atSchool.id());
		assertThat(near).allSatisfy((person) -> assertThat(person).isEqualTo(byId(all, person.id())));
		assertThat(byId(near, atSchool.id()).venues()).containsExactly(school);
		assertThat(few).extracting(PersonForMatching::id).containsExactlyInAnyOrder(senior.id(), inTown.id());
		assertThat(few).allSatisfy((person) -> assertThat(person).isEqualTo(byId(all, person.id())));
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.people.mentorsForMatchingNear(autumn, List.of(school), List.of("Skellefteå"), today)))
			.extracting(PersonForMatching::id)
			.doesNotContain(inTown.id(), atSchool.id());
		assertThat(this.tenancy.callAs(this.umea,
				() -> this.people.mentorsForMatchingNear(autumn, List.of(), List.of("Kiruna", "Luleå"), today)))
			.extracting(PersonForMatching::id)
			.containsExactlyInAnyOrder(atSchool.id(), farAway.id());
	}

	private static Profile withTown(Profile profile, String town) {
		return new Profile(profile.firstName(), profile.lastName(), profile.yearOfBirth(), profile.gender(),
				profile.phone(), profile.email(), new PostalAddress("Storgatan 9", "931 30", town),
				profile.contactChannel(), profile.languages(), profile.devices(), profile.topics(),
				profile.availability(), profile.venues(), profile.homeVisits(), profile.accessibilityNeeds(),
				profile.programmes(), profile.school(), profile.schoolClass(), profile.capacity(),
				profile.preferredMentorGender(), profile.notes());
	}

	private static Profile withVenue(Profile profile, VenueId venue) {
		return new Profile(profile.firstName(), profile.lastName(), profile.yearOfBirth(), profile.gender(),
				profile.phone(), profile.email(), profile.address(), profile.contactChannel(), profile.languages(),
				profile.devices(), profile.topics(), profile.availability(), Set.of(venue), profile.homeVisits(),
				profile.accessibilityNeeds(), profile.programmes(), profile.school(), profile.schoolClass(),
				profile.capacity(), profile.preferredMentorGender(), profile.notes());
	}

	@Test
	void readsMorePeopleByIdThanOneListHoldsTheSameAsTheWholeProgramme() {
		ProgrammeId autumn = new ProgrammeId(UUID.randomUUID());
		List<Person> mentors = new java.util.ArrayList<>();
		List<Consent> consents = new java.util.ArrayList<>();
		for (int i = 0; i < 450; i++) {
			Profile profile = inProgramme(Profiles.mentor("Mentor" + i, "Ek", 1990 + i % 10), autumn);
			Person mentor = new Person(new PersonId(UUID.randomUUID()), PersonKind.MENTOR, PersonStatus.ACTIVE, profile,
					PersonSource.IMPORT, NOW, 0);
			mentors.add(mentor);
			consents.add(new Consent(UUID.randomUUID(), mentor.id(), ConsentPurpose.PARTICIPATION, ConsentGiver.PERSON,
					null, ConsentMethod.ONLINE_FORM, NOW, null));
		}
		this.tenancy.runAs(this.umea, () -> {
			this.people.insertAll(mentors);
			this.consents.insertAll(consents, null);
		});
		LocalDate today = LocalDate.of(2026, 11, 22);
		List<PersonId> ids = mentors.stream().map(Person::id).toList();

		List<PersonForMatching> byId = this.tenancy.callAs(this.umea,
				() -> this.people.forMatching(autumn, ids, today));
		List<PersonForMatching> all = this.tenancy.callAs(this.umea, () -> this.people.forMatching(autumn, today));

		assertThat(byId).hasSize(450).containsExactlyInAnyOrderElementsOf(all);
		assertThat(byId).allSatisfy((mentor) -> assertThat(mentor.languages()).isNotEmpty());
	}

	@Test
	void writesConsentsAndChecksInBatchesThatMatchingReadsBack() {
		ProgrammeId autumn = new ProgrammeId(UUID.randomUUID());
		List<Person> mentors = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			Profile profile = inProgramme(Profiles.withHomeVisits(Profiles.mentor("Mentor" + i, "Ek", 1999)), autumn);
			mentors.add(new Person(new PersonId(UUID.randomUUID()), PersonKind.MENTOR,
					(i % 3 == 2) ? PersonStatus.INACTIVE : PersonStatus.ACTIVE, profile, PersonSource.IMPORT, NOW, 0));
		}
		List<Consent> consents = new java.util.ArrayList<>();
		List<BackgroundCheck> checks = new java.util.ArrayList<>();
		for (int i = 0; i < mentors.size(); i++) {
			PersonId id = mentors.get(i).id();
			boolean withdrawn = i % 3 == 2;
			consents.add(new Consent(UUID.randomUUID(), id, ConsentPurpose.PARTICIPATION, ConsentGiver.PERSON, null,
					ConsentMethod.ONLINE_FORM, NOW, withdrawn ? NOW.plusSeconds(60) : null));
			if (i % 3 == 0) {
				checks.add(new BackgroundCheck(UUID.randomUUID(), id, LocalDate.of(2026, 1, 1),
						LocalDate.of(2027, 12, 31), "PR-" + i));
			}
		}

		this.tenancy.runAs(this.umea, () -> {
			this.people.insertAll(mentors);
			this.consents.insertAll(consents, null);
			this.checks.insertAll(checks, null, NOW);
		});

		List<PersonForMatching> read = this.tenancy.callAs(this.umea,
				() -> this.people.forMatching(autumn, LocalDate.of(2026, 11, 22)));
		assertThat(read).hasSize(20).allSatisfy((mentor) -> assertThat(mentor.participationConsent()).isTrue());
		assertThat(read).filteredOn(PersonForMatching::homeVisitsPermitted).hasSize(10);
		Person first = mentors.get(0);
		assertThat(this.tenancy.callAs(this.umea, () -> this.checks.of(first.id()))).containsExactly(checks.get(0));
		Person withdrawn = mentors.get(2);
		assertThat(this.tenancy.callAs(this.umea, () -> this.consents.of(withdrawn.id()))).singleElement()
			.satisfies((consent) -> {
				assertThat(consent.active()).isFalse();
				assertThat(consent.withdrawnAt()).isEqualTo(NOW.plusSeconds(60));
			});
		assertThat(this.tenancy.callAs(this.lulea, () -> this.consents.of(first.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.checks.of(first.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.people.forMatching(autumn, LocalDate.of(2026, 11, 22))))
			.isEmpty();
	}

	static Profile inProgramme(Profile profile, ProgrammeId programme) {
		return new Profile(profile.firstName(), profile.lastName(), profile.yearOfBirth(), profile.gender(),
				profile.phone(), profile.email(), profile.address(), profile.contactChannel(), profile.languages(),
				profile.devices(), profile.topics(), profile.availability(), profile.venues(), profile.homeVisits(),
				profile.accessibilityNeeds(), Set.of(programme), profile.school(), profile.schoolClass(),
				profile.capacity(), profile.preferredMentorGender(), profile.notes());
	}

	Person active(OrganisationId organisation, PersonKind kind, Profile profile) {
		Person person = store(organisation, kind, profile);
		this.tenancy.runAs(organisation, () -> this.people.setStatus(person.id(), PersonStatus.ACTIVE));
		return person;
	}

	void consent(Person person, ConsentGiver givenBy, boolean withdrawn) {
		Consent consent = new Consent(UUID.randomUUID(), person.id(), ConsentPurpose.PARTICIPATION, givenBy,
				(givenBy == ConsentGiver.GUARDIAN) ? "Förälder" : null, ConsentMethod.PAPER, NOW, null);
		this.tenancy.runAs(this.umea, () -> {
			this.consents.insert(consent, null);
			if (withdrawn) {
				this.consents.withdraw(consent, NOW, null);
			}
		});
	}

	void check(Person person, LocalDate checkedOn, LocalDate expiresOn) {
		this.tenancy.runAs(this.umea, () -> this.checks
			.insert(new BackgroundCheck(UUID.randomUUID(), person.id(), checkedOn, expiresOn, "PR-1"), null, NOW));
	}

	static PersonForMatching byId(List<PersonForMatching> people, PersonId id) {
		return people.stream().filter((person) -> person.id().equals(id)).findFirst().orElseThrow();
	}

}

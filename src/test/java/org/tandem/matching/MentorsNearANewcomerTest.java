package org.tandem.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.Profile;
import org.tandem.programmes.Programmes;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentors near a newcomer's town are kept between proposals and brought up to date by
 * reading again only the mentors changed since (V32 notes which ones each change
 * touched), or all of them when the database cannot say which; on a new day, those whose
 * background check started or ran out too. Whatever the changes, the mentors handed to
 * matching are those a fresh read of the registry gives.
 */
@TandemTest
class MentorsNearANewcomerTest {

	static final String TOWN = "Skellefteå";

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	TestOrganisation skelleftea;

	MatchableProgramme programme;

	@AfterEach
	void setTheClockBack() {
		if (this.clockBefore != null) {
			this.clock.set(this.clockBefore);
		}
	}

	@Test
	void aNewDayReadsAgainOnlyTheMentorsWhoseBackgroundCheckStartedOrRanOut() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), STOCKHOLM);
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		PersonId bo = this.programme.mentor("Bo", 1, "sv");
		PersonId cai = this.programme.mentor("Cai", 1, "sv");
		this.organisations.actFor(this.skelleftea.organisation(), () -> {
			this.people.recordBackgroundCheck(ali, today.minusDays(10), today, "BR-1");
			this.people.recordBackgroundCheck(cai, today.plusDays(1), today.plusYears(1), "BR-2");
		});
		assertThat(near()).filteredOn((mentor) -> mentor.backgroundCheckValid())
			.extracting(PersonForMatching::id)
			.containsExactly(ali);
		capacityBehindTheBack(bo, 5);

		this.clockBefore = this.clock.set(this.clock.instant().plus(Duration.ofDays(1)));

		assertThat(near()).filteredOn((mentor) -> mentor.backgroundCheckValid())
			.extracting(PersonForMatching::id)
			.containsExactly(cai);
		assertThat(capacities(near(), bo)).containsExactly(1);
		assertThat(capacities(fresh(), bo)).containsExactly(5);
	}

	@Test
	void aNewYearReadsEveryoneAgain() {
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		assertThat(capacities(near(), ali)).containsExactly(1);
		capacityBehindTheBack(ali, 5);
		int year = LocalDate.ofInstant(this.clock.instant(), STOCKHOLM).getYear();

		this.clockBefore = this.clock.set(LocalDate.of(year + 1, 1, 1).atTime(10, 0).atZone(STOCKHOLM).toInstant());

		assertThat(capacities(near(), ali)).containsExactly(5);
	}

	@BeforeEach
	void aProgramme() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.programme = MatchableProgramme.in(this.skelleftea, this.organisations, this.programmes, this.venues,
				this.people);
	}

	@Test
	void onlyTheMentorsChangedSinceAreReadAgain() {
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		PersonId bo = this.programme.mentor("Bo", 1, "sv");
		assertThat(capacities(near(), ali, bo)).containsExactly(1, 1);

		// Ali's capacity changes behind the application's back (no change counted), Bo's
		// through the registry: only Bo is read again.
		capacityBehindTheBack(ali, 5);
		this.programme.change(bo, (profile) -> MatchableProgramme.withCapacity(profile, 3));

		assertThat(capacities(near(), ali, bo)).containsExactly(1, 3);
		assertThat(capacities(fresh(), ali, bo)).containsExactly(5, 3);
	}

	@Test
	void everythingIsReadAgainWhenTheNotesNoLongerSayWhichMentorsChanged() {
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		PersonId bo = this.programme.mentor("Bo", 1, "sv");
		assertThat(capacities(near(), ali, bo)).containsExactly(1, 1);
		capacityBehindTheBack(ali, 5);
		// A change whose note is gone (as old notes are removed) before the next one.
		this.programme.change(bo, (profile) -> MatchableProgramme.withCapacity(profile, 2));
		this.jdbc.sql("delete from people_mentor_change where organisation_id = :organisation")
			.param("organisation", this.skelleftea.organisation().id().value())
			.update();

		this.programme.change(bo, (profile) -> MatchableProgramme.withCapacity(profile, 3));

		assertThat(capacities(near(), ali, bo)).containsExactly(5, 3);
	}

	@Test
	void everythingIsReadAgainAfterAChangeOfMoreMentorsThanANoteNames() {
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		assertThat(capacities(near(), ali)).containsExactly(1);
		capacityBehindTheBack(ali, 5);
		Profile someone = as(() -> this.people.get(ali).profile());

		this.organisations.actFor(this.skelleftea.organisation(),
				() -> this.people.registerAll(PersonKind.MENTOR,
						IntStream.range(0, 201).mapToObj((i) -> MatchableProgramme.withCapacity(someone, 2)).toList(),
						PersonSource.MANUAL, (done) -> {
						}));

		assertThat(capacities(near(), ali)).containsExactly(5);
	}

	static Stream<Long> seeds() {
		return new Random(32).longs(6).boxed();
	}

	/**
	 * Random changes through the registry, one at a time, each followed by a proposal's
	 * read: mentors move into and out of town, take on more or fewer seniors, stop and
	 * start again, and new ones come; the kept mentors always equal a fresh read.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void theKeptMentorsAreAlwaysThoseAFreshReadGives(long seed) {
		Random random = new Random(seed);
		List<PersonId> mentors = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			mentors.add(this.programme.mentor("Mentor" + i, 1 + random.nextInt(3), "sv"));
		}
		for (int step = 0; step < 8; step++) {
			assertThat(near()).as("seed %d, step %d", seed, step).isEqualTo(fresh());
			PersonId mentor = mentors.get(random.nextInt(mentors.size()));
			switch (random.nextInt(5)) {
				case 0 -> this.programme.change(mentor,
						(profile) -> MatchableProgramme.inTown(profile, random.nextBoolean() ? "Umeå" : TOWN));
				case 1 -> this.programme.change(mentor,
						(profile) -> MatchableProgramme.withCapacity(profile, 1 + random.nextInt(4)));
				case 2 ->
					this.organisations.actFor(this.skelleftea.organisation(), () -> this.people.deactivate(mentor));
				case 3 -> this.organisations.actFor(this.skelleftea.organisation(), () -> this.people.activate(mentor));
				default -> mentors.add(this.programme.mentor("New" + step, 1 + random.nextInt(3), "sv"));
			}
		}
		assertThat(near()).as("seed %d, at the end", seed).isEqualTo(fresh());
	}

	/** As matching one newcomer of the town reads them. */
	List<PersonForMatching> near() {
		return as(() -> this.people.mentorsForMatchingNear(this.programme.programme,
				List.of(this.programme.library.id()), List.of(TOWN)));
	}

	/** The same mentors read afresh from the whole programme, by id. */
	List<PersonForMatching> fresh() {
		return as(() -> this.people.forMatching(this.programme.programme)).stream()
			.filter((person) -> person.kind() == PersonKind.MENTOR)
			.filter((person) -> TOWN.equalsIgnoreCase(person.city())
					|| person.venues().contains(this.programme.library.id()))
			.sorted(Comparator.comparing((PersonForMatching person) -> person.id().value()))
			.toList();
	}

	static List<Integer> capacities(List<PersonForMatching> mentors, PersonId... ids) {
		return Stream.of(ids)
			.map((id) -> mentors.stream().filter((mentor) -> mentor.id().equals(id)).findFirst().orElseThrow())
			.map(PersonForMatching::capacity)
			.toList();
	}

	void capacityBehindTheBack(PersonId mentor, int capacity) {
		this.jdbc.sql("update person set capacity = :capacity where id = :id")
			.param("capacity", capacity)
			.param("id", mentor.value())
			.update();
	}

	<T> T as(Supplier<T> work) {
		List<T> result = new ArrayList<>(1);
		this.organisations.actFor(this.skelleftea.organisation(), () -> result.add(work.get()));
		return result.get(0);
	}

}

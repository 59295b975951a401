package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.testing.MutableClock;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TandemTest;
import org.tandem.testing.TestPostgres;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coordinators planning clashing meetings at the same instant, on PostgreSQL, round
 * after round: both threads wait at a barrier and then plan (or move, or sign up) at
 * once. Every round exactly one of them succeeds and the other is refused with the clash
 * named, as if they had planned one after the other; never both, never a deadlock or
 * another error.
 */
@TandemTest
@OnPostgres
class PlanningRacesOnPostgresTest {

	static final int ROUNDS = 15;

	/** The first of the Mondays the rounds plan on, one week apart. */
	static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 12, 7);

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

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
	Pairs pairs;

	@Autowired
	Sessions sessions;

	@Autowired
	Workshops workshops;

	@Autowired
	MessageSource messages;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PersonId ali;

	PersonId astrid;

	PersonId bengt;

	final ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	void aMentorWithTwoSeniors() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Piteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.ali = this.programme.mentor("Ali", "Lindqvist");
		this.astrid = this.programme.senior("Astrid", "Berg");
		this.bengt = this.programme.senior("Bengt", "Ek");
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void twoPlansOfTheSameMentorAtOnceOneIsRefused() throws Exception {
		PairId withAstrid = this.programme.pair(this.astrid, this.ali);
		PairId withBengt = this.programme.pair(this.bengt, this.ali);
		for (int round = 0; round < ROUNDS; round++) {
			LocalDate day = FIRST_MONDAY.plusWeeks(round);
			List<Object> outcomes = race(() -> plan(withAstrid, "BankID", day, 14, this.programme.inStudyRoom()),
					() -> plan(withBengt, "Swish", day, 14, Location.online("https://meet.example.se/swish")));

			assertOneRefused(outcomes, "MentorBusy", "Ali Lindqvist");
		}
	}

	@Test
	void twoPlansOfTheSameRoomAtOnceOneIsRefused() throws Exception {
		PairId one = this.programme.pair(this.astrid, this.ali);
		PairId other = this.programme.pair(this.bengt, this.programme.mentor("Eva", "Holm"));
		for (int round = 0; round < ROUNDS; round++) {
			LocalDate day = FIRST_MONDAY.plusWeeks(round).plusDays(1);
			List<Object> outcomes = race(() -> plan(one, "BankID", day, 10, this.programme.inStudyRoom()),
					() -> plan(other, "Swish", day, 10, this.programme.inStudyRoom()));

			assertOneRefused(outcomes, "RoomBusy", "Studierummet, Kåge bibliotek");
		}
	}

	@Test
	void aPlanAndAWorkshopSignUpOfTheSameSeniorAtOnceOneIsRefused() throws Exception {
		PairId withAstrid = this.programme.pair(this.astrid, this.ali);
		PersonId eva = this.programme.mentor("Eva", "Holm");
		for (int round = 0; round < ROUNDS; round++) {
			LocalDate day = FIRST_MONDAY.plusWeeks(round).plusDays(2);
			Session workshop = this.programme.as(() -> this.workshops
				.plan(new WorkshopPlan(this.programme.programme, "Akta dig för bedragare", List.of(eva), 5,
						this.programme.inLargeRoom(), Schedule.single(day, LocalTime.of(10, 0), LocalTime.of(12, 0)))));

			List<Object> outcomes = race(
					() -> plan(withAstrid, "BankID", day, 11, Location.online("https://meet.example.se/bankid")),
					() -> this.workshops.signUp(workshop.id(), this.astrid));

			assertOneRefused(outcomes, "SeniorBusy", "Astrid Berg");
		}
	}

	@Test
	void aPlanAndAMoveOfTheSameMentorAtOnceOneIsRefused() throws Exception {
		PairId withAstrid = this.programme.pair(this.astrid, this.ali);
		PairId withBengt = this.programme.pair(this.bengt, this.ali);
		for (int round = 0; round < ROUNDS; round++) {
			LocalDate day = FIRST_MONDAY.plusWeeks(round).plusDays(3);
			Session morning = this.programme.as(() -> plan(withBengt, "Swish", day, 9, this.programme.inLargeRoom()));
			OccurrenceId moving = morning.occurrences().get(0).id();

			List<Object> outcomes = race(() -> plan(withAstrid, "BankID", day, 15, this.programme.inStudyRoom()),
					() -> this.sessions.reschedule(moving,
							new Move(day, LocalTime.of(15, 30), LocalTime.of(16, 30), null), Scope.THIS));

			assertOneRefused(outcomes, "MentorBusy", "Ali Lindqvist");
		}
	}

	Session plan(PairId pair, String title, LocalDate day, int hour, Location location) {
		return this.sessions.plan(new OneToOnePlan(pair, title, location,
				Schedule.single(day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0))));
	}

	/**
	 * Runs both at once as the organisation, each in its own thread and transaction.
	 * @return what each returned, or the exception it threw
	 */
	List<Object> race(Supplier<?> one, Supplier<?> other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<Object>> running = new ArrayList<>();
		for (Supplier<?> work : List.of(one, other)) {
			running.add(this.threads.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				try {
					return this.programme.as(work::get);
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> result : running) {
			outcomes.add(result.get(30, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	void assertOneRefused(List<Object> outcomes, String rule, String named) {
		List<Object> refused = outcomes.stream().filter(RuntimeException.class::isInstance).toList();
		assertThat(refused)
			.as("one of the two refused, the other done: %s",
					outcomes.stream().map((outcome) -> outcome.getClass().getSimpleName()).toList())
			.hasSize(1);
		assertThat(refused.get(0)).isInstanceOf(SessionRefused.class);
		SessionRefused refusal = (SessionRefused) refused.get(0);
		assertThat(refusal.rule()).isEqualTo(rule);
		assertThat(this.messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH))
			.startsWith(named + " ");
	}

}

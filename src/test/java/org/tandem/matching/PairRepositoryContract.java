package org.tandem.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinators' decisions on pairs, as both databases must keep them: read back
 * whole, moved on only from the status they were read in, listed by status, counted per
 * person, and never across organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, PairRepository.class })
abstract class PairRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	PairRepository pairs;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final ProgrammeId programme = new ProgrammeId(UUID.randomUUID());

	final PersonId senior = new PersonId(UUID.randomUUID());

	final PersonId mentor = new PersonId(UUID.randomUUID());

	final UUID coordinator = UUID.randomUUID();

	@BeforeEach
	void twoOrganisations() {
		this.umea = organisation("Umeå");
		this.lulea = organisation("Luleå");
	}

	OrganisationId organisation(String name) {
		return OrganisationRows.insert(this.jdbc, name);
	}

	Pair stored(OrganisationId organisation, PairStatus status, PersonId senior) {
		Pair pair = new Pair(new PairId(UUID.randomUUID()), this.programme, senior, this.mentor, status, false,
				UUID.randomUUID(), 215, (status == PairStatus.REJECTED) ? "Grannar" : null, this.coordinator, NOW, null,
				null);
		this.tenancy.runAs(organisation, () -> this.pairs.insert(pair));
		return pair;
	}

	@Test
	void readsADecisionBackWhole() {
		Pair pair = stored(this.umea, PairStatus.REJECTED, this.senior);

		assertThat(this.tenancy.callAs(this.umea, () -> this.pairs.find(pair.id()))).contains(pair);
	}

	@Test
	void movesAPairOnOnlyFromTheStatusItWasReadIn() {
		Pair pinned = stored(this.umea, PairStatus.PINNED, this.senior);
		UUID other = UUID.randomUUID();
		Instant later = NOW.plusSeconds(3600);

		assertThat(this.tenancy.callAs(this.umea,
				() -> this.pairs.decide(pinned.id(), PairStatus.PINNED, PairStatus.APPROVED, null, other, later)))
			.isTrue();
		assertThat(this.tenancy.callAs(this.umea,
				() -> this.pairs.decide(pinned.id(), PairStatus.PINNED, PairStatus.APPROVED, null, other, later)))
			.isFalse();
		assertThat(this.tenancy.callAs(this.umea,
				() -> this.pairs.end(pinned.id(), PairStatus.APPROVED, "Flyttade", this.coordinator, later)))
			.isTrue();

		Pair ended = this.tenancy.callAs(this.umea, () -> this.pairs.find(pinned.id())).orElseThrow();
		assertThat(ended.status()).isEqualTo(PairStatus.ENDED);
		assertThat(ended.decidedBy()).isEqualTo(other);
		assertThat(ended.decidedAt()).isEqualTo(later);
		assertThat(ended.endedBy()).isEqualTo(this.coordinator);
		assertThat(ended.endedAt()).isEqualTo(later);
		assertThat(ended.reason()).isEqualTo("Flyttade");
	}

	@Test
	void listsAProgrammesDecisionsByStatusAndCountsApprovedPairsPerPerson() {
		Pair approved = stored(this.umea, PairStatus.APPROVED, this.senior);
		Pair rejected = stored(this.umea, PairStatus.REJECTED, new PersonId(UUID.randomUUID()));
		stored(this.lulea, PairStatus.APPROVED, this.senior);

		assertThat(this.tenancy.callAs(this.umea,
				() -> this.pairs.inProgramme(this.programme, List.of(PairStatus.APPROVED, PairStatus.REJECTED))))
			.extracting(Pair::id)
			.containsExactlyInAnyOrder(approved.id(), rejected.id());
		assertThat(this.tenancy.callAs(this.umea,
				() -> this.pairs.inProgramme(this.programme, List.of(PairStatus.PINNED))))
			.isEmpty();
		assertThat(this.tenancy.callAs(this.umea, () -> this.pairs.approvedPairsOf(this.senior))).isEqualTo(1);
		assertThat(this.tenancy.callAs(this.umea, () -> this.pairs.approvedPairsOf(this.mentor))).isEqualTo(1);
	}

	@Test
	void readsTheKeptPairsOfMoreMentorsThanOneListHoldsInTheProgrammesOrder() {
		List<PersonId> mentors = new java.util.ArrayList<>();
		List<Pair> kept = new java.util.ArrayList<>();
		for (int i = 0; i < 450; i++) {
			PersonId mentor = new PersonId(UUID.randomUUID());
			mentors.add(mentor);
			// Every tenth decided at the same moment as another, so that ids break ties.
			Instant decided = NOW.plusSeconds((i % 10 == 0) ? 0 : i);
			PairStatus status = (i % 3 == 0) ? PairStatus.PINNED : PairStatus.APPROVED;
			Pair pair = new Pair(new PairId(UUID.randomUUID()), this.programme, new PersonId(UUID.randomUUID()), mentor,
					status, false, null, null, null, this.coordinator, decided, null, null);
			this.tenancy.runAs(this.umea, () -> this.pairs.insert(pair));
			kept.add(pair);
		}
		this.tenancy.runAs(this.umea, () -> {
			this.pairs.insert(new Pair(new PairId(UUID.randomUUID()), this.programme, this.senior, mentors.get(7),
					PairStatus.REJECTED, false, null, null, "Grannar", this.coordinator, NOW, null, null));
			this.pairs.insert(new Pair(new PairId(UUID.randomUUID()), new ProgrammeId(UUID.randomUUID()), this.senior,
					mentors.get(8), PairStatus.APPROVED, false, null, null, null, this.coordinator, NOW, null, null));
		});
		List<PairOfPeople> expected = this.tenancy
			.callAs(this.umea,
					() -> this.pairs.inProgramme(this.programme, List.of(PairStatus.APPROVED, PairStatus.PINNED)))
			.stream()
			.map(Pair::people)
			.toList();

		List<PairOfPeople> read = this.tenancy.callAs(this.umea,
				() -> this.pairs.keptWithMentors(this.programme, mentors));

		assertThat(read).hasSize(450).containsExactlyElementsOf(expected);
		assertThat(this.tenancy.callAs(this.lulea, () -> this.pairs.keptWithMentors(this.programme, mentors)))
			.isEmpty();
	}

	@Test
	void anotherOrganisationNeitherReadsNorMovesADecision() {
		Pair pair = stored(this.umea, PairStatus.APPROVED, this.senior);

		assertThat(this.tenancy.callAs(this.lulea, () -> this.pairs.find(pair.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.pairs.end(pair.id(), PairStatus.APPROVED, null, this.coordinator, NOW)))
			.isFalse();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.pairs.approvedPairsOf(this.senior))).isZero();
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.pairs.inProgramme(this.programme, List.of(PairStatus.values()))))
			.isEmpty();
	}

}

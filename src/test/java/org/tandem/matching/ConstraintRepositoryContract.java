package org.tandem.matching;

import java.time.Instant;
import java.util.Map;
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
 * Matching's own tables, as both databases must behave: constraints are added once and
 * removed, weights fall back to their defaults, and nothing crosses organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, ConstraintRepository.class })
abstract class ConstraintRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	ConstraintRepository constraints;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final PairOfPeople pair = new PairOfPeople(new PersonId(UUID.randomUUID()), new PersonId(UUID.randomUUID()));

	final ProgrammeId programme = new ProgrammeId(UUID.randomUUID());

	@BeforeEach
	void twoOrganisations() {
		this.umea = organisation("Umeå");
		this.lulea = organisation("Luleå");
	}

	OrganisationId organisation(String name) {
		return OrganisationRows.insert(this.jdbc, name);
	}

	@Test
	void aNeverPairIsAddedOnceAndRemoved() {
		boolean first = this.tenancy.callAs(this.umea, () -> this.constraints.addNeverPair(this.pair, NOW));
		boolean again = this.tenancy.callAs(this.umea, () -> this.constraints.addNeverPair(this.pair, NOW));

		assertThat(first).isTrue();
		assertThat(again).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.neverPairs())).containsExactly(this.pair);
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.removeNeverPair(this.pair))).isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.neverPairs())).isEmpty();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.removeNeverPair(this.pair))).isFalse();
	}

	@Test
	void aRequiredPreferenceIsAddedOnceAndRelaxed() {
		PersonId senior = this.pair.senior();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.requirePreference(senior, NOW))).isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.requirePreference(senior, NOW))).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.requiredPreferences()))
			.containsExactly(senior);

		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.relaxPreference(senior))).isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.requiredPreferences())).isEmpty();
	}

	@Test
	void weightsAreTheDefaultsUntilChangedAndCanBeReset() {
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.weights(this.programme)))
			.isEqualTo(Weights.defaults());
		Weights changed = new Weights(Map.of(Criterion.TOPICS, 9, Criterion.WAITING, 0), 25);

		this.tenancy.runAs(this.umea, () -> this.constraints.saveWeights(this.programme, changed));
		this.tenancy.runAs(this.umea, () -> this.constraints.saveWeights(this.programme, changed));

		Weights read = this.tenancy.callAs(this.umea, () -> this.constraints.weights(this.programme));
		assertThat(read).isEqualTo(changed);
		assertThat(read.of(Criterion.TOPICS)).isEqualTo(9);
		assertThat(read.of(Criterion.DEVICES)).isEqualTo(Criterion.DEVICES.defaultWeight());
		assertThat(read.penalty(3)).isEqualTo(100);
		this.tenancy.runAs(this.umea, () -> this.constraints.resetWeights(this.programme));
		assertThat(this.tenancy.callAs(this.umea, () -> this.constraints.weights(this.programme)))
			.isEqualTo(Weights.defaults());
	}

	@Test
	void noOrganisationSeesOrChangesAnothersConstraintsOrWeights() {
		this.tenancy.runAs(this.umea, () -> {
			this.constraints.addNeverPair(this.pair, NOW);
			this.constraints.requirePreference(this.pair.senior(), NOW);
			this.constraints.saveWeights(this.programme, new Weights(Map.of(Criterion.TOPICS, 1), 0));
		});

		this.tenancy.runAs(this.lulea, () -> {
			assertThat(this.constraints.neverPairs()).isEmpty();
			assertThat(this.constraints.requiredPreferences()).isEmpty();
			assertThat(this.constraints.weights(this.programme)).isEqualTo(Weights.defaults());
			assertThat(this.constraints.removeNeverPair(this.pair)).isFalse();
			assertThat(this.constraints.relaxPreference(this.pair.senior())).isFalse();
			this.constraints.resetWeights(this.programme);
			assertThat(this.constraints.addNeverPair(this.pair, NOW)).isTrue();
		});

		this.tenancy.runAs(this.umea, () -> {
			assertThat(this.constraints.neverPairs()).containsExactly(this.pair);
			assertThat(this.constraints.requiredPreferences()).containsExactly(this.pair.senior());
			assertThat(this.constraints.weights(this.programme).of(Criterion.TOPICS)).isEqualTo(1);
		});
	}

}

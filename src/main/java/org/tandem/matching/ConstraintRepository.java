package org.tandem.matching;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TenantJdbc;

/**
 * Matching's own tables: pairs never to make, seniors whose gender preference is
 * required, and programme weights.
 */
@Repository
class ConstraintRepository {

	private final TenantJdbc jdbc;

	ConstraintRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether it was new
	 */
	boolean addNeverPair(PairOfPeople pair, Instant at) {
		boolean known = this.jdbc.sql("""
				select count(*) from matching_never_pair
				 where organisation_id = :tenant and senior_id = :senior and mentor_id = :mentor
				""")
			.param("senior", pair.senior().value())
			.param("mentor", pair.mentor().value())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		this.jdbc.sql("""
				insert into matching_never_pair (organisation_id, senior_id, mentor_id, created_at)
				values (:tenant, :senior, :mentor, :at)
				""")
			.param("senior", pair.senior().value())
			.param("mentor", pair.mentor().value())
			.param("at", Timestamp.from(at))
			.update();
		return true;
	}

	/**
	 * @return whether there was one
	 */
	boolean removeNeverPair(PairOfPeople pair) {
		return this.jdbc.sql("""
				delete from matching_never_pair
				 where organisation_id = :tenant and senior_id = :senior and mentor_id = :mentor
				""").param("senior", pair.senior().value()).param("mentor", pair.mentor().value()).update() == 1;
	}

	Set<PairOfPeople> neverPairs() {
		Set<PairOfPeople> pairs = new HashSet<>();
		this.jdbc.sql("select senior_id, mentor_id from matching_never_pair where organisation_id = :tenant")
			.query((ResultSet row) -> {
				pairs.add(new PairOfPeople(new PersonId(row.getObject("senior_id", UUID.class)),
						new PersonId(row.getObject("mentor_id", UUID.class))));
			});
		return pairs;
	}

	/**
	 * @return whether it was new
	 */
	boolean requirePreference(PersonId senior, Instant at) {
		boolean known = this.jdbc.sql("""
				select count(*) from matching_required_preference
				 where organisation_id = :tenant and senior_id = :senior
				""").param("senior", senior.value()).query(Long.class).single() > 0;
		if (known) {
			return false;
		}
		this.jdbc.sql("""
				insert into matching_required_preference (organisation_id, senior_id, created_at)
				values (:tenant, :senior, :at)
				""").param("senior", senior.value()).param("at", Timestamp.from(at)).update();
		return true;
	}

	/**
	 * @return whether it was required
	 */
	boolean relaxPreference(PersonId senior) {
		return this.jdbc
			.sql("delete from matching_required_preference where organisation_id = :tenant and senior_id = :senior")
			.param("senior", senior.value())
			.update() == 1;
	}

	Set<PersonId> requiredPreferences() {
		Set<PersonId> seniors = new HashSet<>();
		this.jdbc.sql("select senior_id from matching_required_preference where organisation_id = :tenant")
			.query((ResultSet row) -> {
				seniors.add(new PersonId(row.getObject("senior_id", UUID.class)));
			});
		return seniors;
	}

	/**
	 * The weights stored for a programme by name; those not stored take their default.
	 */
	Weights weights(ProgrammeId programme) {
		Map<String, Integer> stored = new HashMap<>();
		this.jdbc.sql("""
				select name, weight from matching_weight where organisation_id = :tenant and programme_id = :programme
				""").param("programme", programme.value()).query((ResultSet row) -> {
			stored.put(row.getString("name"), row.getInt("weight"));
		});
		return Weights.fromStored(stored);
	}

	/** Stores every weight of a programme, replacing those stored before. */
	void saveWeights(ProgrammeId programme, Weights weights) {
		this.jdbc.sql("delete from matching_weight where organisation_id = :tenant and programme_id = :programme")
			.param("programme", programme.value())
			.update();
		java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
		weights.byCriterion()
			.forEach((criterion, weight) -> rows
				.add(Map.of("programme", programme.value(), "name", criterion.name(), "weight", weight)));
		rows.add(Map.of("programme", programme.value(), "name", Weights.LOAD_SPREAD, "weight", weights.loadSpread()));
		this.jdbc.batch("""
				insert into matching_weight (organisation_id, programme_id, name, weight)
				values (:tenant, :programme, :name, :weight)
				""", rows);
	}

	/** Goes back to the default weights. */
	void resetWeights(ProgrammeId programme) {
		this.jdbc.sql("delete from matching_weight where organisation_id = :tenant and programme_id = :programme")
			.param("programme", programme.value())
			.update();
	}

}

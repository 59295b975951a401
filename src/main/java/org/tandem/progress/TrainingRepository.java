package org.tandem.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.system.TenantJdbc;

/** Mentors' training in {@code progress_training}, read by mentor. */
@Repository
class TrainingRepository {

	private final TenantJdbc jdbc;

	TrainingRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Training training, @Nullable UUID recordedBy) {
		this.jdbc.sql("""
				insert into progress_training (id, organisation_id, mentor_id, trained_on, hours, what, recorded_by,
				                               recorded_at)
				values (:id, :tenant, :mentor, :date, :hours, :what, :by, :at)
				""")
			.param("id", training.id())
			.param("mentor", training.mentor().value())
			.param("date", Date.valueOf(training.date()))
			.param("hours", training.hours())
			.param("what", training.what())
			.param("by", recordedBy)
			.param("at", Timestamp.from(training.recordedAt()))
			.update();
	}

	/** A mentor's training, the latest first. */
	List<Training> of(PersonId mentor) {
		return this.jdbc.sql("""
				select id, mentor_id, trained_on, hours, what, recorded_at
				  from progress_training
				 where mentor_id = :mentor and organisation_id = :tenant
				 order by trained_on desc, recorded_at desc
				""")
			.param("mentor", mentor.value())
			.query((row, number) -> new Training(row.getObject("id", UUID.class),
					new PersonId(row.getObject("mentor_id", UUID.class)), row.getDate("trained_on").toLocalDate(),
					row.getBigDecimal("hours").setScale(2), row.getString("what"),
					row.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	BigDecimal totalHours(PersonId mentor) {
		return this.jdbc
			.sql("""
					select coalesce(sum(hours), 0) from progress_training where mentor_id = :mentor and organisation_id = :tenant
					""")
			.param("mentor", mentor.value())
			.query(BigDecimal.class)
			.single()
			.setScale(2);
	}

}

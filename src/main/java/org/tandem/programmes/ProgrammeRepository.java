package org.tandem.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.tandem.system.OrganisationId;
import org.tandem.system.TenantJdbc;

/**
 * The programme table, always scoped to the current organisation.
 */
@Repository
class ProgrammeRepository {

	private static final String COLUMNS = "id, name, description, term_start, term_end, session_minutes, version";

	private final TenantJdbc jdbc;

	ProgrammeRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ProgrammeId id, ProgrammeDetails details) {
		this.jdbc.sql("""
				insert into programme (id, organisation_id, name, name_key, description, term_start, term_end,
				    session_minutes, version)
				values (:id, :tenant, :name, :nameKey, :description, :termStart, :termEnd, :sessionMinutes, 0)
				""")
			.param("id", id.value())
			.param("name", details.name())
			.param("nameKey", details.nameKey())
			.param("description", details.description())
			.param("termStart", details.term().start())
			.param("termEnd", details.term().end())
			.param("sessionMinutes", details.sessionMinutes())
			.update();
	}

	/** Saves the details if nobody changed the programme since {@code version}. */
	boolean update(ProgrammeId id, int version, ProgrammeDetails details) {
		return this.jdbc.sql("""
				update programme
				   set name = :name, name_key = :nameKey, description = :description, term_start = :termStart,
				       term_end = :termEnd, session_minutes = :sessionMinutes, version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""")
			.param("id", id.value())
			.param("version", version)
			.param("name", details.name())
			.param("nameKey", details.nameKey())
			.param("description", details.description())
			.param("termStart", details.term().start())
			.param("termEnd", details.term().end())
			.param("sessionMinutes", details.sessionMinutes())
			.update() == 1;
	}

	Optional<OrganisationId> organisationOf(ProgrammeId id) {
		// A public sign-up link names only the programme: the row tells the organisation.
		return this.jdbc.crossTenant("select organisation_id from programme where id = :id")
			.param("id", id.value())
			.query((row, number) -> new OrganisationId(row.getObject("organisation_id", java.util.UUID.class)))
			.optional();
	}

	Optional<Programme> find(ProgrammeId id) {
		return this.jdbc.sql("select " + COLUMNS + " from programme where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(ProgrammeRepository::programme)
			.optional();
	}

	Optional<Programme> findByName(String name) {
		return this.jdbc
			.sql("select " + COLUMNS + " from programme where name_key = :nameKey and organisation_id = :tenant")
			.param("nameKey", ProgrammeDetails.key(name))
			.query(ProgrammeRepository::programme)
			.optional();
	}

	/** Every programme, the latest term first. */
	List<Programme> all() {
		return this.jdbc.sql("select " + COLUMNS + """
				 from programme
				where organisation_id = :tenant
				order by term_start desc, name_key, id
				""").query(ProgrammeRepository::programme).list();
	}

	private static Programme programme(ResultSet row, int number) throws SQLException {
		return new Programme(new ProgrammeId(row.getObject("id", UUID.class)), row.getString("name"),
				row.getString("description"),
				new Term(row.getObject("term_start", LocalDate.class), row.getObject("term_end", LocalDate.class)),
				row.getInt("session_minutes"), row.getInt("version"));
	}

}

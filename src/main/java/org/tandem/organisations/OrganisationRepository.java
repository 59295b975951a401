package org.tandem.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.tandem.system.OrganisationId;
import org.tandem.system.TenantJdbc;

/**
 * The organisation table. The organisation's own id is its tenant key.
 */
@Repository
class OrganisationRepository {

	private final TenantJdbc jdbc;

	OrganisationRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Organisation organisation, Instant createdAt) {
		// Creating a tenant cannot be scoped to it: it does not exist yet.
		this.jdbc.crossTenant("""
				insert into organisation (id, name, default_locale, time_zone, created_at)
				values (:id, :name, :locale, :zone, :createdAt)
				""")
			.param("id", organisation.id().value())
			.param("name", organisation.name())
			.param("locale", organisation.defaultLocale().toLanguageTag())
			.param("zone", organisation.timeZone().getId())
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	Optional<Organisation> current() {
		return this.jdbc.sql("""
				select id, name, default_locale, time_zone from organisation where id = :tenant
				""").query(OrganisationRepository::organisation).optional();
	}

	Optional<Organisation> findByName(String name) {
		// Start-up tasks look for their organisation before they can act for it.
		return this.jdbc.crossTenant("""
				select id, name, default_locale, time_zone from organisation where name = :name
				""").param("name", name).query(OrganisationRepository::organisation).optional();
	}

	List<Organisation> all() {
		// Jobs and start-up tasks visit every organisation in turn.
		return this.jdbc.crossTenant("select id, name, default_locale, time_zone from organisation order by name")
			.query(OrganisationRepository::organisation)
			.list();
	}

	boolean anyExists() {
		// Installation-wide question asked once at start-up.
		return this.jdbc.crossTenant("select count(*) from organisation").query(Long.class).single() > 0;
	}

	static Organisation organisation(ResultSet row, int number) throws SQLException {
		return new Organisation(new OrganisationId(row.getObject("id", UUID.class)), row.getString("name"),
				Locale.forLanguageTag(row.getString("default_locale")), ZoneId.of(row.getString("time_zone")));
	}

}

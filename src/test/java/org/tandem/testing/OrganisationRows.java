package org.tandem.testing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.system.OrganisationId;

/**
 * Writes a bare organisation row for repository contracts, which run without the
 * organisations module: enough for the foreign keys and tenancy of any module's tables.
 */
public final class OrganisationRows {

	private OrganisationRows() {
	}

	/** A new Swedish organisation whose name is made unique with its id. */
	public static OrganisationId insert(JdbcClient jdbc, String name) {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		jdbc.sql("""
				insert into organisation (id, name, default_locale, time_zone, created_at)
				values (:id, :name, 'sv', 'Europe/Stockholm', current_timestamp)
				""").param("id", id.value()).param("name", name + " " + id).update();
		return id;
	}

}

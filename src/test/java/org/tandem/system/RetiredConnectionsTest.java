package org.tandem.system;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool retires connections (after 30 minutes by default), including the
 * one that ran the migrations. The embedded database must go on checking its constraints
 * afterwards: H2 2.4.240 checked an {@code in (...)} constraint through the session that
 * created it, and once that connection was closed every insert into such a table failed
 * with "Check constraint invalid" — the demo would stop matching half an hour after its
 * first start.
 */
@TandemTest
class RetiredConnectionsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganisations organisations;

	@Test
	void constraintsAreStillCheckedAfterThePoolRetiredEveryConnection() throws Exception {
		TestOrganisation organisation = this.organisations.create("Pool");
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

		int inserted = this.jdbc.sql("""
				insert into matching_pair (id, organisation_id, programme_id, senior_id, mentor_id, status, manual,
				                           decided_at)
				values (:id, :organisation, :programme, :senior, :mentor, 'APPROVED', false, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("organisation", organisation.organisation().id().value())
			.param("programme", UUID.randomUUID())
			.param("senior", UUID.randomUUID())
			.param("mentor", UUID.randomUUID())
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.update();

		assertThat(inserted).isEqualTo(1);
	}

}

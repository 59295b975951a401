package org.tandem.system;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application's connections come through the queue, one turn per pooled connection,
 * and a statement run through it gives its turn back.
 */
@TandemTest
class FairConnectionsInTheApplicationTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionIsHandedOutInTurnAndGivenBack() throws Exception {
		assertThat(this.dataSource).isInstanceOf(FairConnections.InTurn.class);
		FairConnections.InTurn inTurn = (FairConnections.InTurn) this.dataSource;
		int size = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();

		assertThat(this.jdbc.sql("select 1").query(Integer.class).single()).isEqualTo(1);

		// A scheduled job may hold a connection for a moment; every turn comes back.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inTurn.free()).isEqualTo(size));
	}

}

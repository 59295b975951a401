package org.tandem.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Connections are handed out first come, first served: a thread that gives a connection
 * back and asks again at once queues behind those already waiting, which Hikari's pool on
 * its own does not promise.
 */
class FairConnectionsTest {

	HikariDataSource pool;

	FairConnections.InTurn inTurn;

	@BeforeEach
	void aPoolOfOneConnection() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:fair-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		config.setMaximumPoolSize(1);
		config.setConnectionTimeout(2_000);
		this.pool = new HikariDataSource(config);
		this.inTurn = new FairConnections.InTurn(this.pool, 1, 2_000);
	}

	@AfterEach
	void close() {
		this.pool.close();
	}

	@RepeatedTest(20)
	void aThreadThatGivesItsConnectionBackAndAsksAgainQueuesBehindTheOneWaiting() throws Exception {
		List<String> served = Collections.synchronizedList(new ArrayList<>());
		Connection held = this.inTurn.getConnection();
		Thread waiting = new Thread(() -> {
			try (Connection connection = this.inTurn.getConnection()) {
				served.add("waiting");
				Thread.sleep(20);
			}
			catch (SQLException | InterruptedException ex) {
				served.add("failed: " + ex);
			}
		});
		waiting.start();
		while (this.inTurn.waiting() == 0) {
			Thread.onSpinWait();
		}

		held.close();
		try (Connection again = this.inTurn.getConnection()) {
			served.add("returning");
		}
		waiting.join();

		assertThat(served).containsExactly("waiting", "returning");
	}

	@Test
	void aConnectionClosedTwiceGivesBackOneTurn() throws Exception {
		Connection connection = this.inTurn.getConnection();

		connection.close();
		connection.close();

		assertThat(this.inTurn.free()).isEqualTo(1);
	}

	@Test
	void whenEveryConnectionIsBusyAskingFailsAfterTheTimeoutAndTakesNoTurn() throws Exception {
		FairConnections.InTurn impatient = new FairConnections.InTurn(this.pool, 1, 100);
		try (Connection held = impatient.getConnection()) {
			assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(impatient::getConnection)
				.withMessageContaining("100 ms");
			assertThat(impatient.free()).isZero();
		}
		assertThat(impatient.free()).isEqualTo(1);
	}

	@Test
	void whenThePoolFailsTheTurnIsGivenBack() {
		this.pool.close();

		assertThatExceptionOfType(SQLException.class).isThrownBy(this.inTurn::getConnection);
		assertThat(this.inTurn.free()).isEqualTo(1);
	}

	@Test
	void theConnectionWorksAndIsEqualOnlyToItself() throws Exception {
		try (Connection first = this.inTurn.getConnection()) {
			assertThat(first.createStatement().executeQuery("select 1").next()).isTrue();
			assertThat(first).isEqualTo(first).hasSameHashCodeAs(first);
			assertThat(first.isWrapperFor(Connection.class)).isTrue();
		}
	}

}

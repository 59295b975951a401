package org.tandem.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out database connections in the order they were asked for. Hikari's pool lets a
 * thread that has just returned a connection take it straight back, ahead of threads
 * already waiting; when every connection is busy, most requests are then quick and a few
 * wait many times longer. A fair semaphore with as many permits as the pool has
 * connections queues the waiting ones first come, first served.
 * <p>
 * On by default; {@code tandem.database.fair-connections=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
class FairConnections {

	@Bean
	static BeanPostProcessor fairConnectionPool(Environment environment) {
		boolean fair = Binder.get(environment)
			.bind("tandem.database.fair-connections", Boolean.class)
			.orElse(Boolean.TRUE);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (fair && bean instanceof HikariDataSource pool) {
					return new InTurn(pool, pool.getMaximumPoolSize(), pool.getConnectionTimeout());
				}
				return bean;
			}
		};
	}

	/** A data source whose connections are handed out in turn. */
	static final class InTurn extends DelegatingDataSource {

		private final Semaphore turns;

		private final long timeoutMillis;

		InTurn(DataSource pool, int size, long timeoutMillis) {
			super(pool);
			this.turns = new Semaphore(size, true);
			this.timeoutMillis = timeoutMillis;
		}

		@Override
		public Connection getConnection() throws SQLException {
			awaitTurn();
			try {
				return released(super.getConnection());
			}
			catch (SQLException | RuntimeException ex) {
				this.turns.release();
				throw ex;
			}
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			awaitTurn();
			try {
				return released(super.getConnection(username, password));
			}
			catch (SQLException | RuntimeException ex) {
				this.turns.release();
				throw ex;
			}
		}

		/** How many threads wait for a connection now. */
		int waiting() {
			return this.turns.getQueueLength();
		}

		/** How many more connections could be handed out now without waiting. */
		int free() {
			return this.turns.availablePermits();
		}

		private void awaitTurn() throws SQLException {
			try {
				if (!this.turns.tryAcquire(this.timeoutMillis, TimeUnit.MILLISECONDS)) {
					throw new SQLTransientConnectionException(
							"No database connection free within " + this.timeoutMillis + " ms");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", ex);
			}
		}

		/** The connection, giving its turn to the next in line when it is closed. */
		private Connection released(Connection connection) {
			AtomicBoolean open = new AtomicBoolean(true);
			InvocationHandler handler = (proxy, method, arguments) -> {
				switch (method.getName()) {
					case "equals":
						return proxy == arguments[0];
					case "hashCode":
						return System.identityHashCode(proxy);
					default:
						break;
				}
				if (method.getName().equals("close") && method.getParameterCount() == 0) {
					try {
						connection.close();
					}
					finally {
						if (open.compareAndSet(true, false)) {
							this.turns.release();
						}
					}
					return null;
				}
				return invoke(connection, method, arguments);
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Connection connection, Method method, Object[] arguments) throws Throwable {
			try {
				return method.invoke(connection, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}

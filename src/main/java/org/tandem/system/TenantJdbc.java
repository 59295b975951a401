package org.tandem.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The only way modules reach the database, and the one place where organisations are kept
 * apart. Every statement given to {@link #sql(String)} must restrict its rows with the
 * named parameter {@code :tenant} (for example {@code where organisation_id = :tenant},
 * or {@code values (..., :tenant)} in an insert); the parameter is bound here to the
 * organisation of the current work and cannot be bound by the caller. A statement without
 * it is refused before it reaches the database.
 * <p>
 * The few statements that must cross organisations (finding a user by login name before
 * anyone is signed in, creating an organisation, jobs that visit every organisation) use
 * {@link #crossTenant(String)}, which says so where it is called. Bulk writes go through
 * {@link #batch(String, List)}, under the same rule. An architecture test keeps
 * {@code JdbcClient}, {@code JdbcTemplate} and {@code DataSource} out of every other
 * module.
 */
@Component
public class TenantJdbc {

	/** The named parameter that carries the current organisation's id. */
	public static final String TENANT = "tenant";

	private static final Pattern TENANT_PARAMETER = Pattern.compile(":" + TENANT + "\\b");

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations named;

	private final Tenancy tenancy;

	TenantJdbc(JdbcClient jdbc, NamedParameterJdbcOperations named, Tenancy tenancy) {
		this.jdbc = jdbc;
		this.named = named;
		this.tenancy = tenancy;
	}

	/**
	 * A statement scoped to the current organisation.
	 * @param sql SQL that uses {@code :tenant} to restrict or set the organisation
	 * @throws IllegalArgumentException if the SQL does not use {@code :tenant}
	 * @throws Tenancy.NoOrganisation if there is no current organisation
	 */
	public StatementSpec sql(String sql) {
		requireTenant(sql);
		StatementSpec statement = this.jdbc.sql(sql).param(TENANT, this.tenancy.current().value());
		return guarded(statement);
	}

	/**
	 * Runs one statement once per row as a JDBC batch, scoped to the current organisation
	 * like {@link #sql(String)}: the SQL must use {@code :tenant}, which is bound here on
	 * every row and which no row may carry.
	 * @param sql SQL that uses {@code :tenant} to restrict or set the organisation
	 * @param rows the named parameters of each execution
	 * @return the update count of each row
	 * @throws IllegalArgumentException if the SQL does not use {@code :tenant} or a row
	 * names it
	 * @throws Tenancy.NoOrganisation if there is no current organisation
	 */
	public int[] batch(String sql, List<? extends Map<String, ?>> rows) {
		requireTenant(sql);
		Object tenant = this.tenancy.current().value();
		SqlParameterSource[] parameters = new SqlParameterSource[rows.size()];
		for (int i = 0; i < parameters.length; i++) {
			Map<String, ?> row = rows.get(i);
			TenantGuard.refuseTenantBinding(row);
			parameters[i] = new MapSqlParameterSource(row).addValue(TENANT, tenant);
		}
		return (parameters.length == 0) ? new int[0] : this.named.batchUpdate(sql, parameters);
	}

	/** A statement that deliberately crosses organisations; say why where you call it. */
	public StatementSpec crossTenant(String sql) {
		return this.jdbc.sql(sql);
	}

	private static void requireTenant(String sql) {
		if (!TENANT_PARAMETER.matcher(sql).find()) {
			throw new IllegalArgumentException("Tenant-scoped SQL must restrict its rows with :" + TENANT + ": " + sql);
		}
	}

	private static StatementSpec guarded(StatementSpec statement) {
		InvocationHandler handler = new TenantGuard(statement);
		return (StatementSpec) Proxy.newProxyInstance(StatementSpec.class.getClassLoader(),
				new Class<?>[] { StatementSpec.class }, handler);
	}

	/** Refuses any attempt to rebind {@code :tenant} on a scoped statement. */
	private static final class TenantGuard implements InvocationHandler {

		private final StatementSpec target;

		TenantGuard(StatementSpec target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (args != null && args.length > 0) {
				refuseTenantBinding(args[0]);
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return (result == this.target) ? proxy : result;
		}

		private static void refuseTenantBinding(Object first) {
			boolean rebinds = TENANT.equals(first) || (first instanceof Map<?, ?> map && map.containsKey(TENANT))
					|| (first instanceof SqlParameterSource source && source.hasValue(TENANT));
			if (rebinds) {
				throw new IllegalArgumentException(":" + TENANT + " is bound by TenantJdbc and cannot be rebound");
			}
		}

	}

}

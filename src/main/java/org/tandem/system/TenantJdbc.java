package org.tandem.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.regex.Pattern;

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
 * {@link #crossTenant(String)}, which says so where it is called. An architecture test
 * keeps {@code JdbcClient}, {@code JdbcTemplate} and {@code DataSource} out of every
 * other module.
 */
@Component
public class TenantJdbc {

	/** The named parameter that carries the current organisation's id. */
	public static final String TENANT = "tenant";

	private static final Pattern TENANT_PARAMETER = Pattern.compile(":" + TENANT + "\\b");

	private final JdbcClient jdbc;

	private final Tenancy tenancy;

	TenantJdbc(JdbcClient jdbc, Tenancy tenancy) {
		this.jdbc = jdbc;
		this.tenancy = tenancy;
	}

	/**
	 * A statement scoped to the current organisation.
	 * @param sql SQL that uses {@code :tenant} to restrict or set the organisation
	 * @throws IllegalArgumentException if the SQL does not use {@code :tenant}
	 * @throws Tenancy.NoOrganisation if there is no current organisation
	 */
	public StatementSpec sql(String sql) {
		if (!TENANT_PARAMETER.matcher(sql).find()) {
			throw new IllegalArgumentException("Tenant-scoped SQL must restrict its rows with :" + TENANT + ": " + sql);
		}
		StatementSpec statement = this.jdbc.sql(sql).param(TENANT, this.tenancy.current().value());
		return guarded(statement);
	}

	/** A statement that deliberately crosses organisations; say why where you call it. */
	public StatementSpec crossTenant(String sql) {
		return this.jdbc.sql(sql);
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

package org.tandem.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one gateway to SQL keeps organisations apart.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class })
class TenantJdbcTest {

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient raw;

	OrganisationId first = new OrganisationId(UUID.randomUUID());

	OrganisationId second = new OrganisationId(UUID.randomUUID());

	@BeforeEach
	void twoOrganisations() {
		for (OrganisationId id : new OrganisationId[] { this.first, this.second }) {
			this.raw.sql("""
					insert into organisation (id, name, default_locale, time_zone, created_at)
					values (:id, :name, 'sv', 'Europe/Stockholm', current_timestamp)
					""").param("id", id.value()).param("name", "Org " + id).update();
		}
	}

	@Test
	void scopedQueriesSeeOnlyTheCurrentOrganisation() {
		long seen = this.tenancy.callAs(this.first,
				() -> this.jdbc.sql("select count(*) from organisation where id = :tenant").query(Long.class).single());
		String name = this.tenancy.callAs(this.second,
				() -> this.jdbc.sql("select name from organisation where id = :tenant").query(String.class).single());
		assertThat(seen).isEqualTo(1);
		assertThat(name).isEqualTo("Org " + this.second);
	}

	@Test
	void refusesSqlThatDoesNotRestrictTheOrganisation() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.tenancy.callAs(this.first,
					() -> this.jdbc.sql("select count(*) from organisation").query(Long.class).single()))
			.withMessageContaining(":tenant");
	}

	@Test
	void refusesToRebindTheOrganisation() {
		String sql = "select count(*) from organisation where id = :tenant";
		assertThatIllegalArgumentException().isThrownBy(() -> this.tenancy.callAs(this.first,
				() -> this.jdbc.sql(sql).param("tenant", this.second.value()).query(Long.class).single()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.tenancy.callAs(this.first,
				() -> this.jdbc.sql(sql).params(Map.of("tenant", this.second.value())).query(Long.class).single()));
	}

	@Test
	void refusesScopedSqlWhenNoOrganisationIsKnown() {
		assertThatThrownBy(() -> this.jdbc.sql("select name from organisation where id = :tenant"))
			.isInstanceOf(Tenancy.NoOrganisation.class);
	}

	@Test
	void nestedWorkRestoresTheOuterOrganisation() {
		OrganisationId after = this.tenancy.callAs(this.first, () -> {
			this.tenancy.runAs(this.second, () -> assertThat(this.tenancy.current()).isEqualTo(this.second));
			return this.tenancy.current();
		});
		assertThat(after).isEqualTo(this.first);
		assertThat(this.tenancy.find()).isEmpty();
	}

	@Test
	void batchesWriteEveryRowForTheCurrentOrganisationOnly() {
		String insert = """
				insert into person_import_error (organisation_id, import_id, position, line, rule, message_key, arguments)
				values (:tenant, :import, :position, 2, 'Rule', 'imports.rule.Rule', '')
				""";
		UUID batch = UUID.randomUUID();
		this.raw.sql("""
				insert into person_import (id, organisation_id, kind, file_name, file_format, content_size, headers,
				    sample, mapping, missing_columns, status, row_count, error_count, error_rows, duplicate_count,
				    created_at, changed_at)
				values (:id, :org, 'SENIOR', 'x.csv', 'CSV', 0, '', '', '', '', 'READY', 0, 0, 0, 0,
				    current_timestamp, current_timestamp)
				""").param("id", batch).param("org", this.first.value()).update();

		int[] counts = this.tenancy.callAs(this.first,
				() -> this.jdbc.batch(insert, List.of(Map.of("import", batch, "position", 0),
						Map.of("import", batch, "position", 1), Map.of("import", batch, "position", 2))));

		assertThat(counts).hasSize(3);
		assertThat(this.raw
			.sql("select count(*) from person_import_error where import_id = :id and organisation_id = :org")
			.param("id", batch)
			.param("org", this.first.value())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void refusesBatchesThatDoNotRestrictOrRebindTheOrganisation() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.tenancy.callAs(this.first,
					() -> this.jdbc.batch("update organisation set name = :name", List.of(Map.of("name", "x")))))
			.withMessageContaining(":tenant");
		assertThatIllegalArgumentException().isThrownBy(() -> this.tenancy.callAs(this.first,
				() -> this.jdbc.batch("update organisation set name = :name where id = :tenant",
						List.of(Map.of("name", "x"), Map.of("name", "y", "tenant", this.second.value())))));
		assertThatThrownBy(
				() -> this.jdbc.batch("update organisation set name = :name where id = :tenant", List.of(Map.of())))
			.isInstanceOf(Tenancy.NoOrganisation.class);
		assertThat(this.raw.sql("select name from organisation where id = :id")
			.param("id", this.second.value())
			.query(String.class)
			.single()).isEqualTo("Org " + this.second);
	}

}

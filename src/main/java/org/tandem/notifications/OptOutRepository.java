package org.tandem.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.system.TenantJdbc;

/** The kinds of message people asked not to get, {@code notification_opt_out} (V19). */
@Repository
class OptOutRepository {

	private final TenantJdbc jdbc;

	OptOutRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false if the person had opted out of this kind already
	 */
	boolean add(PersonId person, MessageKind kind, @Nullable UUID by, Instant now) {
		return this.jdbc.sql("""
				insert into notification_opt_out (organisation_id, person_id, kind, created_at, created_by)
				values (:tenant, :person, :kind, :now, :by)
				on conflict do nothing
				""")
			.param("person", person.value())
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * @return false if the person had not opted out of this kind
	 */
	boolean remove(PersonId person, MessageKind kind) {
		return this.jdbc.sql("""
				delete from notification_opt_out
				 where organisation_id = :tenant and person_id = :person and kind = :kind
				""").param("person", person.value()).param("kind", kind.name()).update() == 1;
	}

	boolean has(PersonId person, MessageKind kind) {
		return this.jdbc.sql("""
				select count(*) from notification_opt_out
				 where organisation_id = :tenant and person_id = :person and kind = :kind
				""").param("person", person.value()).param("kind", kind.name()).query(Long.class).single() > 0;
	}

	Set<MessageKind> of(PersonId person) {
		Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
		this.jdbc.sql("select kind from notification_opt_out where organisation_id = :tenant and person_id = :person")
			.param("person", person.value())
			.query(String.class)
			.list()
			.forEach((kind) -> kinds.add(MessageKind.valueOf(kind)));
		return kinds;
	}

}

package org.tandem.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.people.PersonId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The calendar_feed table, as both databases must behave: one active feed per person
 * however many were revoked, found by its hash from any organisation but managed only
 * from its own, and a fetch noted at most hourly.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, FeedRepository.class })
abstract class CalendarFeedRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	FeedRepository feeds;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final PersonId person = new PersonId(UUID.randomUUID());

	@BeforeEach
	void twoOrganisations() {
		this.umea = OrganisationRows.insert(this.jdbc, "Umeå");
		this.lulea = OrganisationRows.insert(this.jdbc, "Luleå");
	}

	String insert(OrganisationId organisation, PersonId person) {
		String hash = "hash-" + UUID.randomUUID();
		this.tenancy.runAs(organisation, () -> this.feeds.insert(UUID.randomUUID(), person, hash, NOW, null));
		return hash;
	}

	@Test
	void aPersonHasOneActiveFeedHoweverManyWereRevoked() {
		String first = insert(this.umea, this.person);
		boolean revoked = this.tenancy.callAs(this.umea, () -> this.feeds.revokeActive(this.person, NOW, null));
		String second = insert(this.umea, this.person);
		this.tenancy.runAs(this.umea, () -> this.feeds.revokeActive(this.person, NOW, null));
		String third = insert(this.umea, this.person);

		assertThat(revoked).isTrue();
		assertThat(this.feeds.findActive(first)).isEmpty();
		assertThat(this.feeds.findActive(second)).isEmpty();
		assertThat(this.feeds.findActive(third)).hasValueSatisfying((feed) -> {
			assertThat(feed.organisation()).isEqualTo(this.umea);
			assertThat(feed.person()).isEqualTo(this.person);
		});
		// Last: on PostgreSQL a refused statement ends the transaction.
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(this.umea, this.person));
	}

	@Test
	void findsAFeedByItsHashFromAnyOrganisationButManagesItOnlyFromItsOwn() {
		String hash = insert(this.umea, this.person);

		assertThat(this.tenancy.callAs(this.lulea, () -> this.feeds.active(this.person))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.feeds.revokeActive(this.person, NOW, null))).isFalse();
		assertThat(this.feeds.findActive(hash)).isPresent();
		assertThat(this.tenancy.callAs(this.umea, () -> this.feeds.active(this.person)))
			.hasValueSatisfying((status) -> {
				assertThat(status.active()).isTrue();
				assertThat(status.createdAt()).isEqualTo(NOW);
				assertThat(status.lastFetchedAt()).isNull();
			});
	}

	@Test
	void notesAFetchAtMostHourly() {
		String hash = insert(this.umea, this.person);
		UUID id = this.feeds.findActive(hash).orElseThrow().id();

		for (Duration later : new Duration[] { Duration.ofMinutes(1), Duration.ofMinutes(30),
				Duration.ofMinutes(62) }) {
			Instant at = NOW.plus(later);
			this.tenancy.runAs(this.umea, () -> this.feeds.markFetched(id, at, at.minus(Duration.ofHours(1))));
		}

		assertThat(this.tenancy.callAs(this.umea, () -> this.feeds.active(this.person)).orElseThrow().lastFetchedAt())
			.isEqualTo(NOW.plus(Duration.ofMinutes(62)));
		Instant noted = this.tenancy.callAs(this.umea, () -> this.feeds.active(this.person))
			.orElseThrow()
			.lastFetchedAt();
		this.tenancy.runAs(this.umea, () -> this.feeds.markFetched(id, noted.plus(Duration.ofMinutes(5)),
				noted.plus(Duration.ofMinutes(5)).minus(Duration.ofHours(1))));
		assertThat(this.tenancy.callAs(this.umea, () -> this.feeds.active(this.person)).orElseThrow().lastFetchedAt())
			.isEqualTo(noted);
	}

	@Test
	void eachPersonHasTheirOwnFeed() {
		PersonId other = new PersonId(UUID.randomUUID());
		insert(this.umea, this.person);
		String others = insert(this.umea, other);

		this.tenancy.runAs(this.umea, () -> this.feeds.revokeActive(this.person, NOW, null));

		assertThat(this.feeds.findActive(others)).isPresent();
		assertThat(this.tenancy.callAs(this.umea, () -> this.feeds.active(this.person))).isEmpty();
	}

}

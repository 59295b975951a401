package org.tandem.organisations;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * The organisations that use this installation of Tandem.
 */
@Service
public class Organisations {

	private final OrganisationRepository organisations;

	private final Clock clock;

	private final Tenancy tenancy;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository organisations, Clock clock, Tenancy tenancy,
			ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.clock = clock;
		this.tenancy = tenancy;
		this.events = events;
	}

	/**
	 * Creates an organisation with no users yet; give it an admin with {@link Users}.
	 * Publishes {@link OrganisationCreated} to listeners that act for the new
	 * organisation.
	 */
	@Transactional
	public Organisation create(String name, Locale defaultLocale, ZoneId timeZone) {
		Organisation organisation = new Organisation(new OrganisationId(UUID.randomUUID()), name, defaultLocale,
				timeZone);
		this.organisations.insert(organisation, this.clock.instant());
		this.tenancy.runAs(organisation.id(),
				() -> this.events.publishEvent(new OrganisationCreated(organisation.id(), defaultLocale)));
		return organisation;
	}

	/** Every organisation, for start-up tasks and jobs that visit each in turn. */
	public List<Organisation> all() {
		return this.organisations.all();
	}

	/** The organisation the current work acts for. */
	public Organisation current() {
		return this.organisations.current()
			.orElseThrow(() -> new IllegalStateException("Current organisation missing"));
	}

	/** An organisation by its exact name, for start-up tasks that create it once. */
	public Optional<Organisation> findByName(String name) {
		return this.organisations.findByName(name);
	}

	/** Whether this installation has any organisation yet. */
	public boolean anyExists() {
		return this.organisations.anyExists();
	}

	/** Runs work on behalf of an organisation (start-up tasks, jobs). */
	public void actFor(Organisation organisation, Runnable work) {
		this.tenancy.runAs(organisation.id(), work);
	}

}

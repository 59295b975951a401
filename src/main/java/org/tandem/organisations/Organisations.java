package org.tandem.organisations;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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

	Organisations(OrganisationRepository organisations, Clock clock, Tenancy tenancy) {
		this.organisations = organisations;
		this.clock = clock;
		this.tenancy = tenancy;
	}

	/** Creates an organisation with no users yet; give it an admin with {@link Users}. */
	@Transactional
	public Organisation create(String name, Locale defaultLocale, ZoneId timeZone) {
		Organisation organisation = new Organisation(new OrganisationId(UUID.randomUUID()), name, defaultLocale,
				timeZone);
		this.organisations.insert(organisation, this.clock.instant());
		return organisation;
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

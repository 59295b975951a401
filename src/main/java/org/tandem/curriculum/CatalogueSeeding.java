package org.tandem.curriculum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.OrganisationCreated;
import org.tandem.organisations.Organisations;

/**
 * Makes sure every organisation has a curriculum: a new organisation gets the default
 * catalogue in the transaction that creates it, and at start-up every organisation that
 * has no topics yet (one made before this module existed) gets it too.
 */
@Component
@Order(10)
class CatalogueSeeding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogueSeeding.class);

	private final DefaultCatalogue catalogue;

	private final Organisations organisations;

	CatalogueSeeding(DefaultCatalogue catalogue, Organisations organisations) {
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	/**
	 * Synchronous on purpose: it runs inside the transaction that creates the
	 * organisation, acting for it, so an organisation never exists without its
	 * curriculum.
	 */
	@EventListener
	void on(OrganisationCreated created) {
		this.catalogue.seedCurrentOrganisation();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (Organisation organisation : this.organisations.all()) {
			this.organisations.actFor(organisation, () -> {
				try {
					if (this.catalogue.seedCurrentOrganisation()) {
						log.info("Organisation {} had no curriculum: added the default catalogue", organisation.id());
					}
				}
				catch (DataIntegrityViolationException anotherInstanceWasFaster) {
					// Instances starting together may race; the one that lost leaves it
					// be.
					log.info("Organisation {} got its curriculum from another instance", organisation.id());
				}
			});
		}
	}

}

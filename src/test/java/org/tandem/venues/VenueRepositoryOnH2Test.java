package org.tandem.venues;

/**
 * {@link VenueRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class VenueRepositoryOnH2Test extends VenueRepositoryContract {

}

package org.tandem.organisations;

/**
 * {@link OrganisationRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class OrganisationRepositoryOnH2Test extends OrganisationRepositoryContract {

}

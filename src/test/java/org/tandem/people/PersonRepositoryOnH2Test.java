package org.tandem.people;

/**
 * {@link PersonRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class PersonRepositoryOnH2Test extends PersonRepositoryContract {

}

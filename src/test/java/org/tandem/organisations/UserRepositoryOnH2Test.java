package org.tandem.organisations;

/**
 * {@link UserRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class UserRepositoryOnH2Test extends UserRepositoryContract {

}

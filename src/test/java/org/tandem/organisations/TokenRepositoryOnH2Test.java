package org.tandem.organisations;

/**
 * {@link TokenRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class TokenRepositoryOnH2Test extends TokenRepositoryContract {

}

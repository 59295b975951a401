package org.tandem.sessions;

/**
 * {@link SessionRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class SessionRepositoryOnH2Test extends SessionRepositoryContract {

}

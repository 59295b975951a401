package org.tandem.programmes;

/**
 * {@link ProgrammeRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class ProgrammeRepositoryOnH2Test extends ProgrammeRepositoryContract {

}

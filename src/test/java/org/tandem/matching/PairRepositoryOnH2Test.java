package org.tandem.matching;

/**
 * {@link PairRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class PairRepositoryOnH2Test extends PairRepositoryContract {

}

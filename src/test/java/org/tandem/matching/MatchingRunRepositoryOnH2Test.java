package org.tandem.matching;

/**
 * {@link MatchingRunRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class MatchingRunRepositoryOnH2Test extends MatchingRunRepositoryContract {

}

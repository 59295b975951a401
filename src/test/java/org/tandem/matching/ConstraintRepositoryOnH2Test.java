package org.tandem.matching;

/**
 * {@link ConstraintRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class ConstraintRepositoryOnH2Test extends ConstraintRepositoryContract {

}

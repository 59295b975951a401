package org.tandem.imports;

/**
 * {@link ImportRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class ImportRepositoryOnH2Test extends ImportRepositoryContract {

}

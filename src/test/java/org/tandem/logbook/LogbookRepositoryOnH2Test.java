package org.tandem.logbook;

/**
 * {@link LogbookRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class LogbookRepositoryOnH2Test extends LogbookRepositoryContract {

}

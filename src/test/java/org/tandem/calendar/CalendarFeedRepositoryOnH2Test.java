package org.tandem.calendar;

/**
 * {@link CalendarFeedRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class CalendarFeedRepositoryOnH2Test extends CalendarFeedRepositoryContract {

}

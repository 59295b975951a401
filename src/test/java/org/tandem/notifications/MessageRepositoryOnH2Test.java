package org.tandem.notifications;

/**
 * {@link MessageRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class MessageRepositoryOnH2Test extends MessageRepositoryContract {

}

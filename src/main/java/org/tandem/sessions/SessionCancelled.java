package org.tandem.sessions;

import org.tandem.system.OrganisationId;

/**
 * One occurrence of a session was called off. Published inside the transaction that
 * writes it, with ids only: an {@code @ApplicationModuleListener} sees it once that
 * commits, and never for a change refused or rolled back.
 *
 * @param organisation the organisation it belongs to
 * @param session the session
 * @param occurrence the occurrence called off
 */
public record SessionCancelled(OrganisationId organisation, SessionId session, OccurrenceId occurrence) {

}

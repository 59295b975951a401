package org.tandem.sessions;

import java.time.Instant;

import org.tandem.system.OrganisationId;

/**
 * One occurrence of a session moved to another time or place; its sequence number went
 * up. Published inside the transaction that writes it, with ids only: an
 * {@code @ApplicationModuleListener} sees it once that commits, and never for a change
 * refused or rolled back.
 *
 * @param organisation the organisation it belongs to
 * @param session the session
 * @param occurrence the occurrence that moved
 * @param previousStart when it was to start before the change
 * @param previousEnd when it was to end before the change
 */
public record SessionChanged(OrganisationId organisation, SessionId session, OccurrenceId occurrence,
		Instant previousStart, Instant previousEnd) {

}

package org.tandem.sessions;

import org.tandem.system.OrganisationId;

/**
 * A session was planned: a single meeting, a series, or a workshop. Its occurrences and
 * participants can be read with {@link Sessions#get}. Published inside the transaction
 * that writes it, with ids only: an {@code @ApplicationModuleListener} sees it once that
 * commits, and never for a change refused or rolled back.
 *
 * @param organisation the organisation it belongs to
 * @param session the session
 */
public record SessionPlanned(OrganisationId organisation, SessionId session) {

}

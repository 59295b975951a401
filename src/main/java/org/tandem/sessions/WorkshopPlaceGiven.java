package org.tandem.sessions;

import org.tandem.people.PersonId;
import org.tandem.system.OrganisationId;

/**
 * A senior got a place in a workshop: at sign-up, or moved up from the waiting list when
 * someone cancelled. Published inside the transaction that writes it, with ids only: an
 * {@code @ApplicationModuleListener} sees it once that commits, and never for a change
 * refused or rolled back.
 *
 * @param organisation the organisation it belongs to
 * @param session the workshop
 * @param senior the senior who got the place
 * @param fromWaitingList whether the senior moved up from the waiting list
 */
public record WorkshopPlaceGiven(OrganisationId organisation, SessionId session, PersonId senior,
		boolean fromWaitingList) {

}

package org.tandem.logbook;

import org.tandem.sessions.OccurrenceId;
import org.tandem.system.OrganisationId;

/**
 * A session was logged, or its log corrected. Published inside the transaction that
 * writes it, with ids only: an {@code @ApplicationModuleListener} sees it once that
 * commits.
 *
 * @param organisation the organisation
 * @param occurrence the occurrence logged
 * @param revision the revision written
 * @param followUp whether the log needs a coordinator's follow-up (a scam seen, or no
 * attestation)
 */
public record SessionLogged(OrganisationId organisation, OccurrenceId occurrence, int revision, boolean followUp) {

}

package org.tandem.organisations;

import java.util.Locale;

import org.tandem.system.OrganisationId;

/**
 * A new organisation exists. Published inside the transaction that created it, so a
 * module that gives every organisation a starting set of data (the default curriculum,
 * for example) can do so atomically with a synchronous listener.
 *
 * @param organisationId the new organisation
 * @param defaultLocale its language
 */
public record OrganisationCreated(OrganisationId organisationId, Locale defaultLocale) {
}

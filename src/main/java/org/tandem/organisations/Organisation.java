package org.tandem.organisations;

import java.time.ZoneId;
import java.util.Locale;

import org.tandem.system.OrganisationId;

/**
 * An organisation that runs programmes: a municipality, library, school or association.
 *
 * @param id the tenant id
 * @param name the name people see
 * @param defaultLocale the language its users see unless they pick another
 * @param timeZone where its sessions take place
 */
public record Organisation(OrganisationId id, String name, Locale defaultLocale, ZoneId timeZone) {
}

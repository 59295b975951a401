package org.tandem.organisations;

import java.util.UUID;

import org.tandem.system.Role;

/**
 * Someone or something of the registry that an account can stand for, as the module that
 * owns it describes it: a mentor, a senior or a venue.
 *
 * @param id the person's or venue's id
 * @param name the name an admin recognises it by
 * @param role the role an account needs to be linked to it: {@code MENTOR} for a mentor,
 * {@code SENIOR} for a senior, {@code VENUE_STAFF} for a venue
 */
public record LinkTarget(UUID id, String name, Role role) {

}

package org.tandem.people;

/**
 * What a guardian sees when they open their link: whom and what they are asked to consent
 * for. Only the minor's first name, nothing more.
 *
 * @param childFirstName the minor's first name
 * @param organisationName who asks
 * @param guardianName the guardian the link was made for
 */
public record GuardianRequest(String childFirstName, String organisationName, String guardianName) {
}

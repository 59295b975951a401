package org.tandem.signup;

import org.tandem.programmes.ProgrammeId;

/**
 * What a public sign-up form shows about the programme it signs up for.
 *
 * @param programme the programme
 * @param programmeName its name
 * @param organisationName who runs it
 */
public record SignupOffer(ProgrammeId programme, String programmeName, String organisationName) {
}

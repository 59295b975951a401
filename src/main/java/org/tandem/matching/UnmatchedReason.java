package org.tandem.matching;

import java.util.Objects;

/**
 * Why a senior got no mentor, in words a coordinator can act on.
 *
 * @param code what kind of reason, stable for storing and counting
 * @param phrase the reason in words, with the data it names
 */
public record UnmatchedReason(Code code, Phrase phrase) {

	public UnmatchedReason {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(phrase, "phrase");
	}

	/** The kinds of reason, each with what a coordinator can do about it. */
	public enum Code {

		/** Record the senior's consent to take part. */
		NO_PARTICIPATION_CONSENT,

		/** Record when in the week the senior can meet. */
		NO_AVAILABILITY,

		/**
		 * The senior has no venue of the programme nearby and no home visits: add a venue
		 * preference or an address.
		 */
		NO_PLACE_TO_MEET,

		/** The programme has no mentor who could take part. */
		NO_MENTORS,

		/**
		 * No active mentor of the programme meets in the senior's municipality: recruit
		 * one there, or widen where the senior may meet. Given when one newcomer is
		 * matched, which looks only at the mentors who could reach the senior.
		 */
		NO_MENTOR_NEARBY,

		/** Recruit a mentor who speaks one of the senior's languages. */
		NO_MENTOR_SPEAKS_LANGUAGE,

		/** Mentors who speak the language have no time in common at a usable place. */
		NO_COMMON_TIME_AND_PLACE,

		/**
		 * Only a home visit would work, and those mentors are under 18 or have no valid
		 * background check.
		 */
		HOME_VISIT_NOT_PERMITTED,

		/** The mentors who could meet lack their own or a guardian's consent. */
		MENTORS_WITHOUT_CONSENT,

		/** The mentors who could meet are not of the gender the senior requires. */
		REQUIRED_GENDER_UNAVAILABLE,

		/** The coordinator excluded or rejected every mentor who could meet. */
		EXCLUDED_BY_COORDINATOR,

		/** Every mentor who could meet is full. */
		MENTORS_FULL,

		/**
		 * There were mentors for the senior, but the best overall matching gave them to
		 * others.
		 */
		MENTORS_TAKEN_BY_OTHERS

	}

}

package org.tandem.matching;

/**
 * The hard rules: a pair that breaks any of them is never proposed, and a manual pair
 * that breaks one is refused with the rule named. The names are stable: they are stored
 * with refusals and shown through the API.
 */
public enum PairRule {

	/** Both are active members of the programme. */
	BOTH_ACTIVE_IN_PROGRAMME,

	/** The senior is not already kept (approved or pinned) with a mentor. */
	SENIOR_NOT_ALREADY_PAIRED,

	/** The senior's consent to take part is recorded and not withdrawn. */
	SENIOR_CONSENT,

	/** The mentor's consent to take part is recorded and not withdrawn. */
	MENTOR_CONSENT,

	/** A mentor who may be under 18 has a guardian's consent to take part. */
	GUARDIAN_CONSENT,

	/** They share at least one language. */
	SHARED_LANGUAGE,

	/**
	 * Their weekly availability overlaps by at least the programme's session length at a
	 * place both may use: a programme venue open then, or the senior's home.
	 */
	MEETING_TIME_AND_PLACE,

	/** A mentor who may be under 18 meets only at a venue, never on a home visit. */
	MINOR_ONLY_AT_VENUES,

	/** A home visit only by an adult whose background check is valid today. */
	HOME_VISIT_NEEDS_BACKGROUND_CHECK,

	/** A coordinator said never to pair these two. */
	NEVER_PAIR,

	/** A coordinator rejected this pair before. */
	REJECTED_BEFORE,

	/** The mentor has a free place after the pairs kept from before. */
	MENTOR_CAPACITY,

	/**
	 * The mentor has the gender the senior prefers, where the coordinator made that
	 * preference a requirement.
	 */
	REQUIRED_MENTOR_GENDER

}

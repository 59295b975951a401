package org.tandem.matching;

/**
 * What makes an allowed pair better, each worth whole points that are multiplied by a
 * weight the admin can change per programme; a pair's score is the sum of weight ×
 * points. The defaults are chosen so that what a senior came for comes first: a mentor
 * who can teach the senior's most wanted topic (5 points × 6 = 30) and who speaks the
 * senior's first language (40) outweighs any amount of extra shared time (at most 30),
 * and continuity with a mentor the senior already knows (50) is worth about two wanted
 * topics, so a re-run does not shuffle pairs that work for a slightly better score. Half
 * a year of waiting (52) is enough to lift a long-waiting senior over a newcomer when
 * places are short, but not to give them a poor pair.
 */
public enum Criterion {

	/**
	 * The senior's wanted topics the mentor offers, by priority: priority 1 is worth 5
	 * points, priority 5 one point.
	 */
	TOPICS(6),

	/** One point for each of the senior's devices the mentor knows. */
	DEVICES(20),

	/**
	 * One point per hour a week both are available, at most {@value #MAX_SHARED_HOURS}.
	 */
	AVAILABILITY(5),

	/** One point if they prefer the same venue. */
	SAME_VENUE(25),

	/** One point if the mentor speaks the senior's first language. */
	FIRST_LANGUAGE(40),

	/** One point if they were paired before. */
	CONTINUITY(50),

	/**
	 * One point per full week the senior has waited since registering, at most
	 * {@value #MAX_WEEKS_WAITED}.
	 */
	WAITING(2);

	/**
	 * Shared hours beyond this do not make a pair better: one session a week needs few.
	 */
	public static final int MAX_SHARED_HOURS = 6;

	/** Half a year: waiting longer does not make a senior more urgent still. */
	public static final int MAX_WEEKS_WAITED = 26;

	private final int defaultWeight;

	Criterion(int defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	/** The weight a programme uses until an admin changes it. */
	public int defaultWeight() {
		return this.defaultWeight;
	}

}

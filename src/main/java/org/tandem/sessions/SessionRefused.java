package org.tandem.sessions;

import org.tandem.system.RuleViolated;

/**
 * A session, a change to one or a sign-up breaks a planning rule: the pair is not
 * approved, the time lies outside the term or the venue's opening hours, the room is too
 * small, or a mentor, senior or room is already taken at that time. The message names the
 * clash: who or which room, which other session and when, in the user's language.
 */
public class SessionRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	SessionRefused(String field, String rule, Object... arguments) {
		super(field, rule, "sessions.rule." + rule, arguments);
	}

	static SessionRefused mentorBusy(String mentor, String otherTitle, SessionTime when) {
		return new SessionRefused("start", "MentorBusy", mentor, otherTitle, when);
	}

	static SessionRefused seniorBusy(String senior, String otherTitle, SessionTime when) {
		return new SessionRefused("start", "SeniorBusy", senior, otherTitle, when);
	}

	static SessionRefused roomBusy(String room, String otherTitle, SessionTime when) {
		return new SessionRefused("roomId", "RoomBusy", room, otherTitle, when);
	}

}

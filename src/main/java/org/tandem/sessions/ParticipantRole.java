package org.tandem.sessions;

/** What a person does in a session. */
public enum ParticipantRole {

	MENTOR, SENIOR

}

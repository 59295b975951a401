package org.tandem.people;

/** What a person needs so that a session works for them. */
public enum AccessibilityNeed {

	HEARING, VISION, MOBILITY, MEMORY

}

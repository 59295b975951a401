package org.tandem.people;

/** How a consent was given, so it can be shown later. */
public enum ConsentMethod {

	PAPER, VERBAL, ONLINE_FORM, SIGNED_LINK

}

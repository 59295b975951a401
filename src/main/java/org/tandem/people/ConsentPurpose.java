package org.tandem.people;

/** What a consent allows. Each is given and withdrawn on its own. */
public enum ConsentPurpose {

	/** Taking part in the programme at all; needed before matching. */
	PARTICIPATION,

	/** Being photographed at sessions. */
	PHOTOS,

	/** Publishing what the person shares in the exchange archive. */
	ARCHIVE_PUBLICATION,

	/** Pseudonymised data in research. */
	RESEARCH

}

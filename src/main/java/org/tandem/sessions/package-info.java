/**
 * Sessions: planning when and where mentors and seniors meet, without clashes. A session
 * is a one-to-one meeting of an approved pair or a workshop with several mentors and
 * seniors up to a capacity, at a venue's room, at the senior's home or online, single or
 * weekly with exceptions. Every occurrence is checked against the programme's term, the
 * venue's opening hours and the room's capacity, and against every other session of the
 * same mentor, senior or room; a refusal names the clash. Changes are published as events
 * carrying ids only, for reminders and calendar feeds to react to.
 */
@NullMarked
package org.tandem.sessions;

import org.jspecify.annotations.NullMarked;

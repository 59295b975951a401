/**
 * Progress: what the session logs add up to. A senior's learning passport (every step of
 * their topics with its current level and its history, printable as a large-print PDF
 * card), a mentor's sessions, hours, seniors and topics with their training hours kept
 * apart, and a coordinator's follow-up of a programme: seniors with no session in 30 days
 * and pairs with repeated no-shows. Nothing here is typed twice: levels, hours and
 * attendance are derived from the logbook whenever they are read; only a mentor's
 * training is recorded here.
 */
@NullMarked
package org.tandem.progress;

import org.jspecify.annotations.NullMarked;

/**
 * The logbook: what happened at each session, logged by the mentor from a phone or by a
 * coordinator or venue staff on the mentor's behalf — who came, how long it took, which
 * learning steps each senior reached and at what level, the senior's feedback, a note,
 * the attestation that nobody's BankID, PIN or passwords were handled, and a suspected
 * scam for the coordinator to follow up. A correction is a new revision; every revision
 * is kept. Seniors' progress is read from here, never typed twice.
 */
@NullMarked
package org.tandem.logbook;

import org.jspecify.annotations.NullMarked;

/**
 * The logbook's pages and JSON API: logging a session from a phone in under a minute and
 * correcting it with its history shown, and the coordinator's list of logs to follow up
 * (a possible scam, a missing attestation).
 */
@NullMarked
package org.tandem.logbook.web;

import org.jspecify.annotations.NullMarked;

/**
 * The sessions pages and JSON API: a programme's week, planning one-to-one sessions from
 * proposed times, workshops and their sign-ups, rescheduling and cancelling.
 */
@NullMarked
package org.tandem.sessions.web;

import org.jspecify.annotations.NullMarked;

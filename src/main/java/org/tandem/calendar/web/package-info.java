/**
 * The calendar feeds on the web: the public feed address that calendar apps fetch without
 * signing in, the JSON API with which coordinators make and revoke a person's feed, and
 * the calendar link section of a person's page.
 */
@NullMarked
package org.tandem.calendar.web;

import org.jspecify.annotations.NullMarked;

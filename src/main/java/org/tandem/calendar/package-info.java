/**
 * Private calendar feeds: each mentor or senior can have a secret, revocable address at
 * which Google Calendar, Outlook and Apple Calendar find their sessions as iCalendar (RFC
 * 5545) and keep them up to date. This module knows nothing of sessions: it defines what
 * a calendar shows ({@link org.tandem.calendar.CalendarSeries}) and asks every
 * {@link org.tandem.calendar.CalendarEntries} bean, which the modules that plan sessions
 * provide, for a person's entries. Without such a bean a feed is simply empty.
 */
@NullMarked
package org.tandem.calendar;

import org.jspecify.annotations.NullMarked;

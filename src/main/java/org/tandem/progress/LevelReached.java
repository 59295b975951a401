package org.tandem.progress;

import java.time.Instant;
import java.time.LocalDate;

import org.tandem.logbook.LearningLevel;
import org.tandem.sessions.OccurrenceId;

/**
 * One session's word on one step: the level the senior reached there, as its log says
 * now.
 *
 * @param date the day of the session, in the organisation's time zone
 * @param heldAt when the session started
 * @param level the level reached
 * @param occurrence the session
 */
public record LevelReached(LocalDate date, Instant heldAt, LearningLevel level, OccurrenceId occurrence) {

}

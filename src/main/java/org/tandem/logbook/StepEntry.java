package org.tandem.logbook;

import java.time.Instant;

import org.tandem.curriculum.StepId;
import org.tandem.sessions.OccurrenceId;

/**
 * One senior's level on one step as one session's log says it now (corrections applied).
 *
 * @param step the step
 * @param level the level reached
 * @param heldAt when the session started
 * @param occurrence the session
 */
public record StepEntry(StepId step, LearningLevel level, Instant heldAt, OccurrenceId occurrence) {

}

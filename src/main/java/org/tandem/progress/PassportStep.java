package org.tandem.progress;

import java.util.List;

import org.tandem.curriculum.LocalizedText;
import org.tandem.curriculum.StepId;
import org.tandem.logbook.LearningLevel;

/**
 * A learning step in a senior's passport.
 *
 * @param id the step
 * @param title what the senior learns
 * @param retired whether the curriculum no longer offers it (shown only when a log
 * reported it)
 * @param level the level of the latest session that reported it, or
 * {@link LearningLevel#NOT_YET} if none did
 * @param history every session that reported it, the oldest first
 */
public record PassportStep(StepId id, LocalizedText title, boolean retired, LearningLevel level,
		List<LevelReached> history) {

	public PassportStep {
		history = List.copyOf(history);
	}

	/** How far along the step the level is: 0 (not yet) to 4 (can show others). */
	public int stage() {
		return this.level.ordinal();
	}

	/** The highest stage, for "stage of". */
	public static int lastStage() {
		return LearningLevel.values().length - 1;
	}

}

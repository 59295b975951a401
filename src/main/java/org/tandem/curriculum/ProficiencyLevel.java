package org.tandem.curriculum;

/**
 * One of the eight proficiency levels of DigComp 2.2, from 1 (the simplest tasks, with
 * guidance) to 8 (solving complex problems and leading others). A learning step names the
 * level a senior reaches by mastering it.
 *
 * @param value 1 to 8
 */
public record ProficiencyLevel(int value) implements Comparable<ProficiencyLevel> {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 8;

	public ProficiencyLevel {
		if (value < LOWEST || value > HIGHEST) {
			throw new IllegalArgumentException("DigComp proficiency levels are 1 to 8, not " + value);
		}
	}

	public static ProficiencyLevel of(int value) {
		return new ProficiencyLevel(value);
	}

	/** The band of levels this level belongs to: Foundation, Intermediate, ... */
	public ProficiencyBand band() {
		return ProficiencyBand.of(this.value);
	}

	@Override
	public int compareTo(ProficiencyLevel other) {
		return Integer.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}

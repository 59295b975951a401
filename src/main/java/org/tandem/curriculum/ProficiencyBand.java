package org.tandem.curriculum;

/**
 * The four bands DigComp 2.2 groups its eight proficiency levels into, two levels each.
 */
public enum ProficiencyBand {

	FOUNDATION(1, 2, "Foundation", "Grundläggande"),

	INTERMEDIATE(3, 4, "Intermediate", "Medel"),

	ADVANCED(5, 6, "Advanced", "Avancerad"),

	HIGHLY_SPECIALISED(7, 8, "Highly specialised", "Högt specialiserad");

	private final int lowest;

	private final int highest;

	private final LocalizedText title;

	ProficiencyBand(int lowest, int highest, String english, String swedish) {
		this.lowest = lowest;
		this.highest = highest;
		this.title = new LocalizedText(swedish, english);
	}

	public int lowest() {
		return this.lowest;
	}

	public int highest() {
		return this.highest;
	}

	public LocalizedText title() {
		return this.title;
	}

	static ProficiencyBand of(int level) {
		for (ProficiencyBand band : values()) {
			if (level >= band.lowest && level <= band.highest) {
				return band;
			}
		}
		throw new IllegalArgumentException("DigComp proficiency levels are 1 to 8, not " + level);
	}

}

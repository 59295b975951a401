package org.tandem.curriculum;

import java.util.Arrays;
import java.util.List;

/**
 * The five competence areas of the EU Digital Competence Framework for Citizens, DigComp
 * 2.2 (Vuorikari, Kluzer and Punie, JRC 2022). The Swedish names follow the Swedish
 * translation of DigComp 2.2.
 */
public enum DigCompArea {

	INFORMATION_AND_DATA_LITERACY(1, "Information and data literacy", "Informations- och datakunskap"),

	COMMUNICATION_AND_COLLABORATION(2, "Communication and collaboration", "Kommunikation och samarbete"),

	DIGITAL_CONTENT_CREATION(3, "Digital content creation", "Skapa digitalt innehåll"),

	SAFETY(4, "Safety", "Säkerhet"),

	PROBLEM_SOLVING(5, "Problem solving", "Problemlösning");

	private final int number;

	private final LocalizedText title;

	DigCompArea(int number, String english, String swedish) {
		this.number = number;
		this.title = new LocalizedText(swedish, english);
	}

	/** The area's number in the framework, 1 to 5. */
	public int number() {
		return this.number;
	}

	/** The area's official name. */
	public LocalizedText title() {
		return this.title;
	}

	/** The competences of this area, in the framework's order. */
	public List<DigCompCompetence> competences() {
		return Arrays.stream(DigCompCompetence.values()).filter((competence) -> competence.area() == this).toList();
	}

}

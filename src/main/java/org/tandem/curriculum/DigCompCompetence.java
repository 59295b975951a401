package org.tandem.curriculum;

import java.util.Arrays;
import java.util.Optional;

import static org.tandem.curriculum.DigCompArea.COMMUNICATION_AND_COLLABORATION;
import static org.tandem.curriculum.DigCompArea.DIGITAL_CONTENT_CREATION;
import static org.tandem.curriculum.DigCompArea.INFORMATION_AND_DATA_LITERACY;
import static org.tandem.curriculum.DigCompArea.PROBLEM_SOLVING;
import static org.tandem.curriculum.DigCompArea.SAFETY;

/**
 * The 21 competences of DigComp 2.2, each with its official code ("4.2") and name. Every
 * learning step names the one competence it builds, so that progress can be reported in
 * the framework's terms.
 */
public enum DigCompCompetence {

	BROWSING_SEARCHING_FILTERING("1.1", INFORMATION_AND_DATA_LITERACY,
			"Browsing, searching and filtering data, information and digital content",
			"Söka, filtrera och bläddra i data, information och digitalt innehåll"),

	EVALUATING("1.2", INFORMATION_AND_DATA_LITERACY, "Evaluating data, information and digital content",
			"Utvärdera data, information och digitalt innehåll"),

	MANAGING("1.3", INFORMATION_AND_DATA_LITERACY, "Managing data, information and digital content",
			"Hantera data, information och digitalt innehåll"),

	INTERACTING("2.1", COMMUNICATION_AND_COLLABORATION, "Interacting through digital technologies",
			"Interagera genom digitala teknologier"),

	SHARING("2.2", COMMUNICATION_AND_COLLABORATION, "Sharing through digital technologies",
			"Dela genom digitala teknologier"),

	ENGAGING_IN_CITIZENSHIP("2.3", COMMUNICATION_AND_COLLABORATION,
			"Engaging in citizenship through digital technologies",
			"Engagera medborgarskap genom digitala teknologier"),

	COLLABORATING("2.4", COMMUNICATION_AND_COLLABORATION, "Collaborating through digital technologies",
			"Samarbeta genom digitala teknologier"),

	NETIQUETTE("2.5", COMMUNICATION_AND_COLLABORATION, "Netiquette", "Nätetikett"),

	MANAGING_DIGITAL_IDENTITY("2.6", COMMUNICATION_AND_COLLABORATION, "Managing digital identity",
			"Hantera digital identitet"),

	DEVELOPING_CONTENT("3.1", DIGITAL_CONTENT_CREATION, "Developing digital content", "Utveckla digitalt innehåll"),

	INTEGRATING_AND_REELABORATING("3.2", DIGITAL_CONTENT_CREATION, "Integrating and re-elaborating digital content",
			"Integrera och omformulera digitalt innehåll"),

	COPYRIGHT_AND_LICENCES("3.3", DIGITAL_CONTENT_CREATION, "Copyright and licences", "Upphovsrätt och licenser"),

	PROGRAMMING("3.4", DIGITAL_CONTENT_CREATION, "Programming", "Programmering"),

	PROTECTING_DEVICES("4.1", SAFETY, "Protecting devices", "Skydda enheter"),

	PROTECTING_PERSONAL_DATA("4.2", SAFETY, "Protecting personal data and privacy",
			"Skydda personuppgifter och privatliv"),

	PROTECTING_HEALTH("4.3", SAFETY, "Protecting health and well-being", "Skydda hälsa och välbefinnande"),

	PROTECTING_ENVIRONMENT("4.4", SAFETY, "Protecting the environment", "Skydda miljön"),

	SOLVING_TECHNICAL_PROBLEMS("5.1", PROBLEM_SOLVING, "Solving technical problems", "Lösa tekniska problem"),

	IDENTIFYING_NEEDS("5.2", PROBLEM_SOLVING, "Identifying needs and technological responses",
			"Identifiera behov och teknologiska svar"),

	CREATIVELY_USING("5.3", PROBLEM_SOLVING, "Creatively using digital technologies",
			"Kreativt använda digital teknik"),

	IDENTIFYING_COMPETENCE_GAPS("5.4", PROBLEM_SOLVING, "Identifying digital competence gaps",
			"Identifiera digitala kompetensluckor");

	/** Exactly the 21 codes, for validating what a form or an API client sends. */
	public static final String CODE_PATTERN = "1\\.[1-3]|2\\.[1-6]|3\\.[1-4]|4\\.[1-4]|5\\.[1-4]";

	private final String code;

	private final DigCompArea area;

	private final LocalizedText title;

	DigCompCompetence(String code, DigCompArea area, String english, String swedish) {
		this.code = code;
		this.area = area;
		this.title = new LocalizedText(swedish, english);
	}

	/** The official code, for example {@code 4.2}. */
	public String code() {
		return this.code;
	}

	public DigCompArea area() {
		return this.area;
	}

	/** The official name. */
	public LocalizedText title() {
		return this.title;
	}

	/** The competence with this official code, if there is one. */
	public static Optional<DigCompCompetence> byCode(String code) {
		return Arrays.stream(values()).filter((competence) -> competence.code.equals(code.strip())).findFirst();
	}

	/**
	 * The competence with this official code.
	 * @throws IllegalArgumentException if DigComp 2.2 has no such competence
	 */
	public static DigCompCompetence of(String code) {
		return byCode(code).orElseThrow(() -> new IllegalArgumentException("No DigComp 2.2 competence " + code));
	}

}

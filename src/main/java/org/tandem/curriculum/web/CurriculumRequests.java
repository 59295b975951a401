package org.tandem.curriculum.web;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.DigCompCompetence;
import org.tandem.curriculum.LocalizedText;
import org.tandem.curriculum.NewStep;
import org.tandem.curriculum.NewTopic;
import org.tandem.curriculum.ProficiencyLevel;
import org.tandem.curriculum.StepChanges;
import org.tandem.curriculum.TopicChanges;

/**
 * What the curriculum API and pages accept, with the rules each field must meet. Texts
 * come in pairs, Swedish and English, both required.
 */
final class CurriculumRequests {

	/** A topic code as people type it; it is saved in lower case. */
	static final String CODE = "[A-Za-z0-9][A-Za-z0-9-]{0,39}";

	private CurriculumRequests() {
	}

	/** A new topic, added at the end of the catalogue. */
	record CreateTopic(@NotBlank @Size(max = 40) @Pattern(regexp = CODE) String code,
			@NotBlank @Size(max = 80) String nameSv, @NotBlank @Size(max = 80) String nameEn,
			@NotBlank @Size(max = 300) String descriptionSv, @NotBlank @Size(max = 300) String descriptionEn) {

		NewTopic toNewTopic() {
			return new NewTopic(this.code, new LocalizedText(this.nameSv, this.nameEn),
					new LocalizedText(this.descriptionSv, this.descriptionEn));
		}

	}

	/** An edit of a topic against the version the editor saw. */
	record ChangeTopic(@NotNull Integer version, @NotNull @Min(1) Integer position,
			@NotBlank @Size(max = 80) String nameSv, @NotBlank @Size(max = 80) String nameEn,
			@NotBlank @Size(max = 300) String descriptionSv, @NotBlank @Size(max = 300) String descriptionEn) {

		TopicChanges toChanges() {
			return new TopicChanges(this.version, this.position, new LocalizedText(this.nameSv, this.nameEn),
					new LocalizedText(this.descriptionSv, this.descriptionEn));
		}

	}

	/** A new learning step, added at the end of its topic. */
	record CreateStep(@NotBlank @Size(max = 160) String titleSv, @NotBlank @Size(max = 160) String titleEn,
			@NotBlank @Pattern(regexp = DigCompCompetence.CODE_PATTERN) String competence,
			@NotNull @Min(ProficiencyLevel.LOWEST) @Max(ProficiencyLevel.HIGHEST) Integer level,
			@Nullable Set<Device> devices) {

		NewStep toNewStep() {
			return new NewStep(new LocalizedText(this.titleSv, this.titleEn), DigCompCompetence.of(this.competence),
					ProficiencyLevel.of(this.level), orNone(this.devices));
		}

	}

	/** An edit of a learning step against the version the editor saw. */
	record ChangeStep(@NotNull Integer version, @NotNull @Min(1) Integer position,
			@NotBlank @Size(max = 160) String titleSv, @NotBlank @Size(max = 160) String titleEn,
			@NotBlank @Pattern(regexp = DigCompCompetence.CODE_PATTERN) String competence,
			@NotNull @Min(ProficiencyLevel.LOWEST) @Max(ProficiencyLevel.HIGHEST) Integer level,
			@Nullable Set<Device> devices) {

		StepChanges toChanges() {
			return new StepChanges(this.version, this.position, new LocalizedText(this.titleSv, this.titleEn),
					DigCompCompetence.of(this.competence), ProficiencyLevel.of(this.level), orNone(this.devices));
		}

	}

	/** Retiring or reinstating a step, against the version the editor saw. */
	record StepVersion(@NotNull Integer version) {
	}

	static Set<Device> orNone(@Nullable Set<Device> devices) {
		return (devices != null) ? devices : Set.of();
	}

}

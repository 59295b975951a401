package org.tandem.programmes;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgrammeDetailsTest {

	static final Term AUTUMN = new Term(LocalDate.parse("2026-08-20"), LocalDate.parse("2026-12-18"));

	@Test
	void acceptsSessionsFrom15To480Minutes() {
		assertThat(new ProgrammeDetails("Höst", null, AUTUMN, 15).sessionMinutes()).isEqualTo(15);
		assertThat(new ProgrammeDetails("Höst", null, AUTUMN, 480).sessionMinutes()).isEqualTo(480);
	}

	@Test
	void refusesSessionsShorterThan15OrLongerThan480Minutes() {
		assertThatExceptionOfType(SessionLengthOutOfRange.class)
			.isThrownBy(() -> new ProgrammeDetails("Höst", null, AUTUMN, 14))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("sessionMinutes"));
		assertThatExceptionOfType(SessionLengthOutOfRange.class)
			.isThrownBy(() -> new ProgrammeDetails("Höst", null, AUTUMN, 481));
	}

	@Test
	void tidiesTheNameAndDropsABlankDescription() {
		ProgrammeDetails details = new ProgrammeDetails("  Digitalt stöd hösten 2026 ", "  ", AUTUMN, 60);

		assertThat(details.name()).isEqualTo("Digitalt stöd hösten 2026");
		assertThat(details.description()).isNull();
	}

	@Test
	void comparesNamesWithoutRegardToCase() {
		assertThat(new ProgrammeDetails("ÅRETS Program", null, AUTUMN, 60).nameKey()).isEqualTo("årets program");
	}

	@Test
	void needsAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProgrammeDetails(" ", null, AUTUMN, 60));
	}

}

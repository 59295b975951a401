package org.tandem.programmes;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TermTest {

	static final LocalDate AUGUST_20 = LocalDate.parse("2026-08-20");

	@Test
	void refusesATermThatEndsBeforeItStartsNamingTheLastDay() {
		assertThatExceptionOfType(TermEndsBeforeStart.class)
			.isThrownBy(() -> new Term(AUGUST_20, AUGUST_20.minusDays(1)))
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("termEnd");
				assertThat(violation.rule()).isEqualTo("TermEndsBeforeStart");
				assertThat(violation.messageKey()).isEqualTo("programmes.termEndsBeforeStart");
			});
	}

	@Test
	void aTermMayLastASingleDay() {
		Term oneDay = new Term(AUGUST_20, AUGUST_20);

		assertThat(oneDay.contains(AUGUST_20)).isTrue();
		assertThat(oneDay.contains(AUGUST_20.plusDays(1))).isFalse();
	}

	@Test
	void containsBothItsFirstAndLastDay() {
		Term autumn = new Term(AUGUST_20, LocalDate.parse("2026-12-18"));

		assertThat(autumn.contains(AUGUST_20)).isTrue();
		assertThat(autumn.contains(LocalDate.parse("2026-12-18"))).isTrue();
		assertThat(autumn.contains(AUGUST_20.minusDays(1))).isFalse();
		assertThat(autumn.contains(LocalDate.parse("2026-12-19"))).isFalse();
	}

}

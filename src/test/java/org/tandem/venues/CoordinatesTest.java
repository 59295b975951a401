package org.tandem.venues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CoordinatesTest {

	@Test
	void acceptsEveryPointOnEarthIncludingThePolesAndTheDateLine() {
		assertThatNoException().isThrownBy(() -> new Coordinates(64.7507, 20.9528));
		assertThatNoException().isThrownBy(() -> new Coordinates(-90, -180));
		assertThatNoException().isThrownBy(() -> new Coordinates(90, 180));
	}

	@Test
	void refusesALatitudeBeyondThePoles() {
		assertThatExceptionOfType(CoordinatesOutOfRange.class).isThrownBy(() -> new Coordinates(90.0001, 20))
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("latitude");
				assertThat(violation.arguments()).containsExactly(-90, 90);
			});
		assertThatExceptionOfType(CoordinatesOutOfRange.class).isThrownBy(() -> new Coordinates(-91, 20));
	}

	@Test
	void refusesALongitudeBeyondTheDateLine() {
		assertThatExceptionOfType(CoordinatesOutOfRange.class).isThrownBy(() -> new Coordinates(64, 180.5))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("longitude"));
		assertThatExceptionOfType(CoordinatesOutOfRange.class).isThrownBy(() -> new Coordinates(64, -181));
	}

	@Test
	void comeInPairs() {
		assertThat(Coordinates.fromParts(null, null)).isNull();
		assertThat(Coordinates.fromParts(64.75, 20.95)).isEqualTo(new Coordinates(64.75, 20.95));
		assertThatExceptionOfType(VenueRefused.class).isThrownBy(() -> Coordinates.fromParts(64.75, null))
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("longitude");
				assertThat(violation.rule()).isEqualTo("CoordinatesIncomplete");
			});
	}

	@Test
	void refusesANumberThatIsNotANumber() {
		assertThatExceptionOfType(CoordinatesOutOfRange.class).isThrownBy(() -> new Coordinates(Double.NaN, 20));
		assertThatExceptionOfType(CoordinatesOutOfRange.class).isThrownBy(() -> new Coordinates(64, Double.NaN));
	}

}

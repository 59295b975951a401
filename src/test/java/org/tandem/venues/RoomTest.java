package org.tandem.venues;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RoomTest {

	@Test
	void aRoomHoldsAtLeastOnePerson() {
		assertThat(new RoomDetails(null, "Lilla rummet", 1).capacity()).isEqualTo(1);
	}

	@Test
	void refusesARoomWithRoomForNoOne() {
		assertThatExceptionOfType(RoomCapacityTooSmall.class).isThrownBy(() -> new RoomDetails(null, "Hallen", 0))
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("rooms");
				assertThat(violation.rule()).isEqualTo("RoomCapacityTooSmall");
				assertThat(violation.arguments()).containsExactly("Hallen", 0);
			});
		assertThatExceptionOfType(RoomCapacityTooSmall.class)
			.isThrownBy(() -> new Room(new RoomId(UUID.randomUUID()), "Hallen", -3));
	}

	@Test
	void tidiesTheName() {
		assertThat(new RoomDetails(null, "  Studierummet ", 8).name()).isEqualTo("Studierummet");
	}

}

package org.tandem.notifications;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The delivery job delivers on its own every interval unless switched off, and a round
 * that fails does not stop the next.
 */
class DeliveryJobTest {

	final Notifications notifications = mock(Notifications.class);

	ApplicationContextRunner application() {
		return new ApplicationContextRunner().withUserConfiguration(DeliveryJob.class)
			.withBean(Notifications.class, () -> this.notifications);
	}

	@Test
	void deliversEveryIntervalAndGoesOnAfterARoundFails() {
		when(this.notifications.deliverDue()).thenThrow(new IllegalStateException("database away"))
			.thenReturn(new DeliveryRound(1, 0, 0, 0));

		application().withPropertyValues("tandem.notifications.interval=50ms").run((context) -> {
			assertThat(context).hasSingleBean(DeliveryJob.class);
			verify(this.notifications, timeout(5_000).atLeast(3)).deliverDue();
		});
	}

	@Test
	void isOnUnlessSwitchedOff() {
		application().run((context) -> assertThat(context).hasSingleBean(DeliveryJob.class));
		application().withPropertyValues("tandem.notifications.scheduled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DeliveryJob.class));
	}

}

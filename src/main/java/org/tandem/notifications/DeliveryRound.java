package org.tandem.notifications;

/**
 * What one round of delivery did.
 *
 * @param sent messages handed to the mail server or SMS provider
 * @param retrying messages whose send failed and that will be tried again
 * @param failed messages that failed for good (a coordinator may try again)
 * @param skipped messages not sent because their recipient opted out while they were
 * being queued
 */
public record DeliveryRound(int sent, int retrying, int failed, int skipped) {

	DeliveryRound plus(DeliveryRound other) {
		return new DeliveryRound(this.sent + other.sent, this.retrying + other.retrying, this.failed + other.failed,
				this.skipped + other.skipped);
	}

	static DeliveryRound none() {
		return new DeliveryRound(0, 0, 0, 0);
	}

}

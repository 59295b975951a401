/**
 * The outbox through which Tandem sends e-mail and text messages: booking confirmations,
 * reminders, changes and cancellations of sessions. A module asks for a message with
 * {@link org.tandem.notifications.Notifications#enqueue}; it is rendered at once in the
 * recipient's language and stored, in the asking module's transaction if there is one, so
 * that it is never lost; the delivery job sends each stored message once, retries a
 * failed send with backoff and leaves what could not be sent for a coordinator to see and
 * try again. People can opt out of a kind of message.
 */
@NullMarked
package org.tandem.notifications;

import org.jspecify.annotations.NullMarked;

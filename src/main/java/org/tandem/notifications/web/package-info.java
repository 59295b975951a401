/**
 * The coordinators' list of messages ({@code /messages}) and the messages and opt-outs
 * through the JSON API.
 */
@NullMarked
package org.tandem.notifications.web;

import org.jspecify.annotations.NullMarked;

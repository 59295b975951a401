/**
 * The curriculum's pages and its JSON API: everyone who helps run a programme reads the
 * catalogue, and the organisation's admins edit it.
 */
@NullMarked
package org.tandem.curriculum.web;

import org.jspecify.annotations.NullMarked;

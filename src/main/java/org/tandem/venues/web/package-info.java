/**
 * The pages and the JSON API for venues.
 */
@NullMarked
package org.tandem.venues.web;

import org.jspecify.annotations.NullMarked;

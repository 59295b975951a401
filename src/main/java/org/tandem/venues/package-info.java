/**
 * Venues: the libraries, care homes, schools, community centres and online rooms where
 * sessions happen, with their rooms and capacity, opening hours and accessibility.
 */
@NullMarked
package org.tandem.venues;

import org.jspecify.annotations.NullMarked;

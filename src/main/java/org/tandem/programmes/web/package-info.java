/**
 * The pages and the JSON API for programmes.
 */
@NullMarked
package org.tandem.programmes.web;

import org.jspecify.annotations.NullMarked;

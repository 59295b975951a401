/**
 * The JSON API and pages of matching: runs and their auditable results, and the
 * coordinator's decisions on pairs.
 */
@NullMarked
package org.tandem.matching.web;

import org.jspecify.annotations.NullMarked;

/**
 * The progress pages and JSON API: a senior's learning passport and its PDF card, a
 * mentor's record with their training, and a programme's follow-up lists.
 */
@NullMarked
package org.tandem.progress.web;

import org.jspecify.annotations.NullMarked;

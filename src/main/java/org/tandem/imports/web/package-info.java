/**
 * The import pages ({@code /imports}) and the JSON API ({@code /api/v1/imports}).
 */
@NullMarked
package org.tandem.imports.web;

import org.jspecify.annotations.NullMarked;

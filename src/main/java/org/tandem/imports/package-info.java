/**
 * Imports of mentors, seniors and venues from the lists coordinators already have: class
 * lists, sign-up exports and the municipality's list of libraries and care homes, as CSV
 * (UTF-8 with or without BOM, Windows-1252, {@code ;} or {@code ,}) or XLSX. An upload is
 * read, its columns are matched to the fields of a profile or a venue, and every row is
 * checked by the registry's own rules before anything is written; the coordinator may
 * change the column mapping, and commits only a file without errors. The commit runs in
 * the background, all or nothing, skipping people and venues the registry already holds,
 * so the same file imported twice adds nothing the second time.
 */
@NullMarked
package org.tandem.imports;

import org.jspecify.annotations.NullMarked;

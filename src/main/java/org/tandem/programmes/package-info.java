/**
 * Programmes: a term of intergenerational sessions run by an organisation, with its dates
 * and the usual length of a session. Mentors, seniors and venues belong to programmes.
 */
@NullMarked
package org.tandem.programmes;

import org.jspecify.annotations.NullMarked;

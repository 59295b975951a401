/**
 * The people of a programme: mentors (young people, often pupils) and seniors (the
 * learners), with everything matching and sessions need about them, and the consent and
 * safeguarding rules that protect them. The rules live in the domain, not the pages: a
 * mentor under 18 is never active without a guardian's consent and never goes on home
 * visits; an adult goes on home visits only with a background check that has not expired.
 */
@NullMarked
package org.tandem.people;

import org.jspecify.annotations.NullMarked;

/**
 * Matching: proposes mentor–senior pairs for a programme. Its core is exact: among the
 * pairs the hard rules allow, it matches as many seniors as possible and, among those
 * matchings, reaches the highest total of pair scores less the load penalties, solved as
 * a min-cost flow so that the optimum is proven rather than approached; beside it a
 * stable matching, which no senior and mentor would both rather leave for each other, and
 * a greedy baseline kept only to show what the optimum gains.
 */
@NullMarked
package org.tandem.matching;

import org.jspecify.annotations.NullMarked;

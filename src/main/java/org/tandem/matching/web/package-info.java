/**
 * The JSON API of matching: start a run, follow it, read its explained proposal, and
 * download exactly the candidates it optimised over, so that anyone can re-solve them and
 * check the optimum; the coordinator's decisions on pairs; and the constraints and
 * weights runs respect.
 */
@NullMarked
package org.tandem.matching.web;

import org.jspecify.annotations.NullMarked;

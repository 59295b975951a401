package org.tandem.matching;

/**
 * Which of a run's proposals a coordinator reviews: all of them, only the new pairs the
 * run chose (those that wait for a decision), or only the pairs it kept from before.
 */
public enum ProposalFilter {

	ALL, NEW, KEPT

}

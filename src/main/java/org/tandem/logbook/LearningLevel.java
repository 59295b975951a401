package org.tandem.logbook;

/**
 * How far a senior has come with one learning step, from not yet started to able to show
 * others. The order is the order of progress.
 */
public enum LearningLevel {

	NOT_YET,

	INTRODUCED,

	WITH_HELP,

	ON_MY_OWN,

	CAN_SHOW_OTHERS

}

package org.tandem.curriculum;

/**
 * The devices Tandem knows: what a senior owns and wants help with, what a mentor knows,
 * and which devices a learning step has its own instructions for.
 */
public enum Device {

	IPHONE, ANDROID_PHONE, IPAD, ANDROID_TABLET, WINDOWS, MAC

}

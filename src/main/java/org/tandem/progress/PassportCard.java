package org.tandem.progress;

import java.util.Locale;

/**
 * A learning passport printed as a large-print PDF card.
 *
 * @param pdf the PDF's bytes
 * @param language the language it is written in: the senior's
 */
public record PassportCard(byte[] pdf, Locale language) {

}

/**
 * The curriculum: topics older people want help with (BankID, Swish, 1177, video calls,
 * recognising scams, ...), each with concrete learning steps, device variants and a
 * mapping to the EU DigComp 2.2 framework. Every organisation starts from the default
 * Swedish/English catalogue and its admins may edit it.
 */
@NullMarked
package org.tandem.curriculum;

import org.jspecify.annotations.NullMarked;

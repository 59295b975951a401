/**
 * What every module stands on and no module owns: tenancy (the organisation a request
 * acts for and the one gateway to SQL that keeps organisations apart), the signed-in
 * user, security, error handling, languages and the page layout. It holds no business
 * rules and depends on no other module.
 */
@NullMarked
package org.tandem.system;

import org.jspecify.annotations.NullMarked;

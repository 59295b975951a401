/**
 * Public sign-up forms that a programme shares: "I want help" for seniors (or a relative
 * on their behalf) and "I want to be a digital guide" for young people. Entries land as
 * pending for the coordinator to accept. The forms resist spam and abuse with a hidden
 * field bots fill in, a signed ticket that must be neither too fresh nor too old, and a
 * limit on sign-ups per connection.
 */
@NullMarked
package org.tandem.signup;

import org.jspecify.annotations.NullMarked;

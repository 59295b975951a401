package org.tandem.organisations;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link FirstStartContract} on a fresh embedded database of its own.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class FirstStartOnH2Test extends FirstStartContract {

}

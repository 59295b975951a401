package org.tandem.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against the PostgreSQL named by {@link TestPostgres}. The
 * class must also call {@link TestPostgres#register} from a
 * {@code @DynamicPropertySource} method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestPostgres.class)
@Tag("postgres")
public @interface OnPostgres {

}

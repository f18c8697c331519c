package nl.koers.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a published event. Its CloudEvents type is {@code nl.koers.<context>.<name>.v<version>} and it
 * goes to topic {@code koers.<context>.events}. A schema change gets a new version; old versions stay readable.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KoersEvent {
    String context();

    String name();

    int version() default 1;
}

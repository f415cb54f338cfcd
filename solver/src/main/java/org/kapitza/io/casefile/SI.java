package org.kapitza.io.casefile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SI unit (UCUM syntax) a case-file quantity is converted to as it is read: "m", "K",
 * "W/(m2.K)". Values may carry any unit of the same kind ("150 um"); a bare number is SI.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface SI {
    String value();

    /**
     * An absolute temperature (unit "K"): refused unless finite and above 0 K, where it is read. A
     * temperature difference or a tolerance leaves this false.
     */
    boolean absolute() default false;
}

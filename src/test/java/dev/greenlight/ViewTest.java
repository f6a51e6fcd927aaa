package dev.greenlight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browserless UI test: the whole application, views driven on the server without a browser. The class extends
 * {@link ViewTestCase}, which finds the routes of every module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
public @interface ViewTest {
}

package dev.greenlight;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;

/**
 * The base of every {@link ViewTest}: routes and layouts come from every module of {@code dev.greenlight} (the
 * assessment page's parts live in review, brief and audit), not only from the test's own package.
 */
public abstract class ViewTestCase extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("dev.greenlight");
    }
}

package dev.greenlight;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application context with Vaadin security installs its own {@link SecurityContextHolderStrategy} (with its
 * own thread-local) as the global one. The test framework caches several contexts in one JVM, so a test running on
 * an older context would otherwise put its user into its context's strategy (as {@code @WithMockUser} does) while
 * code reading the global holder looks into the newest context's strategy and finds nobody. Before each test this
 * makes the test's own context's strategy the global one again, as it is in a running application (one context).
 * Registered in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyPerTestContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before {@code WithSecurityContextTestExecutionListener} (10000), which fills the strategy with the test's user. */
    @Override
    public int getOrder() {
        return 100;
    }
}

package dev.greenlight;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM, and each Vaadin context installs its own
 * {@link SecurityContextHolderStrategy} in the static {@link SecurityContextHolder} when it starts. A test that
 * reuses an older cached context would then write its {@code @WithMockUser} into a newer context's strategy,
 * and its views would see nobody signed in. Before each test method, and before the mock user is set up, this
 * pins the static holder to the test's own context's strategy. Registered for every test in
 * {@code META-INF/spring.factories}.
 */
public class PinSecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_999; // just before WithSecurityContextTestExecutionListener (10,000)
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        pin(testContext);
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        pin(testContext);
    }

    private static void pin(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        var strategy = testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}

package no.virksomhetsplan.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;

/**
 * Starts {@link Infrastructure} before the first test that needs it and stops it when the test plan ends
 * (the root store closes it; a JVM shutdown hook would race with Kafka's own clean-up).
 */
final class InfrastructureExtension implements BeforeAllCallback, TestInstancePreConstructCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    /** With {@code @TestInstance(PER_CLASS)} Spring builds the context before {@code beforeAll}. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        ensureStarted(context);
    }

    private static void ensureStarted(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Infrastructure.class, key -> Infrastructure.start(), Infrastructure.class);
    }
}

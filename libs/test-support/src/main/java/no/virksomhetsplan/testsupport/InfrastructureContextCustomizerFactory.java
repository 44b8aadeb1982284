package no.virksomhetsplan.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Points the Spring context of a {@link RealInfrastructure} test at the shared infrastructure. */
public final class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class);
        return wanted ? new InfrastructureProperties() : null;
    }

    /** Equal instances let Spring's test context cache share one context between test classes. */
    private static final class InfrastructureProperties implements ContextCustomizer {

        private static final List<String> TEST_SOURCES = List.of(
                TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "Dynamic Test Properties");

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Infrastructure.Endpoints endpoints = Infrastructure.endpoints();
            TestIssuer issuer = TestIssuer.shared();
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", endpoints.jdbcUrl());
            properties.put("spring.datasource.username", endpoints.username());
            properties.put("spring.datasource.password", endpoints.password());
            properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
            properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
            properties.put("virksomhetsplan.security.audience", TestIssuer.AUDIENCE);
            List<String> tenants = TestIssuer.TRUSTED_TENANTS;
            for (int i = 0; i < tenants.size(); i++) {
                properties.put("virksomhetsplan.security.issuers[" + i + "].uri", issuer.issuerUri(tenants.get(i)));
                properties.put("virksomhetsplan.security.issuers[" + i + "].tenant", tenants.get(i));
            }
            // Every realm of the test issuer, as every realm of the one Keycloak in dev and production (ADR 0014).
            properties.put("virksomhetsplan.security.keycloak-realms.url", issuer.realmsUrl());
            addBelowTestOwnProperties(context.getEnvironment().getPropertySources(),
                    new MapPropertySource("realInfrastructure", properties));
        }

        /**
         * Above application.yml, below a test's own {@code @SpringBootTest(properties)} and
         * {@code @DynamicPropertySource}, so a test can still point at, say, a broker of its own.
         */
        private static void addBelowTestOwnProperties(MutablePropertySources sources, MapPropertySource infrastructure) {
            String lowestTestSource = null;
            for (PropertySource<?> source : sources) {
                if (TEST_SOURCES.contains(source.getName())) {
                    lowestTestSource = source.getName();
                }
            }
            if (lowestTestSource == null) {
                sources.addFirst(infrastructure);
            } else {
                sources.addAfter(lowestTestSource, infrastructure);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InfrastructureProperties;
        }

        @Override
        public int hashCode() {
            return InfrastructureProperties.class.hashCode();
        }
    }
}

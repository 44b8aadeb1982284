package no.virksomhetsplan.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a Spring Boot test a real PostgreSQL, a real Kafka broker and a local token issuer that signs
 * Keycloak-shaped tokens ({@link TestIssuer}). They start once per test JVM and are shared by every test class:
 * Testcontainers when a Docker engine answers, embedded PostgreSQL binaries and the embedded KRaft broker
 * otherwise. The Spring properties ({@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers},
 * {@code virksomhetsplan.security.*}) are set for the test's context; nothing else is needed.
 *
 * <p>All test classes of a module share one database: use fresh tenants or ids per test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureExtension.class)
public @interface RealInfrastructure {
}

package no.virksomhetsplan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings every service shares (Kafka serializers and time-outs, probes, error output, the demo issuers),
 * added with the lowest precedence so a service's application.yml or the environment can override each one.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "virksomhetsplan-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("platformDefaults", new ClassPathResource(LOCATION))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }
}

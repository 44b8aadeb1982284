package no.virksomhetsplan.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that exercises the platform the way a real one does. */
@SpringBootApplication
public class TestApplication {
}

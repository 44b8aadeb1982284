package no.virksomhetsplan.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one entry to the system: routes {@code /api/<context>/**} to the services, checks tokens, guards each
 * route with a circuit breaker, time limit and retry, adds security headers and a request id, and serves the
 * web app.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}

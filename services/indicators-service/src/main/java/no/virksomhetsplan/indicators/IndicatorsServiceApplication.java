package no.virksomhetsplan.indicators;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Indicator definitions and values from fagsystemer (Kafka and REST), manual entry. */
@SpringBootApplication
public class IndicatorsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndicatorsServiceApplication.class, args);
    }
}

package no.virksomhetsplan.plans;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Org tree, plan years, goals, assignment letters, leader agreements and municipality settings. */
@SpringBootApplication
public class PlansServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlansServiceApplication.class, args);
    }
}

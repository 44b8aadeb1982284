package no.virksomhetsplan.checklists;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Internal-control checklist templates, distribution, answers with history, deviations. */
@SpringBootApplication
public class ChecklistsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChecklistsServiceApplication.class, args);
    }
}

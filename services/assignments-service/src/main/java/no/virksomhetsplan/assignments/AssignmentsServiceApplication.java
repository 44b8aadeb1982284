package no.virksomhetsplan.assignments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Assignments (oppdrag), delegation, tasks, status history, Min side, deadlines and reminders. */
@SpringBootApplication
public class AssignmentsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssignmentsServiceApplication.class, args);
    }
}

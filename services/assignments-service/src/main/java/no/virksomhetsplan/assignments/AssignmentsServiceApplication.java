package no.virksomhetsplan.assignments;

import java.time.Clock;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Assignments (oppdrag), delegation, tasks, status history, Min side, deadlines and reminders. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class AssignmentsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssignmentsServiceApplication.class, args);
    }

    /** Deadlines are days in Norway; the jobs and use cases read "now" from here. */
    @Bean
    Clock clock() {
        return Clock.system(Actor.NORWAY);
    }
}

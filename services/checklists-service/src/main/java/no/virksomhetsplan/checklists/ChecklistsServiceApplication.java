package no.virksomhetsplan.checklists;

import java.time.Clock;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Internal-control checklist templates, distribution, answers with history, deviations. */
@SpringBootApplication
public class ChecklistsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChecklistsServiceApplication.class, args);
    }

    /** Deadlines are days in Norway; the use cases read "now" from here. */
    @Bean
    Clock clock() {
        return Clock.system(OrgTreeReplica.NORWAY);
    }
}

package no.virksomhetsplan.indicators;

import java.time.Clock;
import no.virksomhetsplan.indicators.value.application.IngestionProperties;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestionProperties.class)
class IndicatorsConfiguration {

    /** Periods are the municipality's calendar: "today" is today in Norway. */
    @Bean
    Clock clock() {
        return Clock.system(OrgTreeReplica.NORWAY);
    }
}

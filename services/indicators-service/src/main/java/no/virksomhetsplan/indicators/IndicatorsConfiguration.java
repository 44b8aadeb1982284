package no.virksomhetsplan.indicators;

import java.time.Clock;
import no.virksomhetsplan.indicators.aggregate.application.AggregationProperties;
import no.virksomhetsplan.indicators.value.application.IngestionProperties;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestionProperties.class, AggregationProperties.class})
class IndicatorsConfiguration {

    /** Periods are the municipality's calendar: "today" is today in Norway. */
    @Bean
    Clock clock() {
        return Clock.system(OrgTreeReplica.NORWAY);
    }

    /** CSV uploads run here, two at a time; more wait their turn rather than crowd the ingestion of fagsystem values. */
    @Bean
    ThreadPoolTaskExecutor valueImportExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("value-import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}

package no.virksomhetsplan.platform.messaging;

import java.time.Clock;
import javax.sql.DataSource;
import no.virksomhetsplan.platform.persistence.PersistenceAutoConfiguration.PlatformTables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Outbox, relay, idempotent consumption and dead letters, in services that have Kafka and a database. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "no.virksomhetsplan.platform.persistence.PersistenceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean({DataSource.class, PlatformTables.class})
@EnableConfigurationProperties({OutboxProperties.class, ConsumerProperties.class})
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, ConsumerProperties properties) {
        return DeadLetters.errorHandler(kafka, properties);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager transactions, KafkaTemplate<String, byte[]> kafka,
            OutboxProperties properties) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), kafka, properties);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay, @Value("${spring.application.name}") String name) {
        return new Outbox(jdbc, json, "/virksomhetsplan/" + name, Clock.systemUTC(), relay::wakeUp);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(Inbox inbox, PlatformTransactionManager transactions, JsonMapper json) {
        return new IdempotentConsumer(inbox, new TransactionTemplate(transactions), json);
    }
}

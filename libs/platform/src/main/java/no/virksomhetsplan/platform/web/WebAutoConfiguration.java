package no.virksomhetsplan.platform.web;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Problem details for every error, text the database cannot store refused, and {@code Caller} parameters in controllers. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsAdvice.class)
public class WebAutoConfiguration {

    /** Refuses text the database cannot store, in JSON bodies (picked up by Spring Boot's JsonMapper) ... */
    @Bean
    TextInputModule textInputModule() {
        return new TextInputModule();
    }

    /** ... and in query parameters. After the security filters: a request without a valid token stays a 401. */
    @Bean
    TextInputFilter textInputFilter() {
        return new TextInputFilter();
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}

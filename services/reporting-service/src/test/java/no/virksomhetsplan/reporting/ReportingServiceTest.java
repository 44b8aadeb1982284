package no.virksomhetsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.GuardedServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class ReportingServiceTest extends GuardedServiceTest {

    @LocalServerPort
    int servicePort;

    @Override
    protected String apiPrefix() {
        return "/api/reporting";
    }

    @Test
    void theOpenApiDocumentListsTheReportingApi() {
        var docs = ApiClient.onLocalPort(servicePort).get(null, "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/reporting/overview\"", "\"/api/reporting/overview.csv\"",
                "\"/api/reporting/reports/{id}/approve\"", "\"/api/reporting/reports/{id}/pdf\"",
                "\"/api/reporting/units/{unitId}/plan/{year}/pdf\"");
    }
}

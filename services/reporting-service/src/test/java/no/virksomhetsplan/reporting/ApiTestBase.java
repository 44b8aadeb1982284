package no.virksomhetsplan.reporting;

import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Municipality;
import no.virksomhetsplan.testsupport.OrgTree;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** API tests on real PostgreSQL and Kafka: each test gets a Fjordvik org tree of its own in the replica. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected OrgTreeReplica replica;
    @Autowired
    protected TransactionTemplate transaction;

    protected ApiClient api;
    protected Municipality fjordvik;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        api = ApiClient.onLocalPort(port);
        fjordvik = new Municipality(treeOf("fjordvik"));
    }

    protected OrgTree treeOf(String tenant) {
        return new OrgTree(event -> transaction.executeWithoutResult(status -> replica.apply(tenant, event)));
    }
}

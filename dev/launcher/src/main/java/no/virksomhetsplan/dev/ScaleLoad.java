package no.virksomhetsplan.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link ScaleModel} municipality into the running system (dev/scale) the way its people and fagsystemer
 * would: the realm, settings and org tree by onboarding (one CSV import), assignments, delegations, tasks and task
 * statuses, checklists with their answers and deviations through the public API as the municipality's administrator,
 * and indicator values on the inbound topic.
 * The same seed and size give the same municipality. Requests refused for the rate limit (429) wait as told and are
 * sent again; any other refusal stops the load with the answer.
 */
public final class ScaleLoad {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    /** Local-demo password of the scale municipality's administrator, like the demo realms' users. */
    static final String ADMIN_PASSWORD = "Skala-2027!";

    private final Options options;
    private final ScaleModel model;
    private final Path home;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile Instant tokenRenewAt = Instant.MIN;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    record Options(long seed, double share, String tenant, int threads, Set<String> steps, String gateway, String keycloak,
            String bootstrap) {

        static final String USAGE = """
                Usage: dev/scale [--seed 2027] [--share 1.0] [--tenant storby] [--threads 8]
                                 [--steps org,assignments,indicators,checklists] [--bootstrap 127.0.0.1:19092]

                Loads a large municipality (at --share 1.0: about 1,500 units, 60,000 assignments, 300,000 tasks,
                3.6 million indicator values, 48 months of checklists: 60 questions for each unit a month, about
                74,000 of them answered) into the running system (dev/run). --share 0.1 loads a tenth of the
                assignments, tasks and months on the same tree. --steps checklists alone loads the checklists into a
                municipality loaded before. Start the system with the gateway's per-person rate limit raised for a
                fast load:
                  RATE_LIMIT_PEOPLE_BURST=100000 RATE_LIMIT_PEOPLE_PER_SECOND=100000 dev/run
                Environment: GATEWAY_URL (default http://localhost:8080), KEYCLOAK_URL (default http://localhost:8180).
                """;

        static Options parse(List<String> args, Map<String, String> env) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String name = args.get(i);
                if (!name.startsWith("--") || i + 1 >= args.size()) {
                    throw new IllegalArgumentException("unexpected argument " + name);
                }
                given.put(name.substring(2), args.get(++i));
            }
            Set<String> known = Set.of("seed", "share", "tenant", "threads", "steps", "bootstrap");
            given.keySet().stream().filter(name -> !known.contains(name)).findFirst()
                    .ifPresent(name -> { throw new IllegalArgumentException("unknown option --" + name); });
            double share = Double.parseDouble(given.getOrDefault("share", "1.0"));
            if (share <= 0 || share > 1) {
                throw new IllegalArgumentException("--share must be above 0 and at most 1");
            }
            Set<String> steps = Set.of(given.getOrDefault("steps", "org,assignments,indicators,checklists").split(","));
            if (!Set.of("org", "assignments", "indicators", "checklists").containsAll(steps)) {
                throw new IllegalArgumentException("--steps takes org, assignments, indicators and checklists");
            }
            return new Options(Long.parseLong(given.getOrDefault("seed", "2027")), share, given.getOrDefault("tenant", "storby"),
                    Integer.parseInt(given.getOrDefault("threads", "8")), steps,
                    env.getOrDefault("GATEWAY_URL", LauncherConfig.GATEWAY_URL), env.getOrDefault("KEYCLOAK_URL", KeycloakServer.URL),
                    given.getOrDefault("bootstrap", KafkaBroker.BOOTSTRAP));
        }
    }

    ScaleLoad(Options options, Path home, PrintStream out) {
        this.options = options;
        this.model = new ScaleModel(options.seed(), ScaleModel.Size.OSLO.scaled(options.share()), LocalDate.now(NORWAY));
        this.home = home;
        this.out = out;
    }

    public static void main(String[] argv) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(Arrays.asList(argv), System.getenv());
        } catch (IllegalArgumentException e) {
            out.println("ERROR: " + e.getMessage());
            out.print(Options.USAGE);
            System.exit(2);
            return;
        }
        Path home = Path.of(System.getenv().getOrDefault("VP_HOME", "")).toAbsolutePath();
        try {
            new ScaleLoad(options, home, out).run();
        } catch (LoadFailed e) {
            out.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() throws Exception {
        ScaleModel.Size size = model.size();
        out.printf("Scale municipality %s, seed %d: %,d units, %,d assignments, %,d tasks, %,d indicator values%n",
                options.tenant(), options.seed(), size.units(), size.assignments(), size.tasks(), size.indicatorValues());
        if (options.steps().contains("org")) {
            onboard();
        }
        Map<String, String> unitIds = unitIds();
        if (options.steps().contains("assignments")) {
            loadAssignments(unitIds);
        }
        // Before the indicator values, whose storing keeps indicators-service busy for a while after they are sent.
        if (options.steps().contains("checklists")) {
            loadChecklists(unitIds);
        }
        if (options.steps().contains("indicators")) {
            loadIndicators(unitIds);
        }
        out.printf("Done: %,d API requests, %,d of them sent again after a 429%n", requests.get(), rateLimited.get());
    }

    private void onboard() throws IOException {
        Path csv = home.resolve(".data/scale").resolve(options.tenant() + "-org-units.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, model.orgTreeCsv(), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        OnboardArguments args = OnboardArguments.parse(List.of(options.tenant(), "Storby kommune", adminUsername(), csv.toString(),
                        "--password", ADMIN_PASSWORD, "--valid-from", LocalDate.now(NORWAY).withDayOfYear(1).toString()),
                Map.of("KEYCLOAK_URL", options.keycloak(), "GATEWAY_URL", options.gateway()), LocalDate.now(NORWAY));
        try {
            new Onboard(args, home, out).run();
        } catch (Onboard.OnboardingFailed e) {
            throw new LoadFailed("onboarding failed (a realm left from an earlier load? use --steps assignments,indicators,checklists "
                    + "to load into it, or another --tenant): " + e.getMessage());
        }
        out.printf("Org tree: %,d units in %.1f s%n", model.units().size(), seconds(started));
    }

    /** Unit ids by code, once every service has the tree: plans-service answers first, the others follow its events. */
    private Map<String, String> unitIds() {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode unit : call("GET", "/api/plans/org-units", null, 200)) {
            ids.put(unit.get("externalCode").asString(), unit.get("id").asString());
        }
        if (ids.size() < model.units().size()) {
            throw new LoadFailed("the municipality has " + ids.size() + " units, the model " + model.units().size());
        }
        return ids;
    }

    private void loadAssignments(Map<String, String> unitIds) throws Exception {
        List<ScaleModel.PlannedAssignment> planned = model.assignments();
        String lastUnit = unitIds.get(model.units().get(model.units().size() - 1).code());
        waitUntilKnown("/api/assignments/overview?unitId=" + lastUnit, "assignments-service");
        long started = System.nanoTime();
        AtomicLong done = new AtomicLong();
        inParallel(planned.stream().<Runnable>map(assignment -> () -> {
            load(assignment, unitIds);
            long count = done.incrementAndGet();
            if (count % 1000 == 0) {
                out.printf("  %,d of %,d assignments (%.0f requests/s)%n", count, planned.size(), requests.get() / seconds(started));
            }
        }).toList());
        out.printf("Assignments: %,d with their delegations and %,d tasks in %.0f s%n", planned.size(), model.size().tasks(),
                seconds(started));
    }

    private void load(ScaleModel.PlannedAssignment assignment, Map<String, String> unitIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitIds.get(assignment.unitCode()));
        body.put("type", assignment.type());
        body.put("title", assignment.title());
        body.put("source", assignment.type().equals("VERBALVEDTAK")
                ? Map.of("kind", "COUNCIL_DECISION", "body", "Bystyret", "caseNumber", "PS " + assignment.number() + "/26",
                        "decisionDate", "2026-06-18", "decisionText", "Kommunedirektøren følger opp.")
                : Map.of("kind", "NONE"));
        body.put("responsible", assignment.responsible());
        body.put("includeInMonthlyReport", assignment.inMonthlyReport());
        body.put("deadline", assignment.deadline().toString());
        JsonNode created = call("POST", "/api/assignments/assignments", body, 201);
        List<Map<String, Object>> orders = assignment.delegations().stream().map(d -> Map.<String, Object>of(
                "unitId", unitIds.get(d.unitCode()), "responsible", d.responsible(), "deadline", d.deadline().toString())).toList();
        JsonNode delegated = call("POST", "/api/assignments/assignments/" + created.get("id").asString() + "/delegations",
                Map.of("delegations", orders), 201);
        for (ScaleModel.PlannedDelegation delegation : assignment.delegations()) {
            String unitId = unitIds.get(delegation.unitCode());
            String delegationId = delegated.get("delegations").valueStream()
                    .filter(d -> d.get("unitId").asString().equals(unitId)).findFirst().orElseThrow().get("id").asString();
            for (ScaleModel.PlannedTask task : delegation.tasks()) {
                JsonNode added = call("POST", "/api/assignments/delegations/" + delegationId + "/tasks", Map.of("title", task.title(),
                        "responsible", task.responsible(), "deadline", task.deadline().toString()), 201).get("task");
                if (!task.status().equals("NOT_STARTED")) {
                    call("POST", "/api/assignments/tasks/" + added.get("id").asString() + "/status",
                            Map.of("version", added.get("version").asLong(), "status", task.status()), 200);
                }
            }
        }
    }

    /** Runs the work on --threads threads; the first failure stops the rest and the load. */
    private void inParallel(List<Runnable> work) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        List<Future<?>> futures = work.stream().<Future<?>>map(workers::submit).toList();
        workers.shutdown();
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            workers.shutdownNow();
            throw e.getCause() instanceof LoadFailed failed ? failed : new LoadFailed(String.valueOf(e.getCause()));
        }
        workers.awaitTermination(1, TimeUnit.MINUTES);
    }

    /**
     * The checklist templates, their distributions and the units' answers. What is there already is left as it is: a
     * template or distribution of the same name or title is used, a submitted checklist or a locked distribution is
     * skipped, so running the step again after an interruption finishes the job.
     */
    private void loadChecklists(Map<String, String> unitIds) throws Exception {
        ScaleChecklists checklists = model.checklists();
        ScaleChecklists.Totals plan = checklists.totals();
        out.printf("Checklists: %,d distributions of %d templates, %,d checklists (%,d to submit, %,d drafts, %,d not started), "
                        + "%,d answers, %,d deviations%n", plan.distributions(), ScaleChecklists.TEMPLATES.size(), plan.checklists(),
                plan.submitted(), plan.drafts(), plan.notStarted(), plan.answers(), plan.deviations());
        String lastUnit = unitIds.get(model.units().get(model.units().size() - 1).code());
        waitUntilKnown("/api/checklists/deviations?size=1&unitId=" + lastUnit, "checklists-service");
        Map<String, ChecklistTemplate> templates = checklistTemplates();
        List<ScaleChecklists.PlannedDistribution> planned = checklists.distributions();
        Map<String, JsonNode> existing = new HashMap<>();
        for (int year : planned.stream().map(d -> d.period().year()).distinct().toList()) {
            call("GET", "/api/checklists/distributions?year=" + year, null, 200).forEach(d -> existing.put(d.get("title").asString(), d));
        }
        Map<String, String> unitCodes = unitIds.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        ChecklistProgress progress = new ChecklistProgress();
        long started = System.nanoTime();
        inParallel(planned.stream().<Runnable>map(distribution -> () -> {
            load(distribution, templates.get(distribution.template().key()), existing.get(distribution.title()), checklists,
                    unitIds, unitCodes, progress);
            long count = progress.distributions.incrementAndGet();
            if (count % 50 == 0) {
                out.printf("  %,d of %,d distributions (%.0f requests/s)%n", count, planned.size(), requests.get() / seconds(started));
            }
        }).toList());
        out.printf("Checklists: %,d distributions created, %,d checklists submitted, %,d left as drafts, %,d deviations raised, "
                        + "%,d distributions of earlier periods locked in %.0f s%n", progress.created.get(), progress.submitted.get(), progress.drafts.get(),
                progress.deviations.get(), progress.closed.get(), seconds(started));
    }

    private record ChecklistTemplate(String id, List<String> questionIds) {
    }

    private static final class ChecklistProgress {
        final AtomicLong distributions = new AtomicLong();
        final AtomicLong created = new AtomicLong();
        final AtomicLong submitted = new AtomicLong();
        final AtomicLong drafts = new AtomicLong();
        final AtomicLong deviations = new AtomicLong();
        final AtomicLong closed = new AtomicLong();
    }

    /** The model's templates by key, defined unless the municipality has one of the same name, with their question ids in order. */
    private Map<String, ChecklistTemplate> checklistTemplates() {
        Map<String, String> existing = new HashMap<>();
        call("GET", "/api/checklists/templates", null, 200).forEach(t -> existing.put(t.get("name").asString(), t.get("id").asString()));
        Map<String, ChecklistTemplate> templates = new HashMap<>();
        for (ScaleChecklists.Template template : ScaleChecklists.TEMPLATES) {
            JsonNode defined;
            if (existing.containsKey(template.name())) {
                defined = call("GET", "/api/checklists/templates/" + existing.get(template.name()), null, 200);
            } else {
                defined = call("POST", "/api/checklists/templates", templateBody(template), 201);
            }
            List<String> questionIds = defined.get("categories").valueStream().flatMap(c -> c.get("checkpoints").valueStream())
                    .flatMap(c -> c.get("questions").valueStream()).map(q -> q.get("id").asString()).toList();
            if (questionIds.size() != template.questions().size()) {
                throw new LoadFailed("the municipality's template \"" + template.name() + "\" has " + questionIds.size()
                        + " questions, the model's " + template.questions().size());
            }
            templates.put(template.key(), new ChecklistTemplate(defined.get("id").asString(), questionIds));
        }
        return templates;
    }

    /** POST /api/checklists/templates. */
    static Map<String, Object> templateBody(ScaleChecklists.Template template) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", template.name());
        body.put("area", template.area());
        body.put("description", template.description());
        body.put("categories", template.categories());
        return body;
    }

    /**
     * One distribution: given to its units with the administrator named to answer each (the scale municipality has no
     * leader logins), each unit's checklist answered as planned, and locked if its period is over.
     */
    private void load(ScaleChecklists.PlannedDistribution planned, ChecklistTemplate template, JsonNode existing,
            ScaleChecklists checklists, Map<String, String> unitIds, Map<String, String> unitCodes, ChecklistProgress progress) {
        JsonNode distribution = existing;
        if (distribution == null) {
            distribution = call("POST", "/api/checklists/distributions", distributionBody(planned, template.id(), unitIds, adminUsername()), 201);
            progress.created.incrementAndGet();
        } else if (distribution.get("closed").asBoolean()) {
            return;
        }
        String id = distribution.get("id").asString();
        List<JsonNode> open = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode batch = call("GET", "/api/checklists/distributions/" + id + "/not-submitted?size=500&page=" + page, null, 200);
            batch.forEach(open::add);
            if (batch.size() < 500) {
                break;
            }
        }
        for (JsonNode unanswered : open) {
            String code = unitCodes.get(unanswered.get("unit").get("id").asString());
            if (code != null) {
                answer(checklists.response(planned, code), unanswered.get("responseId").asString(), unanswered.get("status").asString(),
                        template, progress);
            }
        }
        if (!planned.open()) {
            call("POST", "/api/checklists/distributions/" + id + "/close", Map.of("version", distribution.get("version").asLong()), 200);
            progress.closed.incrementAndGet();
        }
    }

    /** A checklist not submitted yet ({@code status} NOT_STARTED or DRAFT) brought to its planned state, if it is behind. */
    private void answer(ScaleChecklists.PlannedResponse planned, String responseId, String status, ChecklistTemplate template,
            ChecklistProgress progress) {
        String path = "/api/checklists/responses/" + responseId;
        List<ChecklistStep> steps = stepsTo(planned.state(), status);
        Long version = null;
        if (steps.contains(ChecklistStep.ANSWER)) {
            version = call("PUT", path + "/answers", answersBody(planned, template.questionIds()), 200).get("version").asLong();
            if (planned.state() == ScaleChecklists.State.DRAFT) {
                progress.drafts.incrementAndGet();
            }
        }
        if (steps.contains(ChecklistStep.SUBMIT)) {
            if (version == null) {
                version = call("GET", path, null, 200).get("version").asLong();
            }
            call("POST", path + "/submit", Map.of("version", version), 200);
            progress.submitted.incrementAndGet();
            for (ScaleChecklists.PlannedDeviation deviation : planned.deviations()) {
                call("POST", path + "/deviations", deviationBody(deviation, template.questionIds()), 201);
                progress.deviations.incrementAndGet();
            }
        }
    }

    enum ChecklistStep { ANSWER, SUBMIT }

    /**
     * What brings a checklist that is {@code status} (NOT_STARTED or DRAFT: submitted ones are not asked about) to its
     * planned state: a draft the plan wants is left as it is, and one the plan wants submitted is submitted with the
     * answers it has (an earlier load saved them and was stopped before submitting).
     */
    static List<ChecklistStep> stepsTo(ScaleChecklists.State planned, String status) {
        boolean notStarted = status.equals("NOT_STARTED");
        return switch (planned) {
            case NOT_STARTED -> List.of();
            case DRAFT -> notStarted ? List.of(ChecklistStep.ANSWER) : List.of();
            case SUBMITTED -> notStarted ? List.of(ChecklistStep.ANSWER, ChecklistStep.SUBMIT) : List.of(ChecklistStep.SUBMIT);
        };
    }

    /** POST /api/checklists/distributions: each unit named on its own, with the person who answers it. */
    static Map<String, Object> distributionBody(ScaleChecklists.PlannedDistribution planned, String templateId,
            Map<String, String> unitIds, String responsible) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", templateId);
        body.put("title", planned.title());
        body.put("period", Map.of("kind", planned.period().kind(), "year", planned.period().year(), "number", planned.period().number()));
        body.put("deadline", planned.deadline().toString());
        body.put("includeInMonthlyReport", planned.template().inMonthlyReport());
        body.put("targets", planned.unitCodes().stream().map(code -> Map.of("unitId", unitId(unitIds, code), "includeSubtree", false,
                "responsible", responsible)).toList());
        return body;
    }

    private static String unitId(Map<String, String> unitIds, String code) {
        String id = unitIds.get(code);
        if (id == null) {
            throw new LoadFailed("the municipality has no unit " + code + " of the model's tree");
        }
        return id;
    }

    /** POST /api/checklists/responses/{id}/deviations. */
    static Map<String, Object> deviationBody(ScaleChecklists.PlannedDeviation deviation, List<String> questionIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("questionId", questionIds.get(deviation.question()));
        body.put("description", deviation.description());
        body.put("severity", deviation.severity());
        body.put("responsible", deviation.responsible());
        body.put("deadline", deviation.deadline().toString());
        return body;
    }

    /** PUT /api/checklists/responses/{id}/answers: every answer in one request, each with only its question type's field. */
    static Map<String, Object> answersBody(ScaleChecklists.PlannedResponse planned, List<String> questionIds) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (ScaleChecklists.PlannedAnswer answer : planned.answers()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("questionId", questionIds.get(answer.question()));
            if (answer.text() != null) {
                body.put("text", answer.text());
            }
            if (answer.checked() != null) {
                body.put("checked", answer.checked());
            }
            if (answer.choice() != null) {
                body.put("choice", answer.choice());
            }
            if (answer.number() != null) {
                body.put("number", answer.number());
            }
            if (answer.reason() != null) {
                body.put("reason", answer.reason());
            }
            answers.add(body);
        }
        return Map.of("answers", answers);
    }

    private void loadIndicators(Map<String, String> unitIds) throws Exception {
        List<String> allUnits = model.units().stream().map(unit -> unitIds.get(unit.code())).toList();
        Set<String> existing = call("GET", "/api/indicators/definitions", null, 200).valueStream()
                .map(definition -> definition.get("key").asString()).collect(Collectors.toSet());
        for (String key : model.indicatorKeys()) {
            if (existing.contains(key)) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("key", key);
            body.put("names", Map.of("nb", "Skalaindikator " + key, "nn", "Skalaindikator " + key, "en", "Scale indicator " + key));
            body.put("unitOfMeasure", "antall");
            body.put("aggregation", "SUM");
            body.put("periodicity", "MONTH");
            body.put("serviceArea", "STAB");
            body.put("minValue", 0);
            body.put("maxValue", 1000);
            body.put("source", ScaleModel.SOURCE_SYSTEM);
            body.put("rollUp", true);
            body.put("unitIds", allUnits);
            callWhenKnown("POST", "/api/indicators/definitions", body, 201, "indicators-service");
        }
        YearMonth lastMonth = YearMonth.now(NORWAY).minusMonths(1);
        long started = System.nanoTime();
        long sent = 0;
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            for (YearMonth month : model.months(lastMonth)) {
                for (String key : model.indicatorKeys()) {
                    for (ScaleModel.Unit unit : model.units()) {
                        Map<String, Object> value = new LinkedHashMap<>();
                        value.put("indicatorKey", key);
                        value.put("unitCode", unit.code());
                        value.put("period", month.toString());
                        value.put("value", model.value(key, unit.code(), month));
                        value.put("sourceSystem", ScaleModel.SOURCE_SYSTEM);
                        value.put("sourceEventId", "skala:" + key + ":" + unit.code() + ":" + month);
                        producer.send(FagsystemSimulator.record(options.tenant(), key + "/" + unit.code() + "/" + month,
                                json.writeValueAsBytes(value), "/fagsystem/" + ScaleModel.SOURCE_SYSTEM));
                        sent++;
                    }
                }
                out.printf("  %s: %,d values published (%.0f/s)%n", month, sent, sent / seconds(started));
            }
            producer.flush();
        }
        out.printf("Indicator values: %,d published to %s in %.0f s (type %s); the service stores them as fast as it can%n",
                sent, no.virksomhetsplan.contracts.Topics.INDICATOR_VALUES_IN, seconds(started), IndicatorValueReported.TYPE);
    }

    /** The other services learn the tree from plans-service's events; wait until this one answers for it. */
    private void waitUntilKnown(String path, String service) {
        callWhenKnown("GET", path, null, 200, service);
    }

    private void callWhenKnown(String method, String path, Object body, int expected, String service) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            HttpResponse<String> response = send(method, path, body);
            if (response.statusCode() == expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LoadFailed(service + " does not know the municipality's tree after 3 minutes: " + method + " " + path + " answered "
                        + response.statusCode() + " " + response.body());
            }
            sleep(Duration.ofSeconds(2));
        }
    }

    private JsonNode call(String method, String path, Object body, int expected) {
        HttpResponse<String> response = send(method, path, body);
        // Right after onboarding a service may not have every unit of the tree yet (it follows plans-service's
        // events): a refusal for an unknown unit is tried again for a while; nothing was written by it.
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (response.statusCode() == 404 && response.body().contains("No unit") && System.nanoTime() < giveUp) {
            sleep(Duration.ofSeconds(1));
            response = send(method, path, body);
        }
        if (response.statusCode() != expected) {
            throw new LoadFailed(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.gateway() + path))
                    .header("Authorization", "Bearer " + token()).timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = exchange(request.build());
            requests.incrementAndGet();
            if (response.statusCode() == 429 && attempt < 1000) {
                rateLimited.incrementAndGet();
                sleep(Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After").orElse(1)));
                continue;
            }
            return response;
        }
    }

    /** The administrator's token, renewed a minute before the realm's five minutes run out. */
    private synchronized String token() {
        if (Instant.now().isAfter(tokenRenewAt)) {
            String form = Map.of("grant_type", "password", "client_id", "virksomhetsplan-cli", "username", adminUsername(),
                            "password", ADMIN_PASSWORD).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                            URI.create(options.keycloak() + "/realms/" + options.tenant() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (response.statusCode() != 200) {
                throw new LoadFailed("no token for " + adminUsername() + " in realm " + options.tenant() + ": " + response.body());
            }
            JsonNode answer = json.readTree(response.body());
            token = answer.get("access_token").asString();
            tokenRenewAt = Instant.now().plusSeconds(Math.max(30, answer.get("expires_in").asLong() - 60));
        }
        return token;
    }

    private String adminUsername() {
        return "admin." + options.tenant();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoadFailed(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailed("interrupted");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailed("interrupted");
        }
    }

    private static double seconds(long startedNanos) {
        return Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
    }

    static final class LoadFailed extends RuntimeException {
        LoadFailed(String message) {
            super(message);
        }
    }
}

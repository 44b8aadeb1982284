package no.virksomhetsplan.reporting.overview.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.overview.application.OverviewCache;
import no.virksomhetsplan.reporting.overview.application.StatusOverview;
import no.virksomhetsplan.reporting.overview.application.StatusOverview.UnitOverview;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.application.GoalProgress.GoalView;
import no.virksomhetsplan.reporting.projection.application.InternalControl;
import no.virksomhetsplan.reporting.projection.domain.ControlFigures;
import no.virksomhetsplan.reporting.projection.domain.Counts;
import no.virksomhetsplan.reporting.projection.domain.UnitCounts;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class OverviewController {

    private static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2])|-T[123])?";
    private static final String PERIOD_MESSAGE = "must be a month (2027-03), a tertial (2027-T1) or a year (2027)";
    private static final List<String> KINDS = List.of("ASSIGNMENT", "DELEGATION", "TASK");
    /** The browser may keep an overview for the person signed in, but asks every time whether it is still current. */
    private static final CacheControl CACHE = CacheControl.noCache().cachePrivate();

    /** @param byStatus every status with its count; overdue counts open items only */
    record CountsResponse(Map<String, Long> byStatus, long total, long overdue) {

        static CountsResponse of(Counts counts) {
            return new CountsResponse(counts.byStatusInOrder(), counts.total(), counts.overdue());
        }
    }

    record KindsResponse(CountsResponse assignments, CountsResponse delegations, CountsResponse tasks) {
    }

    /**
     * @param own          the unit's own items due in the period
     * @param subtree      the items of the unit and every unit below it due in the period
     * @param reportStatus the unit's report for the period (DRAFT, SUBMITTED, RETURNED, APPROVED), or null for none
     */
    /**
     * @param given           checklists given for the period
     * @param answered        of those, submitted
     * @param notAnswered     not submitted
     * @param notAnsweredLate not submitted and past the deadline
     * @param percent         answered in per cent of given, rounded down; null when none were given
     */
    record CompletionResponse(long given, long answered, long notAnswered, long notAnsweredLate, Integer percent) {

        static CompletionResponse of(ControlFigures figures) {
            return new CompletionResponse(figures.given(), figures.answered(), figures.notAnswered(),
                    figures.notAnsweredLate(), figures.completionPercent());
        }
    }

    /**
     * @param bySeverity HIGH, MEDIUM and LOW
     * @param closedOnTime closed on or before the follow-up deadline (closed deviations only)
     * @param overdue    open past the follow-up deadline (open deviations only)
     */
    record DeviationsResponse(long total, Map<String, Long> bySeverity, Long closedOnTime, Long closedLate, Long overdue) {
    }

    /**
     * @param own       the unit's own checklists for the period
     * @param subtree   the checklists of the unit and every unit below it for the period
     * @param raised    deviations raised in the subtree in the period, by severity
     * @param closed    of those, closed (on time or late)
     * @param open      every deviation of the subtree still open, whenever raised, by severity and overdue
     */
    record ChecklistsResponse(CompletionResponse own, CompletionResponse subtree, DeviationsResponse raised,
            DeviationsResponse closed, DeviationsResponse open) {

        static ChecklistsResponse of(InternalControl.UnitChecklists lists) {
            InternalControl.UnitChecklists c = lists == null ? InternalControl.UnitChecklists.NONE : lists;
            ControlFigures s = c.subtree();
            ControlFigures o = c.openNow();
            return new ChecklistsResponse(CompletionResponse.of(c.own()), CompletionResponse.of(s),
                    new DeviationsResponse(s.raised(), severities(s.raisedHigh(), s.raisedMedium(), s.raisedLow()), null,
                            null, null),
                    new DeviationsResponse(s.closed(), null, s.closedOnTime(), s.closedLate(), null),
                    new DeviationsResponse(o.open(), severities(o.openHigh(), o.openMedium(), o.openLow()), null, null,
                            o.openOverdue()));
        }

        private static Map<String, Long> severities(long high, long medium, long low) {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("HIGH", high);
            map.put("MEDIUM", medium);
            map.put("LOW", low);
            return map;
        }
    }

    /** @param checklists the unit's checklists for the period and its subtree's deviations */
    record UnitResponse(UUID id, String name, KindsResponse own, KindsResponse subtree, String reportStatus,
            ChecklistsResponse checklists) {

        static UnitResponse of(UnitOverview unit) {
            UnitCounts counts = unit.counts() == null ? new UnitCounts(Map.of(), Map.of()) : unit.counts();
            return new UnitResponse(unit.unit().id(), unit.unit().name(),
                    new KindsResponse(CountsResponse.of(counts.own("ASSIGNMENT")), CountsResponse.of(counts.own("DELEGATION")),
                            CountsResponse.of(counts.own("TASK"))),
                    new KindsResponse(CountsResponse.of(counts.subtree("ASSIGNMENT")),
                            CountsResponse.of(counts.subtree("DELEGATION")), CountsResponse.of(counts.subtree("TASK"))),
                    unit.reportStatus() == null ? null : unit.reportStatus().name(), ChecklistsResponse.of(unit.checklists()));
        }
    }

    record UnitRef(UUID id, String name) {
    }

    /**
     * @param goals       the unit's goals for the period's year, each with its measure indicators against targets
     * @param checklists  the unit's checklist completion (own and subtree) and its subtree's deviations (as on {@code unit})
     * @param notReported units directly below that have no submitted or approved report for the period
     * @param checklistsNotAnswered units directly below with checklists for the period not submitted in their subtree
     * @param dataAsOf    per topic, the time of the newest event the read models have taken in (null before the first)
     */
    record OverviewResponse(String period, UnitResponse unit, List<GoalView> goals, ChecklistsResponse checklists,
            List<UnitResponse> children, List<UnitRef> notReported, List<UnitRef> checklistsNotAnswered,
            Map<String, Instant> dataAsOf) {
    }

    /** {@link OverviewResponse} without {@code dataAsOf}: what the cache keeps; the freshness is added per request. */
    record OverviewFigures(String period, UnitResponse unit, List<GoalView> goals, ChecklistsResponse checklists,
            List<UnitResponse> children, List<UnitRef> notReported, List<UnitRef> checklistsNotAnswered) {
    }

    private static final byte[] DATA_AS_OF = ",\"dataAsOf\":".getBytes(StandardCharsets.UTF_8);

    private final StatusOverview overview;
    private final OverviewCache cache;
    private final Freshness freshness;
    private final JsonMapper json;

    OverviewController(StatusOverview overview, OverviewCache cache, Freshness freshness, JsonMapper json) {
        this.overview = overview;
        this.freshness = freshness;
        this.cache = cache;
        this.json = json;
    }

    /**
     * Status of a unit the caller leads (default: the top of their part of the tree) and of each unit directly below
     * it, for the items due in the period (default: this year). Drill down by asking for a child. The answer carries
     * an entity tag of its figures; with {@code If-None-Match} naming it, unchanged figures are 304 without a body and
     * the client keeps the {@code dataAsOf} it has (ADR 0031).
     */
    @GetMapping(value = "/api/reporting/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = OverviewResponse.class)))
    ResponseEntity<byte[]> overview(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        OverviewCache.Entry answer = cache.answer(caller, unitId, period(period), this::render);
        if (ifNoneMatch != null && matches(ifNoneMatch, answer.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(weak(answer.etag())).cacheControl(CACHE)
                    .varyBy(HttpHeaders.AUTHORIZATION).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(weak(answer.etag())).cacheControl(CACHE)
                .varyBy(HttpHeaders.AUTHORIZATION).body(withDataAsOf(answer.body()));
    }

    /** Weak: the tag names the figures; {@code dataAsOf} may differ between answers with the same tag. */
    private static String weak(String etag) {
        return "W/" + etag;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(etag) || candidate.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** The figures as JSON without the closing brace, ready for {@link #withDataAsOf}. */
    private byte[] render(StatusOverview.Overview view) {
        UnitResponse unit = UnitResponse.of(view.unit());
        byte[] figures = json.writeValueAsBytes(new OverviewFigures(view.period().toString(), unit, view.goals(),
                unit.checklists(), view.children().stream().map(UnitResponse::of).toList(),
                view.notReported().stream().map(u -> new UnitRef(u.id(), u.name())).toList(),
                view.checklistsNotAnswered().stream().map(u -> new UnitRef(u.id(), u.name())).toList()));
        return Arrays.copyOf(figures, figures.length - 1);
    }

    /** The cached figures with this replica's freshness as the last member: an {@link OverviewResponse}. */
    private byte[] withDataAsOf(byte[] figures) {
        byte[] asOf = json.writeValueAsBytes(freshness.asOf());
        byte[] body = Arrays.copyOf(figures, figures.length + DATA_AS_OF.length + asOf.length + 1);
        System.arraycopy(DATA_AS_OF, 0, body, figures.length, DATA_AS_OF.length);
        System.arraycopy(asOf, 0, body, figures.length + DATA_AS_OF.length, asOf.length);
        body[body.length - 1] = '}';
        return body;
    }

    /**
     * The same status list as CSV for Excel (UTF-8 with a byte-order mark, semicolons): the unit and each unit below
     * it, counts of its subtree's items by kind and status, overdue, checklists given and answered, deviations raised,
     * closed, open and open past their deadline, and the report status.
     */
    @GetMapping("/api/reporting/overview.csv")
    ResponseEntity<byte[]> csv(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period) {
        StatusOverview.Overview view = overview.overview(caller, unitId, period(period));
        List<UnitOverview> rows = new ArrayList<>();
        rows.add(view.unit());
        rows.addAll(view.children());
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("Enhet", "Periode"));
        for (String kind : KINDS) {
            for (String status : Counts.STATUSES) {
                header.add(kind + " " + status);
            }
            header.add(kind + " OVERDUE");
        }
        header.addAll(List.of("Sjekklister gitt", "Sjekklister besvart", "Avvik meldt i perioden", "Avvik lukket",
                "Åpne avvik", "Åpne avvik over frist", "Rapportstatus"));
        csv.append(Csv.line(header));
        for (UnitOverview row : rows) {
            UnitCounts counts = row.counts() == null ? new UnitCounts(Map.of(), Map.of()) : row.counts();
            List<String> cells = new ArrayList<>(List.of(row.unit().name(), view.period().toString()));
            for (String kind : KINDS) {
                Counts subtree = counts.subtree(kind);
                subtree.byStatusInOrder().values().forEach(count -> cells.add(Long.toString(count)));
                cells.add(Long.toString(subtree.overdue()));
            }
            InternalControl.UnitChecklists lists = row.checklists() == null ? InternalControl.UnitChecklists.NONE
                    : row.checklists();
            List.of(lists.subtree().given(), lists.subtree().answered(), lists.subtree().raised(), lists.subtree().closed(),
                    lists.openNow().open(), lists.openNow().openOverdue()).forEach(n -> cells.add(Long.toString(n)));
            cells.add(row.reportStatus() == null ? "NOT_REPORTED" : row.reportStatus().name());
            csv.append(Csv.line(cells));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("status-" + view.period() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Period period(String text) {
        return text == null ? Period.year(LocalDate.now(OrgTreeReplica.NORWAY).getYear()) : Period.parse(text);
    }
}

package no.virksomhetsplan.assignments.minside.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.virksomhetsplan.assignments.assignment.application.Page;
import no.virksomhetsplan.assignments.assignment.domain.Status;
import no.virksomhetsplan.assignments.minside.application.MyPage;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MyPageController {

    private static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::name).toList();

    /**
     * @param byStatus how many items the caller is responsible for in each status
     * @param overdue  how many of the open ones are overdue
     * @param open     the open items, overdue first, then by deadline
     */
    record MyPageResponse(String username, Map<String, Long> byStatus, long overdue, OpenItems open) {
    }

    record OpenItems(List<ItemSummary> items, int page, int size, long total) {
    }

    private final MyPage myPage;

    MyPageController(MyPage myPage) {
        this.myPage = myPage;
    }

    /** Min side: everything the caller is responsible for, across units. */
    @GetMapping("/api/assignments/my-page")
    MyPageResponse myPage(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        MyPage.View view = myPage.of(caller, page, size);
        Page<ItemSummary> open = view.open();
        return new MyPageResponse(view.username(), view.counts().byStatusInOrder(STATUSES), view.counts().overdue(),
                new OpenItems(open.items(), open.page(), open.size(), open.total()));
    }
}

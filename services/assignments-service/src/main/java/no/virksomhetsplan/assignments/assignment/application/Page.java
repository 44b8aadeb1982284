package no.virksomhetsplan.assignments.assignment.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param page  the page number, from 0
 * @param total how many there are on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}

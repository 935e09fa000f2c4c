package io.finguard.cleanup.fakes;

import java.util.List;

/** Cuts a list into pages addressed by a numeric token, the way the fakes paginate. */
final class Pages {

    private Pages() {
    }

    record Page<T>(List<T> items, String nextToken) {
    }

    static <T> Page<T> of(List<T> all, String token, int pageSize) {
        int from = token == null || token.isEmpty() ? 0 : Integer.parseInt(token);
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }
}

package io.finguard.hcl;

/**
 * The identifiers and short plain string literals of one parse, each kept as one {@code String}: a file says
 * {@code var}, {@code tags}, {@code name} or {@code "Environment"} many times, and a new substring for each made
 * strings a fifth of the heap of a loaded corpus. A lookup compares chars in place, so a name seen before costs no
 * allocation. A name met for the first time in a file is looked up in the load's {@link NameTable} when there is
 * one, so that the same names in other files (every module has its {@code var} and {@code tags}) share one string
 * too.
 * <p>
 * Not thread-safe: one per parse.
 */
final class Names {

    /** Longer texts are rarely repeated, and hashing them would cost more than it saves. */
    private static final int MAX_LENGTH = 48;

    private String[] table = new String[64];
    private int size;
    /** Null when the parse has no table shared with other files. */
    private final NameTable shared;

    Names(NameTable shared) {
        this.shared = shared;
    }

    /** {@code text.substring(start, end)}, or the equal string returned before. */
    String get(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            String s = table[slot];
            if (s == null) {
                s = text.substring(start, end);
                if (shared != null) {
                    s = shared.canonical(s);
                }
                table[slot] = s;
                if (++size * 2 > table.length) {
                    grow();
                }
                return s;
            }
            // String caches its hash, and ours is computed as String.hashCode is: same chars, same hash
            if (s.hashCode() == hash && s.length() == length && s.regionMatches(0, text, start, length)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = spread(s.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }
}

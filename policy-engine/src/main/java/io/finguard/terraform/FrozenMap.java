package io.finguard.terraform;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The read-only, insertion-ordered map inside a {@link Value.Obj}. Its own type lets {@code Obj} recognise a map
 * that is already frozen and skip the defensive copy: evaluation builds a great many objects, and copying each one
 * twice showed in profiles.
 * <p>
 * Keys and values sit in two arrays, in order: a loaded model keeps every evaluated object, and a
 * {@code LinkedHashMap} behind an unmodifiable view cost about 60 bytes per entry plus three objects per map
 * (50 MB of the 40 MB benchmark corpus's model) where two array slots cost 8. Small objects (most are: tags,
 * nested blocks) are searched in order; larger ones get an open-addressing index of positions, built with the map.
 */
final class FrozenMap extends AbstractMap<String, Value> {

    /** Up to this many entries a scan of the keys is cheaper than hashing. */
    private static final int SCAN_LIMIT = 8;

    private final String[] keys;
    private final Value[] values;
    /** Position + 1 of each key by hash, 0 for a free slot; null for small maps. */
    private final int[] index;

    /** Copies {@code entries}, in their iteration order. */
    FrozenMap(Map<String, Value> entries) {
        int n = entries.size();
        keys = new String[n];
        values = new Value[n];
        int i = 0;
        for (Map.Entry<String, Value> e : entries.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        index = n > SCAN_LIMIT ? buildIndex(keys) : null;
    }

    private static int[] buildIndex(String[] keys) {
        int[] table = new int[Integer.highestOneBit(keys.length * 2 - 1) << 1];
        int mask = table.length - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = spread(Objects.hashCode(keys[i])) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return table;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Position of {@code key}, or -1. */
    private int find(Object key) {
        if (index == null) {
            for (int i = 0; i < keys.length; i++) {
                if (Objects.equals(keys[i], key)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        int slot = spread(Objects.hashCode(key)) & mask;
        while (index[slot] != 0) {
            int i = index[slot] - 1;
            if (Objects.equals(keys[i], key)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public Value get(Object key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Value> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Value>> iterator() {
                return new Positions<>() {
                    @Override
                    Entry<String, Value> at(int i) {
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Positions<>() {
                    @Override
                    String at(int i) {
                        return keys[i];
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return find(o) >= 0;
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Collection<Value> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Value> iterator() {
                return new Positions<>() {
                    @Override
                    Value at(int i) {
                        return values[i];
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /** A read-only iterator over the positions, in order. */
    private abstract class Positions<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public T next() {
            if (next >= keys.length) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}

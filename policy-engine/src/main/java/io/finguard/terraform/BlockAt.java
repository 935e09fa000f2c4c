package io.finguard.terraform;

import java.util.Objects;

/**
 * Where a block starts: a file and an offset in it. It stands for the block as a map key ("the resources one block
 * of HCL writes"), and is cheap to hash where the block itself, a record, would hash its whole body.
 * <p>
 * A class and not a record: the generated equals and hashCode of a record link through method handles at their
 * first call, which costs a short run tens of milliseconds on JDK 17 (docs/decisions/080-start-up.md).
 */
public final class BlockAt {

    private final String file;
    private final int offset;

    /** {@code file} is whatever name the caller keys its files by (a report path, a source name). */
    public BlockAt(String file, int offset) {
        this.file = file;
        this.offset = offset;
    }

    /** The block of {@code ref}, keyed by its report path. */
    public static BlockAt of(SyntaxRef ref) {
        return new BlockAt(ref.file(), ref.block().range().start());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockAt b && offset == b.offset && Objects.equals(file, b.file);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(file) + offset;
    }

    @Override
    public String toString() {
        return file + "@" + offset;
    }
}

package io.finguard.engine;

/**
 * An invalid configuration: names the file, line and key so the user can go straight to it. The CLI turns it
 * into exit code 2.
 */
public final class ConfigException extends ScanSetupException {

    private final String file;
    private final int line;
    private final String key;

    public ConfigException(String file, int line, String key, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (key == null ? "" : key + ": ") + problem);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}

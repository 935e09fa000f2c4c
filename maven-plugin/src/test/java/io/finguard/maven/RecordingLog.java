package io.finguard.maven;

import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.List;

/** A Maven log that keeps what a goal logged, as {@code "[level] message"} lines, for tests to read. */
final class RecordingLog implements Log {

    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return lines;
    }

    /** Every line at {@code level} ("error", "warn", "info", "debug"), without its prefix. */
    List<String> at(String level) {
        String prefix = "[" + level + "] ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    private void add(String level, CharSequence content, Throwable error) {
        lines.add("[" + level + "] " + (content == null ? "" : content)
                + (error == null ? "" : " (" + error.getMessage() + ")"));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("debug", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("debug", content, error);
    }

    @Override
    public void debug(Throwable error) {
        add("debug", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("info", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("info", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("info", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("warn", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("warn", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("warn", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("error", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("error", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("error", null, error);
    }
}

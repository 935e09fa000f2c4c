package io.finguard.terraform.eval;

import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File functions. Relative paths resolve against the root module's directory, as Terraform runs there. Reading is
 * confined to the readable root (the git repository of the scan): a path that leads outside it (through
 * {@code ..}, an absolute path or a symbolic link) is not read, so scanning an untrusted pull request cannot read
 * the runner's files; its content is simply unknown, since the configuration itself may be valid. Nothing is
 * ever executed.
 */
final class FileFunctions {

    /** Larger files are not configuration; refusing them keeps a scan's memory bounded. */
    private static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

    private FileFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("file", 1, a -> new Str(EncodingFunctions.decodeUtf8(read(a, a.str(0)),
                "the content of \"" + a.str(0) + "\" (use filebase64 for binary files)")));
        t.add("filebase64", 1, a -> new Str(EncodingFunctions.base64(read(a, a.str(0)))));
        t.add("filemd5", 1, a -> new Str(EncodingFunctions.hex(EncodingFunctions.digest("MD5", read(a, a.str(0))))));
        t.add("filesha1", 1, a -> new Str(EncodingFunctions.hex(EncodingFunctions.digest("SHA-1",
                read(a, a.str(0))))));
        t.add("filesha256", 1, a -> new Str(EncodingFunctions.hex(EncodingFunctions.digest("SHA-256",
                read(a, a.str(0))))));
        t.add("filebase64sha256", 1, a -> new Str(EncodingFunctions.base64(EncodingFunctions.digest("SHA-256",
                read(a, a.str(0))))));
        t.add("filebase64sha512", 1, a -> new Str(EncodingFunctions.base64(EncodingFunctions.digest("SHA-512",
                read(a, a.str(0))))));
        t.add("fileexists", 1, FileFunctions::fileexists);
        t.add("templatefile", 2, FileFunctions::templatefile);
        t.add("abspath", 1, a -> new Str(slashes(a.context().baseDirectory().resolve(path(a.str(0))).normalize())));
        t.add("basename", 1, a -> new Str(GoPaths.base(a.str(0))));
        t.add("dirname", 1, a -> new Str(GoPaths.dir(a.str(0))));
    }

    private static Value fileexists(Args a) {
        Path p = inside(a.context(), a.str(0));
        if (Files.isDirectory(p)) {
            throw new EvalError("\"" + a.str(0) + "\" is a directory, not a file");
        }
        return Bool.of(Files.isRegularFile(p));
    }

    private static Value templatefile(Args a) {
        if (a.context().insideTemplateFile()) {
            throw new EvalError("cannot call templatefile from inside a template rendered by templatefile");
        }
        String name = a.str(0);
        Value.Obj vars = a.obj(1);
        String text = EncodingFunctions.decodeUtf8(read(a, name), "the template \"" + name + "\"");
        Path p = inside(a.context(), name);
        SourceFile template = new SourceFile(slashes(a.context().baseDirectory().relativize(p)), text);
        return a.context().renderTemplate(template, vars);
    }

    private static byte[] read(Args a, String name) {
        Path p = inside(a.context(), name);
        try {
            if (!Files.isRegularFile(p)) {
                throw new EvalError(Files.isDirectory(p) ? "\"" + name + "\" is a directory, not a file"
                        : "no file exists at \"" + name + "\"");
            }
            if (Files.size(p) > MAX_FILE_SIZE) {
                throw new EvalError("\"" + name + "\" is larger than " + MAX_FILE_SIZE / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new EvalError("cannot read \"" + name + "\": " + e.getMessage());
        }
    }

    /** The absolute path of {@code name}; unknown (not an error) when it lies outside the readable root. */
    static Path inside(FunctionContext context, String name) {
        Path readable = context.readableRoot();
        Path p = context.baseDirectory().resolve(path(name)).normalize();
        if (!p.startsWith(readable)) {
            context.notRead(name);
            throw new UnknownOperand();
        }
        try {
            // a symbolic link inside the tree must not lead out of it either
            if (Files.exists(p) && !p.toRealPath().startsWith(readable.toRealPath())) {
                context.notRead(name);
                throw new UnknownOperand();
            }
        } catch (IOException e) {
            throw new EvalError("cannot resolve \"" + name + "\": " + e.getMessage());
        }
        return p;
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new EvalError("invalid path \"" + name + "\": " + e.getReason());
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}

package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file functions read inside the scan root only, and templatefile renders with its own variables. */
class FileFunctionsTest {

    @TempDir
    Path tmp;
    private Path root;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(root.resolve("modules/app/templates"));
        Files.writeString(root.resolve("modules/app/policy.json"), "{\"Version\":\"2012-10-17\"}\n");
        Files.writeString(root.resolve("modules/app/templates/user_data.sh.tpl"),
                "#!/bin/bash\necho ${cluster}\n%{ for p in ports ~}\nopen ${p}\n%{ endfor ~}\n");
        Files.write(root.resolve("binary.bin"), new byte[]{(byte) 0xff, (byte) 0xfe, 0});
        Files.writeString(tmp.resolve("secret.txt"), "outside");
    }

    private Result eval(String text) {
        Expressions e = Expressions.parse(text);
        Scope scope = TestScope.standard().child(java.util.Map.of("path",
                TestScope.object("module", new Str("modules/app"), "root", new Str("."))));
        Evaluator evaluator = new Evaluator(scope, e.source(), root);
        Value value = evaluator.evaluate(e.expression());
        return new Result(value, evaluator.problems());
    }

    private record Result(Value value, List<EvalProblem> problems) {
        void assertProblem(String text) {
            assertTrue(value.containsUnknown(), value::toString);
            assertTrue(problems.stream().anyMatch(p -> p.message().contains(text)), problems::toString);
        }

        /** Not read, and not an error: the file lies outside what the scan may read, so its content is unknown. */
        void assertUnread() {
            assertEquals(List.of(), problems);
            assertTrue(value.containsUnknown(), value::toString);
        }

        void assertValue(Value expected) {
            assertEquals(List.of(), problems);
            assertEquals(expected, value);
        }
    }

    @Test
    void fileReadsRelativeToTheRoot() {
        eval("file(\"${path.module}/policy.json\")").assertValue(new Str("{\"Version\":\"2012-10-17\"}\n"));
        eval("jsondecode(file(\"modules/app/policy.json\")).Version").assertValue(new Str("2012-10-17"));
    }

    @Test
    void fileOutsideTheReadableRootIsNotedOnce() {
        FileAccess access = new FileAccess(root);
        for (int i = 0; i < 2; i++) {
            Expressions e = Expressions.parse("file(\"../secret.txt\")");
            new Evaluator(TestScope.standard(), e.source(), root, access).evaluate(e.expression());
        }
        assertEquals(1, access.skipped().size(), access.skipped()::toString);
        assertTrue(access.skipped().get(0).contains("\"../secret.txt\" was not read"), access.skipped()::toString);
    }

    @Test
    void fileLeavesPathsOutsideTheReadableRootUnknown() {
        eval("file(\"../secret.txt\")").assertUnread();
        eval("file(\"modules/../../secret.txt\")").assertUnread();
        eval("file(\"" + tmp.resolve("secret.txt").toString().replace("\\", "/") + "\")").assertUnread();
        eval("fileexists(\"../secret.txt\")").assertUnread();
    }

    @Test
    void fileReadsAboveTheRootModuleInsideTheReadableRoot() throws IOException {
        // envs/prod calling ../../modules: relative paths are the root module's, reading is bounded by the repo
        Path envs = Files.createDirectories(root.resolve("envs/prod"));
        Expressions e = Expressions.parse("file(\"../../modules/app/policy.json\")");
        Evaluator evaluator = new Evaluator(TestScope.standard(), e.source(), envs, new FileAccess(root));
        assertEquals(new Str("{\"Version\":\"2012-10-17\"}\n"), evaluator.evaluate(e.expression()));
        assertEquals(List.of(), evaluator.problems());
    }

    @Test
    void fileDoesNotFollowSymbolicLinksLeadingOut() throws IOException {
        try {
            Files.createSymbolicLink(root.resolve("link.txt"), tmp.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to escape through
        }
        eval("file(\"link.txt\")").assertUnread();
    }

    @Test
    void fileErrors() {
        eval("file(\"missing.txt\")").assertProblem("no file exists at \"missing.txt\"");
        eval("file(\"modules\")").assertProblem("is a directory");
        eval("file(\"binary.bin\")").assertProblem("not valid UTF-8");
    }

    @Test
    void binaryFilesThroughBase64AndHashes() {
        eval("filebase64(\"binary.bin\")").assertValue(new Str("//4A"));
        eval("filemd5(\"modules/app/policy.json\") == md5(file(\"modules/app/policy.json\"))")
                .assertValue(Value.TRUE);
        eval("filebase64sha256(\"modules/app/policy.json\") == base64sha256(file(\"modules/app/policy.json\"))")
                .assertValue(Value.TRUE);
    }

    @Test
    void fileexists() {
        eval("fileexists(\"modules/app/policy.json\")").assertValue(Value.TRUE);
        eval("fileexists(\"nope.json\")").assertValue(Value.FALSE);
        eval("fileexists(\"modules\")").assertProblem("is a directory");
    }

    @Test
    void templatefileRendersWithTheGivenVariablesOnly() {
        eval("templatefile(\"${path.module}/templates/user_data.sh.tpl\", { cluster = var.name, ports = [80, 443] })")
                .assertValue(new Str("#!/bin/bash\necho app\nopen 80\nopen 443\n"));
    }

    @Test
    void templatefileWithAnUnknownVariableIsUnknown() {
        String call = "templatefile(\"modules/app/templates/user_data.sh.tpl\", { cluster = var.unknown, ports = [] })";
        eval(call).assertValue(new Unknown(call));
    }

    @Test
    void templatefileDoesNotSeeTheCallersNames() {
        eval("templatefile(\"modules/app/templates/user_data.sh.tpl\", { cluster = var.env })")
                .assertProblem("the vars map does not contain key \"ports\"");
    }

    @Test
    void templatefileReportsTemplateErrorsWithTheTemplateLine() throws IOException {
        Files.writeString(root.resolve("bad.tpl"), "line one\n${1 / 0}\n");
        Files.writeString(root.resolve("syntax.tpl"), "x ${ \n");
        Files.writeString(root.resolve("nested.tpl"), "${templatefile(\"bad.tpl\", {})}");

        eval("templatefile(\"bad.tpl\", {})").assertProblem("bad.tpl:2: division by zero");
        eval("templatefile(\"syntax.tpl\", {})").assertProblem("syntax.tpl:");
        eval("templatefile(\"nested.tpl\", {})").assertProblem("cannot call templatefile from inside a template");
        eval("templatefile(\"../secret.txt\", {})").assertUnread();
        eval("templatefile(\"bad.tpl\", \"x\")").assertProblem("map or object is required");
    }

    @Test
    void pathFunctions() {
        eval("abspath(\"modules/app/../app\")").assertValue(
                new Str(root.toAbsolutePath().normalize().resolve("modules/app").toString().replace('\\', '/')));
        eval("basename(\"${path.module}/main.tf\")").assertValue(new Str("main.tf"));
        eval("dirname(\"${path.module}/main.tf\")").assertValue(new Str("modules/app"));
    }

    @Test
    void readsUtf8() throws IOException {
        Files.write(root.resolve("utf8.txt"), "café".getBytes(StandardCharsets.UTF_8));
        eval("file(\"utf8.txt\")").assertValue(new Str("café"));
    }
}

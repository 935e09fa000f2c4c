package io.finguard.cleanup.fakes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.EnvironmentResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ListFunctionsRequest;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeRequest;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

/**
 * A stateful Lambda: functions listed in small pages; a created or updated function stays Pending / InProgress for
 * one read and rejects changes meanwhile, as Lambda does.
 */
public final class FakeLambda implements LambdaClient {

    private final CallLog log;
    private final Map<String, FunctionConfiguration> functions = new LinkedHashMap<>();
    private final Map<String, Integer> busyReads = new LinkedHashMap<>();
    private int pageSize = 2;

    public FakeLambda(CallLog log) {
        this.log = log;
    }

    public FakeLambda function(String name) {
        functions.put(name, FunctionConfiguration.builder().functionName(name).functionArn(arn(name))
                .state(State.ACTIVE).lastUpdateStatus(LastUpdateStatus.SUCCESSFUL).build());
        return this;
    }

    public FakeLambda pageSize(int n) {
        this.pageSize = n;
        return this;
    }

    public Map<String, FunctionConfiguration> functions() {
        return functions;
    }

    @Override
    public ListFunctionsResponse listFunctions(ListFunctionsRequest r) {
        log.record("lambda:ListFunctions");
        Pages.Page<FunctionConfiguration> page = Pages.of(new ArrayList<>(functions.values()), r.marker(), pageSize);
        return ListFunctionsResponse.builder().functions(page.items()).nextMarker(page.nextToken()).build();
    }

    @Override
    public GetFunctionResponse getFunction(GetFunctionRequest r) {
        log.record("lambda:GetFunction");
        FunctionConfiguration c = existing(r.functionName());
        int busy = busyReads.getOrDefault(r.functionName(), 0);
        if (busy > 0) {
            busyReads.put(r.functionName(), busy - 1);
            c = c.toBuilder().state(c.state() == State.PENDING ? State.PENDING : State.ACTIVE)
                    .lastUpdateStatus(LastUpdateStatus.IN_PROGRESS).build();
        } else {
            c = c.toBuilder().state(State.ACTIVE).lastUpdateStatus(LastUpdateStatus.SUCCESSFUL).build();
            functions.put(r.functionName(), c);
        }
        return GetFunctionResponse.builder().configuration(c).build();
    }

    @Override
    public CreateFunctionResponse createFunction(CreateFunctionRequest r) {
        log.record("lambda:CreateFunction");
        if (functions.containsKey(r.functionName())) {
            throw conflict("Function already exist: " + r.functionName());
        }
        byte[] zip = r.code().zipFile().asByteArray();
        FunctionConfiguration c = FunctionConfiguration.builder().functionName(r.functionName())
                .functionArn(arn(r.functionName())).runtime(r.runtime()).handler(r.handler()).role(r.role())
                .memorySize(r.memorySize()).timeout(r.timeout()).codeSha256(sha256(zip)).codeSize((long) zip.length)
                .environment(EnvironmentResponse.builder().variables(r.environment().variables()).build())
                .state(State.PENDING).lastUpdateStatus(LastUpdateStatus.IN_PROGRESS).build();
        functions.put(r.functionName(), c);
        busyReads.put(r.functionName(), 1);
        return CreateFunctionResponse.builder().functionName(c.functionName()).functionArn(c.functionArn())
                .state(State.PENDING).build();
    }

    @Override
    public UpdateFunctionCodeResponse updateFunctionCode(UpdateFunctionCodeRequest r) {
        log.record("lambda:UpdateFunctionCode");
        FunctionConfiguration c = notBusy(r.functionName());
        byte[] zip = r.zipFile().asByteArray();
        functions.put(r.functionName(), c.toBuilder().codeSha256(sha256(zip)).codeSize((long) zip.length).build());
        busyReads.put(r.functionName(), 1);
        return UpdateFunctionCodeResponse.builder().functionName(r.functionName()).build();
    }

    @Override
    public UpdateFunctionConfigurationResponse updateFunctionConfiguration(UpdateFunctionConfigurationRequest r) {
        log.record("lambda:UpdateFunctionConfiguration");
        FunctionConfiguration c = notBusy(r.functionName());
        functions.put(r.functionName(), c.toBuilder().runtime(r.runtime()).handler(r.handler()).role(r.role())
                .memorySize(r.memorySize()).timeout(r.timeout())
                .environment(EnvironmentResponse.builder().variables(r.environment().variables()).build()).build());
        busyReads.put(r.functionName(), 1);
        return UpdateFunctionConfigurationResponse.builder().functionName(r.functionName()).build();
    }

    private FunctionConfiguration notBusy(String name) {
        FunctionConfiguration c = existing(name);
        if (busyReads.getOrDefault(name, 0) > 0) {
            throw conflict("The operation cannot be performed at this time. An update is in progress for " + name);
        }
        return c;
    }

    private FunctionConfiguration existing(String name) {
        FunctionConfiguration c = functions.get(name);
        if (c == null) {
            throw ResourceNotFoundException.builder().statusCode(404)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
                            .errorMessage("Function not found: " + arn(name)).build()).build();
        }
        return c;
    }

    private static ResourceConflictException conflict(String message) {
        return ResourceConflictException.builder().statusCode(409)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceConflictException")
                        .errorMessage(message).build()).build();
    }

    static String arn(String name) {
        return "arn:aws:lambda:eu-west-1:123456789012:function:" + name;
    }

    static String sha256(byte[] b) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names of all functions, for assertions. */
    public List<String> names() {
        return new ArrayList<>(functions.keySet());
    }

    @Override
    public String serviceName() {
        return "lambda";
    }

    @Override
    public void close() {
        // state outlives a run
    }
}

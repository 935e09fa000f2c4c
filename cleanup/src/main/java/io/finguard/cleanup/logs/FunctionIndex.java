package io.finguard.cleanup.logs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.aws.AwsCallException;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListFunctionsRequest;

/**
 * The Lambda functions of a region. Listed once (paginated) for the scan, which is far cheaper than one
 * GetFunction per log group; {@link #existsNow} asks again for a single function right before its group is deleted.
 */
public final class FunctionIndex {

    private final LambdaClient lambda;
    private Set<String> names;

    public FunctionIndex(LambdaClient lambda) {
        this.lambda = lambda;
    }

    public boolean contains(String functionName) {
        if (names == null) {
            ListFunctionsRequest request = ListFunctionsRequest.builder().build();
            names = AwsCall.of(AwsAction.LAMBDA_LIST_FUNCTIONS, () -> lambda.listFunctionsPaginator(request)
                    .functions().stream().map(FunctionConfiguration::functionName).collect(Collectors.toSet()));
        }
        return names.contains(functionName);
    }

    public boolean existsNow(String functionName) {
        try {
            AwsCall.of(AwsAction.LAMBDA_GET_FUNCTION, () -> lambda.getFunction(r -> r.functionName(functionName)));
            return true;
        } catch (AwsCallException e) {
            if ("ResourceNotFoundException".equals(e.errorCode())) {
                return false;
            }
            throw e;
        }
    }
}

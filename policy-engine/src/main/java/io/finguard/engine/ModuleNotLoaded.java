package io.finguard.engine;

/**
 * A registry or git module call whose code is not on disk, because {@code terraform init} has not installed it
 * under {@code .terraform/modules}: finguard checked nothing inside it. Listed in reports and failing a run only
 * with {@code --strict}, since scanning a repository without running {@code terraform init} is the usual case.
 *
 * @param address the call's address, e.g. {@code module.vpc}
 * @param source  its {@code source}, e.g. {@code terraform-aws-modules/vpc/aws}
 * @param file    the file of the {@code module} block, as reports write paths
 * @param line    the line of the {@code module} block
 */
public record ModuleNotLoaded(String address, String source, String file, int line) {

    /** Why, and what to do about it, for every report. */
    public static final String REASON = "not installed: run terraform init to check it";
}

/**
 * Loads Terraform configurations from disk: finds module directories, parses their files, works out which
 * directories are roots and which are reached through local module calls, and evaluates every module instance into
 * the {@link io.finguard.terraform.TerraformModel}. Reads files only; runs nothing and opens no connection.
 */
package io.finguard.terraform.load;

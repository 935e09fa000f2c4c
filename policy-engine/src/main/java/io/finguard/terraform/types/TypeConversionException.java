package io.finguard.terraform.types;

/**
 * A value that does not convert to a type. The message is Terraform's, prefixed with the path to the failing
 * part ({@code attribute "instance_types": list of string required}).
 */
public final class TypeConversionException extends Exception {

    public TypeConversionException(String message) {
        super(message);
    }
}

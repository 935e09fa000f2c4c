package io.finguard.hcl;

/** An element of a body: an attribute or a nested block. */
public sealed interface BodyItem extends Node permits Attribute, Block {
}

package io.finguard.api.edit;

/** What a {@link NewBlock} holds: attributes and nested blocks, in the order they are written. */
public sealed interface NewItem permits NewAttribute, NewBlock {
}

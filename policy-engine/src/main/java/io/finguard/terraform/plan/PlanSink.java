package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Receives a plan's resources as the second pass streams them, so that no more than one resource's JSON is held
 * at a time: plans of tens of megabytes would otherwise be held twice over, as trees and as values.
 */
interface PlanSink {

    /** A child module instance of {@code planned_values}, e.g. {@code module.a[0].module.b}. */
    void module(String address);

    /** A resource of {@code planned_values}, with {@code address}, {@code mode}, {@code values} … */
    void plannedResource(JsonNode resource);

    /** The next entry of {@code resource_changes}, without the {@code before} side. */
    void change(JsonNode change);
}

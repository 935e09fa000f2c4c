# The shape DifferentialCorpusTest reads, from `terraform show -json` of a plan (see record-differential.sh):
#   resources: every planned resource instance address -> {"input": its planned value}
#   modules:   every module instance address that Terraform lists (those holding at least one resource), sorted
#   outputs:   every root output -> its planned value
# The corpus records only known values: a case whose input or output is unknown at plan time stops the recording,
# since Terraform leaves unknown parts out of planned values and the test could not tell them from absent ones.

def modules: (.child_modules // [])[] | (.address, modules);
def resources: (.resources // [])[], ((.child_modules // [])[] | resources);
def unknown: [.. | select(. == true)] | length > 0;
def cwd: walk(if type == "string" then (split($cwd) | join("<cwd>")) else . end);

# Terraform lists a module instance only when it holds a resource, so a module without one would be missing from
# "modules" although finguard rightly lists it.
def empty_modules($path): .module_calls // {} | to_entries[] | .key as $name | .value.module
    | (if (.resources // []) == [] then "\($path)module.\($name)" else empty end),
      empty_modules("\($path)module.\($name).");

([.configuration.root_module | empty_modules("")]) as $empty
| if $empty != [] then
    error("\($case): module without a resource: \($empty | join(", ")); give each module a terraform_data")
  else . end
| ([.resource_changes[]? | select(.change.after_unknown.input | unknown) | .address]) as $unknownInputs
| ([.output_changes // {} | to_entries[] | select(.value.after_unknown | unknown) | .key]) as $unknownOutputs
| if ($unknownInputs + $unknownOutputs) != [] then
    error("\($case): unknown at plan time: \($unknownInputs + $unknownOutputs | join(", ")); the corpus holds known values only")
  else . end
| {
    recordedWith: $version,
    resources: ([.planned_values.root_module | resources | {key: .address, value: {input: .values.input}}]
                | from_entries),
    modules: ([.planned_values.root_module | modules] | sort),
    outputs: (.planned_values.outputs // {} | with_entries(.value = .value.value))
  }
| cwd
